using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Standards;
using EduGov.Supervision.Prepaid;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using EduGov.Training.Scope;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// 登记报名收费: the institution records a pupil's contract and the payment into its custody account. Only a licensed
/// institution that is not suspended may charge, only for its own active course; a charge that breaks a rule (months,
/// lessons, amount, too early — a renewal may come earlier once few lessons are left) is refused with every broken rule and its source.
/// </summary>
public static class RecordEnrolment
{
    public sealed record Command(
        Guid CourseId, string PupilName, string GuardianName, string GuardianPhone, int Lessons, long AmountFen,
        DateOnly PaidOn, DateOnly CourseStart, DateOnly CoversUntil, string Reference);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.CourseId).NotEmpty().WithMessage("请选择课程");
            RuleFor(c => c.PupilName).NotEmpty().WithMessage("请填写学员姓名").MaximumLength(50).WithMessage("学员姓名不能超过 50 个字");
            RuleFor(c => c.GuardianName).NotEmpty().WithMessage("请填写家长姓名").MaximumLength(50).WithMessage("家长姓名不能超过 50 个字");
            RuleFor(c => c.GuardianPhone).MustSatisfy(PhoneNumber.Validate)
                .Must(p => DigitNormalizer.Normalize(p).StartsWith('1')).WithMessage("家长电话须为手机号，用于接收课消确认短信");
            RuleFor(c => c.Lessons).GreaterThan(0).WithMessage("购买课时须大于 0");
            RuleFor(c => c.AmountFen).GreaterThan(0).WithMessage("收费金额须大于 0");
            RuleFor(c => c.PaidOn).Must(d => d <= ChinaTime.Today(clock)).WithMessage("收费日期不能晚于今天");
            RuleFor(c => c.CoversUntil).GreaterThanOrEqualTo(c => c.CourseStart).WithMessage("收费覆盖的截止日期不能早于开课日期");
            RuleFor(c => c.Reference).MaximumLength(60).WithMessage("收款流水号不能超过 60 个字符");
        }
    }

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, TrainingRules rules,
        FieldProtector protector, RecomputeFunds.Handler recompute, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var institutionId = TrainingScope.DemandOwn(user);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == institutionId, ct) ?? throw new NotFoundException(TrainingScope.NotFound);
            if (institution.Status != InstitutionStatus.Licensed)
            {
                throw new ConflictException($"{institution.Name}当前状态为“{TrainingNames.Of(institution.Status)}”，只有已许可且未被责令停止招生的机构可以收费。");
            }

            var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == command.CourseId && c.InstitutionId == institutionId, ct)
                ?? throw new NotFoundException("没有找到本机构的该课程。");
            EnsureCourse(course, command);
            var book = await rules.ForDayAsync(command.PaidOn, ct);
            var phone = protector.Protect(PhoneNumber.Validate(command.GuardianPhone).Value!, Masking.Phone);
            var remaining = await RemainingLessonsAsync(db, course.Id, command.PupilName.Trim(), phone.Lookup, ct);
            var charge = new Charge(command.PaidOn, command.CourseStart, command.CoversUntil, command.Lessons, command.AmountFen, remaining);
            var violations = ChargeCheck.Violations(charge, FundsRules.ChargeLimits(book));
            if (violations.Count > 0)
            {
                throw new InvalidInputException("charge", "该笔收费不符合预收费监管规定，不予登记：" + string.Join("；", violations.Select(v => FundsRules.Explain(v, book))));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var enrolment = new Enrolment
            {
                InstitutionId = institutionId, CourseId = course.Id, CourseName = course.Name, PupilName = command.PupilName.Trim(),
                GuardianName = command.GuardianName.Trim(), GuardianPhoneCipher = phone.Cipher, GuardianPhoneLookup = phone.Lookup, GuardianPhoneMasked = phone.Masked,
                Lessons = command.Lessons, AmountFen = command.AmountFen, PaidOn = command.PaidOn, CourseStart = command.CourseStart,
                CoversUntil = command.CoversUntil, CoveredMonths = charge.CoveredMonths, RecordedBy = user.Name, CreatedAt = now, UpdatedAt = now,
            };
            db.Enrolments.Add(enrolment);
            db.LedgerEntries.Add(new LedgerEntry
            {
                InstitutionId = institutionId, EnrolmentId = enrolment.Id, Kind = LedgerEntryKind.Payment, AmountFen = command.AmountFen,
                Date = command.PaidOn, Reference = command.Reference.Trim(), Note = $"{enrolment.PupilName} {course.Name} {command.Lessons} 课时",
                RecordedBy = user.Name, CreatedAt = now,
            });
            await db.SaveChangesAsync(ct);
            await recompute.ForInstitutionAsync(institutionId, ct);
            return enrolment.Id;
        }

        /// <summary>
        /// A renewal: the lessons not yet taught (disputed ones count as untaught) on the same pupil's active purchases of this
        /// course, the pupil known by name and guardian's phone; null for a first purchase.
        /// </summary>
        private static async Task<int?> RemainingLessonsAsync(TrainingDbContext db, Guid courseId, string pupilName, string phoneLookup, CancellationToken ct)
        {
            var current = db.Enrolments.Where(e => e.CourseId == courseId && e.PupilName == pupilName && e.GuardianPhoneLookup == phoneLookup && e.Status == EnrolmentStatus.Active);
            if (!await current.AnyAsync(ct))
            {
                return null;
            }

            var bought = await current.SumAsync(e => e.Lessons, ct);
            var taught = await db.LessonRecords.Where(l => current.Any(e => e.Id == l.EnrolmentId) && l.Status != LessonConfirmation.Disputed).SumAsync(l => l.Lessons, ct);
            return bought - taught;
        }

        private static void EnsureCourse(Course course, Command command)
        {
            if (!course.Active)
            {
                throw new ConflictException($"课程“{course.Name}”已停用，不能收费。");
            }

            if (command.CourseStart < course.StartsOn || command.CourseStart > course.EndsOn)
            {
                throw new InvalidInputException(nameof(Command.CourseStart), $"开课日期须在课程“{course.Name}”的开设期间（{course.StartsOn:yyyy-MM-dd} 至 {course.EndsOn:yyyy-MM-dd}）内");
            }
        }
    }
}
