using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Balanced;

/// <summary>Records or corrects a school's 办学条件 of one year: the bureau for any school, a school for its own.</summary>
public static class SaveFacilities
{
    public sealed record Command(Guid SchoolId, int Year, FacilitiesValues Values);

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, IRegistryDirectory registry, InspectionScope scope, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Facilities);
            FacilitiesRules.Validate(command.Year, command.Values, ChinaTime.Today(clock));
            var school = (await registry.AllSchoolsAsync(ct)).FirstOrDefault(s => s.Id == command.SchoolId) ?? throw new NotFoundException("学校不存在。");
            await scope.DemandSchoolAsync(user, school.Id, ct);
            if (!BalancedSchools.IsEvaluated(school.Type))
            {
                throw new InvalidInputException(nameof(Command.SchoolId), $"{StageNames.Of(school.Type)}不参加义务教育优质均衡评估，无需填报办学条件");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var facilities = await db.Facilities.FirstOrDefaultAsync(f => f.Year == command.Year && f.SchoolId == school.Id, ct);
            if (facilities is null)
            {
                facilities = new SchoolFacilities { SchoolId = school.Id, Year = command.Year };
                db.Facilities.Add(facilities);
            }

            Apply(facilities, command.Values, user.Name, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
    }

    internal static void Apply(SchoolFacilities facilities, FacilitiesValues values, string updatedBy, DateTime updatedAt)
    {
        facilities.TeachingSpaceSquareMetres = values.TeachingSpaceSquareMetres;
        facilities.SportsSpaceSquareMetres = values.SportsSpaceSquareMetres;
        facilities.EquipmentValueYuan = values.EquipmentValueYuan;
        facilities.MultimediaClassrooms = values.MultimediaClassrooms;
        facilities.UpdatedByName = updatedBy;
        facilities.UpdatedAt = updatedAt;
    }
}
