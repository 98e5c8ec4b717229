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

namespace EduGov.Registry.Students;

/// <summary>Registers a pupil (学籍) with guardians. One ID number, one record: a second attempt says who holds it, masked.</summary>
public static class RegisterStudent
{
    public sealed record GuardianInput(string Name = "", string Relation = "", string Phone = "");

    public sealed record Command
    {
        public string Name { get; init; } = "";
        public Sex Sex { get; init; } = Sex.Male;
        public DocumentType DocumentType { get; init; } = DocumentType.IdCard;
        public string IdNumber { get; init; } = "";
        public string NationalStudentNumber { get; init; } = "";
        public DateOnly BirthDate { get; init; }
        public string HukouRegionCode { get; init; } = "";
        public string HomeAddress { get; init; } = "";
        public Guid SchoolId { get; init; }
        public int Grade { get; init; }
        public Guid? ClassId { get; init; }
        public DateOnly EnrolledOn { get; init; }
        public IReadOnlyList<GuardianInput> Guardians { get; init; } = [];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("请填写学生姓名").MaximumLength(50).WithMessage("姓名不能超过 50 个字");
            RuleFor(c => c.DocumentType).IsInEnum().WithMessage("证件类型不正确");
            RuleFor(c => c.IdNumber).NotEmpty().WithMessage("请填写证件号码");
            RuleFor(c => c).Custom((c, context) => CheckIdCard(c, ChinaTime.Today(clock), context)).When(c => c.DocumentType == DocumentType.IdCard && !string.IsNullOrWhiteSpace(c.IdNumber));
            RuleFor(c => c.IdNumber).MaximumLength(30).WithMessage("证件号码不能超过 30 个字符").When(c => c.DocumentType != DocumentType.IdCard);
            RuleFor(c => c.NationalStudentNumber).MustSatisfy(NationalStudentNumber.Validate).When(c => !string.IsNullOrWhiteSpace(c.NationalStudentNumber));
            RuleFor(c => c.BirthDate).Must(d => d < ChinaTime.Today(clock)).WithMessage("出生日期必须早于今天");
            RuleFor(c => c.HukouRegionCode).MustSatisfy(RegionCode.Validate);
            RuleFor(c => c.HomeAddress).NotEmpty().WithMessage("请填写家庭住址").MaximumLength(200).WithMessage("家庭住址不能超过 200 个字");
            RuleFor(c => c.SchoolId).NotEmpty().WithMessage("请选择学校");
            RuleFor(c => c.Guardians).NotEmpty().WithMessage("至少登记一位监护人");
            RuleForEach(c => c.Guardians).SetValidator(new GuardianValidator());
        }

        private static void CheckIdCard(Command c, DateOnly today, ValidationContext<Command> context)
        {
            var id = Standards.IdNumber.Parse(c.IdNumber, today);
            if (!id.IsValid)
            {
                context.AddFailure(nameof(Command.IdNumber), id.Error);
                return;
            }

            if (id.BirthDate != c.BirthDate)
            {
                context.AddFailure(nameof(Command.BirthDate), $"出生日期与身份证号不一致：身份证号中为 {id.BirthDate:yyyy-MM-dd}");
            }

            if (id.Sex != c.Sex)
            {
                context.AddFailure(nameof(Command.Sex), $"性别与身份证号不一致：身份证号第 17 位表示{(id.Sex == Sex.Male ? "男" : "女")}");
            }
        }
    }

    internal sealed class GuardianValidator : AbstractValidator<GuardianInput>
    {
        public GuardianValidator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("请填写监护人姓名").MaximumLength(50).WithMessage("监护人姓名不能超过 50 个字");
            RuleFor(x => x.Relation).NotEmpty().WithMessage("请填写与学生关系").MaximumLength(20).WithMessage("关系不能超过 20 个字");
            RuleFor(x => x.Phone).MustSatisfy(PhoneNumber.Validate);
        }
    }

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, Validator validator, FieldProtector protector, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StudentsManage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var school = await db.SchoolInScopeAsync(user, command.SchoolId, ct);
            var idNumber = DigitNormalizer.Normalize(command.IdNumber);
            await EnsureNotRegisteredAsync(db, protector.LookupKey(idNumber), ct);
            await EnsurePlacementAsync(db, school, command, ct);
            var student = StudentRecords.Create(protector, command, school.Id, idNumber, clock.GetUtcNow().UtcDateTime);
            db.Students.Add(student);
            await db.SaveChangesAsync(ct);
            return student.Id;
        }

        private static async Task EnsureNotRegisteredAsync(RegistryDbContext db, string lookup, CancellationToken ct)
        {
            var holder = await db.Students.Where(s => s.IdNumberLookup == lookup)
                .Select(s => new { s.Name, s.IdNumberMasked, s.Grade, School = db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).FirstOrDefault() })
                .FirstOrDefaultAsync(ct);
            if (holder is not null)
            {
                throw new ConflictException($"证件号码 {holder.IdNumberMasked} 已登记：{Masking.Name(holder.Name)}，{holder.School}{StageNames.GradeName(holder.Grade)}。同一证件号码不能重复登记，如学生转学请办理学籍异动。");
            }
        }

        private static async Task EnsurePlacementAsync(RegistryDbContext db, School school, Command command, CancellationToken ct)
        {
            if (!StageNames.GradesOf(school.Type).Contains(command.Grade))
            {
                throw new InvalidInputException(nameof(Command.Grade), $"{school.Name}没有{StageNames.GradeName(command.Grade)}");
            }

            if (command.ClassId is not { } classId)
            {
                return;
            }

            var schoolClass = await db.Classes.FirstOrDefaultAsync(c => c.Id == classId && c.SchoolId == school.Id && c.Grade == command.Grade, ct)
                ?? throw new InvalidInputException(nameof(Command.ClassId), "所选班级不属于该学校的该年级");
            var size = await db.Students.CountAsync(s => s.ClassId == classId && s.Status == StudentStatus.Enrolled, ct);
            if (size >= schoolClass.ClassSizeCap)
            {
                throw new ConflictException($"{StageNames.ClassName(schoolClass.Grade, schoolClass.Number)}已满（班额 {schoolClass.ClassSizeCap} 人）");
            }
        }
    }
}
