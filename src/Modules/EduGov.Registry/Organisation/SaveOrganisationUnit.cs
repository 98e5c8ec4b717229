using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Organisation;

/// <summary>Creates a 学区 or an 教育集团 (with its lead school).</summary>
public static class SaveOrganisationUnit
{
    public enum Kind
    {
        Zone = 1,
        Group = 2,
    }

    public sealed record Command(Kind UnitKind, string Name, string Description = "", Guid? LeadSchoolId = null, string RegionCode = "310115");

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            users.User.Demand(RegistryPermissions.OrganisationManage);
            var name = command.Name.Trim();
            if (name.Length is 0 or > 50)
            {
                throw new InvalidInputException(nameof(Command.Name), "名称必填，且不超过 50 个字");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            return command.UnitKind == Kind.Zone ? await AddZoneAsync(db, command, name, ct) : await AddGroupAsync(db, command, name, ct);
        }

        private static async Task<Guid> AddZoneAsync(RegistryDbContext db, Command command, string name, CancellationToken ct)
        {
            var region = RegionCode.Validate(command.RegionCode);
            if (!region.IsValid)
            {
                throw new InvalidInputException(nameof(Command.RegionCode), region.Error!);
            }

            if (await db.Zones.AnyAsync(z => z.Name == name, ct))
            {
                throw new ConflictException($"学区“{name}”已存在");
            }

            var zone = new SchoolZone { Name = name, Description = command.Description.Trim(), RegionCode = region.Value! };
            db.Zones.Add(zone);
            await db.SaveChangesAsync(ct);
            return zone.Id;
        }

        private async Task<Guid> AddGroupAsync(RegistryDbContext db, Command command, string name, CancellationToken ct)
        {
            if (await db.Groups.AnyAsync(g => g.Name == name, ct))
            {
                throw new ConflictException($"教育集团“{name}”已存在");
            }

            if (command.LeadSchoolId is { } lead && !await db.Schools.AnyAsync(s => s.Id == lead, ct))
            {
                throw new InvalidInputException(nameof(Command.LeadSchoolId), "牵头学校不存在");
            }

            var group = new EducationGroup { Name = name, LeadSchoolId = command.LeadSchoolId, FoundedOn = ChinaTime.Today(clock) };
            db.Groups.Add(group);
            if (command.LeadSchoolId is { } leadId)
            {
                var school = await db.Schools.FirstAsync(s => s.Id == leadId, ct);
                school.GroupId = group.Id;
            }

            await db.SaveChangesAsync(ct);
            return group.Id;
        }
    }
}
