using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Supervision.Prepaid;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using EduGov.Training.Scope;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// 登记课消: lessons taught on a day for one enrolment. Each record gets a one-time link that goes to the guardian by text
/// message; unanswered, it is deemed confirmed after the rule's working days (the due date is set now, from the calendar).
/// </summary>
public static class RecordLessons
{
    public sealed record Command(Guid EnrolmentId, DateOnly TaughtOn, int Lessons);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.EnrolmentId).NotEmpty().WithMessage("请选择学员");
            RuleFor(c => c.Lessons).InclusiveBetween(1, 20).WithMessage("一次登记的课时须在 1 到 20 之间");
            RuleFor(c => c.TaughtOn).Must(d => d <= ChinaTime.Today(clock)).WithMessage("上课日期不能晚于今天");
        }
    }

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, TrainingRules rules,
        GuardianTexts texts, RecomputeFunds.Handler recompute, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var institutionId = TrainingScope.DemandOwn(user);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var enrolment = await db.Enrolments.FirstOrDefaultAsync(e => e.Id == command.EnrolmentId, ct) ?? throw new NotFoundException("没有找到该学员的报名记录。");
            TrainingScope.Demand(user, enrolment.InstitutionId);
            if (enrolment.Status != EnrolmentStatus.Active)
            {
                throw new ConflictException($"该报名当前为“{FundsNames.Of(enrolment.Status)}”，不能再登记课消。");
            }

            if (command.TaughtOn < enrolment.CourseStart)
            {
                throw new InvalidInputException(nameof(Command.TaughtOn), $"上课日期不能早于开课日期 {enrolment.CourseStart:yyyy-MM-dd}");
            }

            var figures = await EnrolmentLedger.FiguresAsync(db, enrolment.Id, ct);
            try
            {
                figures.Teach(command.Lessons);
            }
            catch (LedgerException e)
            {
                throw new ConflictException(e.Message);
            }

            var book = await rules.ForDayAsync(command.TaughtOn, ct);
            var (token, hash) = FundsRules.NewToken();
            var now = clock.GetUtcNow().UtcDateTime;
            var record = new LessonRecord
            {
                InstitutionId = institutionId, EnrolmentId = enrolment.Id, TaughtOn = command.TaughtOn, Lessons = command.Lessons,
                ValueFen = figures.Price.ValueOf(figures.TaughtLessons, command.Lessons),
                DueOn = book.Calendar.AddWorkingDays(command.TaughtOn, book.Whole(RuleCatalog.ConfirmationDeemedDays)),
                TokenHash = hash, RecordedBy = user.Name, CreatedAt = now,
            };
            db.LessonRecords.Add(record);
            if (figures.TaughtLessons + command.Lessons == enrolment.Lessons)
            {
                enrolment.Status = EnrolmentStatus.Completed;
                enrolment.UpdatedAt = now;
            }

            var institutionName = await db.Institutions.Where(i => i.Id == institutionId).Select(i => i.Name).FirstAsync(ct);
            await db.SaveChangesAsync(ct);
            texts.Enqueue(new GuardianText(enrolment.GuardianPhoneCipher,
                $"【课消确认】{institutionName}：{enrolment.PupilName}于{command.TaughtOn:M月d日}上“{enrolment.CourseName}”{command.Lessons}课时。请在{record.DueOn:M月d日}前确认，逾期视为确认：{texts.LinkFor(token)}"));
            await recompute.ForInstitutionAsync(institutionId, ct);
            return record.Id;
        }
    }
}
