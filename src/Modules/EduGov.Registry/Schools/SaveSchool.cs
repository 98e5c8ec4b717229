using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using EduGov.Standards;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Schools;

/// <summary>Registers a school (with its main campus) or updates one; a school administrator may only update their own.</summary>
public static class SaveSchool
{
    public sealed record Command
    {
        public Guid? Id { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public SchoolType Type { get; init; } = SchoolType.Primary;
        public Ownership Ownership { get; init; } = Ownership.Public;
        public string RegionCode { get; init; } = "";
        public Guid? ZoneId { get; init; }
        public Guid? GroupId { get; init; }
        public string Principal { get; init; } = "";
        public string Phone { get; init; } = "";
        public DateOnly FoundedOn { get; init; }
        public string MainCampusAddress { get; init; } = "";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).MustSatisfy(SchoolCode.Validate);
            RuleFor(c => c.Name).NotEmpty().WithMessage("请填写学校名称").MaximumLength(100).WithMessage("学校名称不能超过 100 个字");
            RuleFor(c => c.Type).IsInEnum().WithMessage("学校类型不正确");
            RuleFor(c => c.Ownership).IsInEnum().WithMessage("办学性质不正确");
            RuleFor(c => c.RegionCode).MustSatisfy(RegionCode.Validate);
            RuleFor(c => c.Principal).MaximumLength(50).WithMessage("校长姓名不能超过 50 个字");
            RuleFor(c => c.Phone).MustSatisfy(PhoneNumber.Validate).When(c => !string.IsNullOrWhiteSpace(c.Phone));
            RuleFor(c => c.MainCampusAddress).NotEmpty().WithMessage("请填写主校区地址").MaximumLength(200).When(c => c.Id is null);
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
            var code = DigitNormalizer.Normalize(command.Code);
            if (await db.Schools.AnyAsync(s => s.Code == code && s.Id != command.Id, ct))
            {
                throw new ConflictException($"学校标识码 {code} 已被其他学校使用。");
            }

            await EnsureReferencesAsync(db, command, ct);
            var school = command.Id is { } id ? await db.SchoolInScopeAsync(user, id, ct) : NewSchool(db, user, command);
            if (user.Scope.Kind == ScopeKind.School && (school.ZoneId != command.ZoneId || school.GroupId != command.GroupId))
            {
                throw new ForbiddenException("学校管理员不能调整本校所属学区或教育集团。");
            }

            school.Code = code;
            school.Name = command.Name.Trim();
            school.Type = command.Type;
            school.Ownership = command.Ownership;
            school.RegionCode = command.RegionCode.Trim();
            school.ZoneId = command.ZoneId;
            school.GroupId = command.GroupId;
            school.Principal = command.Principal.Trim();
            school.Phone = command.Phone.Trim();
            school.FoundedOn = command.FoundedOn;
            await db.SaveChangesAsync(ct);
            return school.Id;
        }

        private static School NewSchool(RegistryDbContext db, CurrentUser user, Command command)
        {
            if (!user.CoversWholeBureau())
            {
                throw new ForbiddenException("只有教育局可以新增学校。");
            }

            var school = new School();
            db.Schools.Add(school);
            db.Campuses.Add(new Campus { SchoolId = school.Id, Name = "主校区", Address = command.MainCampusAddress.Trim(), IsMain = true });
            return school;
        }

        private static async Task EnsureReferencesAsync(RegistryDbContext db, Command command, CancellationToken ct)
        {
            if (command.ZoneId is { } zone && !await db.Zones.AnyAsync(z => z.Id == zone, ct))
            {
                throw new InvalidInputException(nameof(Command.ZoneId), "所选学区不存在");
            }

            if (command.GroupId is { } group && !await db.Groups.AnyAsync(g => g.Id == group, ct))
            {
                throw new InvalidInputException(nameof(Command.GroupId), "所选教育集团不存在");
            }
        }
    }
}
