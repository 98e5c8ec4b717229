using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using EduGov.Standards;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.StaffMembers;

/// <summary>Registers a staff member; the first history event (入职) records the school, title and key-teacher level.</summary>
public static class RegisterStaff
{
    public sealed record Command
    {
        public string Name { get; init; } = "";
        public Sex Sex { get; init; } = Sex.Female;
        public DocumentType DocumentType { get; init; } = DocumentType.IdCard;
        public string IdNumber { get; init; } = "";
        public DateOnly BirthDate { get; init; }
        public string Phone { get; init; } = "";
        public Education Education { get; init; } = Education.Bachelor;
        public string TeacherQualification { get; init; } = "";
        public Title Title { get; init; }
        public KeyTeacherLevel KeyTeacherLevel { get; init; }
        public string Subject { get; init; } = "";
        public Guid SchoolId { get; init; }
        public DateOnly JoinedOn { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("请填写姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字");
            RuleFor(c => c.IdNumber).NotEmpty().WithMessage("请填写证件号码");
            RuleFor(c => c).Custom((c, context) =>
            {
                var id = Standards.IdNumber.Parse(c.IdNumber, ChinaTime.Today(clock));
                if (!id.IsValid)
                {
                    context.AddFailure(nameof(Command.IdNumber), id.Error);
                }
                else if (id.BirthDate != c.BirthDate)
                {
                    context.AddFailure(nameof(Command.BirthDate), $"出生日期与身份证号不一致：身份证号中为 {id.BirthDate:yyyy-MM-dd}");
                }
                else if (id.Sex != c.Sex)
                {
                    context.AddFailure(nameof(Command.Sex), "性别与身份证号不一致");
                }
            }).When(c => c.DocumentType == DocumentType.IdCard && !string.IsNullOrWhiteSpace(c.IdNumber));
            RuleFor(c => c.Phone).MustSatisfy(PhoneNumber.Validate).When(c => !string.IsNullOrWhiteSpace(c.Phone));
            RuleFor(c => c.Education).IsInEnum().WithMessage("学历不正确");
            RuleFor(c => c.Title).IsInEnum().WithMessage("职称不正确");
            RuleFor(c => c.KeyTeacherLevel).IsInEnum().WithMessage("骨干教师级别不正确");
            RuleFor(c => c.Subject).MaximumLength(30).WithMessage("任教学科不能超过 30 个字");
            RuleFor(c => c.TeacherQualification).MaximumLength(100).WithMessage("教师资格不能超过 100 个字");
            RuleFor(c => c.SchoolId).NotEmpty().WithMessage("请选择学校");
            RuleFor(c => c.JoinedOn).Must(d => d <= ChinaTime.Today(clock)).WithMessage("入职日期不能晚于今天");
        }
    }

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, Validator validator, FieldProtector protector, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StaffManage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var school = await db.SchoolInScopeAsync(user, command.SchoolId, ct);
            var idNumber = DigitNormalizer.Normalize(command.IdNumber);
            var id = protector.Protect(idNumber, Masking.IdNumber);
            var holder = await db.Staff.Where(s => s.IdNumberLookup == id.Lookup)
                .Select(s => new { s.Name, School = db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).FirstOrDefault() }).FirstOrDefaultAsync(ct);
            if (holder is not null)
            {
                throw new ConflictException($"证件号码 {id.Masked} 已登记：{Masking.Name(holder.Name)}，{holder.School}。同一证件号码不能重复登记，调动请使用“调动”。");
            }

            var (staff, joined) = NewStaff(protector, command, id, school, user, clock.GetUtcNow().UtcDateTime);
            db.Staff.Add(staff);
            db.StaffEvents.Add(joined);
            await db.SaveChangesAsync(ct);
            return staff.Id;
        }
    }

    /// <summary>A new staff record and its first history event (入职); <paramref name="id"/> is the protected ID number.</summary>
    internal static (Staff Staff, StaffEvent Joined) NewStaff(FieldProtector protector, Command command, ProtectedValue id, School school, CurrentUser user, DateTime nowUtc)
    {
        var phone = string.IsNullOrWhiteSpace(command.Phone) ? null : protector.Protect(DigitNormalizer.Normalize(command.Phone), Masking.Phone);
        var staff = new Staff
        {
            Name = command.Name.Trim(), Sex = command.Sex, BirthDate = command.BirthDate, DocumentType = command.DocumentType,
            IdNumberCipher = id.Cipher, IdNumberLookup = id.Lookup, IdNumberMasked = id.Masked,
            PhoneCipher = phone?.Cipher ?? "", PhoneMasked = phone?.Masked ?? "",
            Education = command.Education, TeacherQualification = command.TeacherQualification.Trim(), Title = command.Title,
            KeyTeacherLevel = command.KeyTeacherLevel, Subject = command.Subject.Trim(), SchoolId = school.Id, JoinedOn = command.JoinedOn, CreatedAt = nowUtc,
        };
        var joined = new StaffEvent
        {
            StaffId = staff.Id, Kind = StaffEventKind.Joined, EffectiveOn = command.JoinedOn,
            NewValue = $"{school.Name}；{StageNames.Of(command.Title)}；{StageNames.Of(command.KeyTeacherLevel)}",
            RecordedBy = user.Id, RecordedByName = user.Name, RecordedAt = nowUtc,
        };
        return (staff, joined);
    }
}
