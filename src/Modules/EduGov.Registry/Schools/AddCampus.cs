using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Schools;

/// <summary>Adds a site (校区) to a school, with its address and, where known, its location (WGS-84).</summary>
public static class AddCampus
{
    public sealed record Command(Guid SchoolId, string Name, string Address, double? Latitude = null, double? Longitude = null);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("请填写校区名称").MaximumLength(100).WithMessage("校区名称不能超过 100 个字");
            RuleFor(c => c.Address).NotEmpty().WithMessage("请填写校区地址").MaximumLength(200).WithMessage("校区地址不能超过 200 个字");
            RuleFor(c => c.Latitude).InclusiveBetween(3, 54).WithMessage("纬度应在 3 到 54 之间（中国境内）").When(c => c.Latitude is not null);
            RuleFor(c => c.Longitude).InclusiveBetween(73, 136).WithMessage("经度应在 73 到 136 之间（中国境内）").When(c => c.Longitude is not null);
            RuleFor(c => c).Must(c => (c.Latitude is null) == (c.Longitude is null)).WithName("Longitude").WithMessage("经纬度须同时填写或同时留空");
        }
    }

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, Validator validator)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.SchoolsManage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var school = await db.SchoolInScopeAsync(user, command.SchoolId, ct);
            var name = command.Name.Trim();
            if (await db.Campuses.AnyAsync(c => c.SchoolId == school.Id && c.Name == name, ct))
            {
                throw new ConflictException($"{school.Name}已有名为“{name}”的校区");
            }

            var campus = new Campus { SchoolId = school.Id, Name = name, Address = command.Address.Trim(), Latitude = command.Latitude, Longitude = command.Longitude };
            db.Campuses.Add(campus);
            await db.SaveChangesAsync(ct);
            return campus.Id;
        }
    }
}
