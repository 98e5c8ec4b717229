using System.Globalization;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Standards;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Complaints;

/// <summary>
/// 投诉登记: a complaint from the public page (anyone, channel 网站) or entered by an officer from the hotline, a letter or a
/// visit. It gets the next number of its year and an answer deadline in working days from the rules in force that day.
/// </summary>
public static class SubmitComplaint
{
    public const int MaxText = 2000;

    /// <summary>One photo (JPEG or PNG) of at most 10 MB; an empty one counts as none.</summary>
    public static readonly FilePolicy PhotoPolicy = new(FileKinds.Images, FilePolicy.TenMegabytes, UnnamedAs: "照片");

    public sealed record Command(
        ComplaintChannel Channel, Guid? InstitutionId, string InstitutionName, ComplaintCategory Category, string Text,
        string ComplainantName, string Phone)
    {
        public UploadedFile? Attachment { get; init; }
    }

    public sealed record Result(Guid Id, string Number, DateOnly AnswerDue);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Channel).IsInEnum().WithMessage("请选择投诉渠道");
            RuleFor(c => c.Category).IsInEnum().WithMessage("请选择投诉类别");
            RuleFor(c => c.InstitutionName).Must(n => n.Trim().Length > 0).When(c => c.InstitutionId is null)
                .WithMessage("请选择被投诉的机构，或填写机构名称");
            RuleFor(c => c.InstitutionName).Must(n => n.Trim().Length <= 100).WithMessage("机构名称不能超过 100 字");
            RuleFor(c => c.Text).Must(t => t.Trim().Length > 0).WithMessage("请填写投诉内容");
            RuleFor(c => c.Text).Must(t => t.Trim().Length <= MaxText).WithMessage($"投诉内容不能超过 {MaxText} 字");
            RuleFor(c => c.ComplainantName).Must(n => n.Trim().Length > 0).WithMessage("请填写投诉人姓名");
            RuleFor(c => c.ComplainantName).Must(n => n.Trim().Length <= 50).WithMessage("投诉人姓名不能超过 50 字");
            RuleFor(c => c.Phone).MustSatisfy(PhoneNumber.Validate);
            RuleFor(c => c.Attachment).MustPass(PhotoPolicy).When(c => c.Attachment is { Content.Length: > 0 });
        }
    }

    public static string NumberOf(int year, int sequence) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{sequence:D5}");

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, TrainingRules rules,
        FieldProtector protector, TimeProvider clock)
    {
        private const int Attempts = 3;

        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            DemandChannel(user, command.Channel);
            await validator.EnsureValidAsync(command, ct);
            var today = ChinaTime.Today(clock);
            var book = await rules.ForDayAsync(today, ct);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await SaveAsync(command, user, book, today, ct);
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Two complaints received at once took the same number; the unique index refused the second, so take the next.
                }
            }
        }

        private async Task<Result> SaveAsync(Command command, CurrentUser user, RuleBook book, DateOnly today, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var institutionName = await InstitutionNameAsync(db, command, ct);
            var sequence = (await db.Complaints.Where(c => c.Year == today.Year).MaxAsync(c => (int?)c.Sequence, ct) ?? 0) + 1;
            var phone = PhoneNumber.Validate(command.Phone).Value!;
            var protectedPhone = protector.Protect(phone, Masking.Phone);
            var complaint = new Complaint
            {
                Number = NumberOf(today.Year, sequence),
                Year = today.Year,
                Sequence = sequence,
                Channel = command.Channel,
                InstitutionId = command.InstitutionId,
                InstitutionName = institutionName,
                Category = command.Category,
                Text = command.Text.Trim(),
                ComplainantName = command.ComplainantName.Trim(),
                PhoneCipher = protectedPhone.Cipher,
                PhoneLookup = protectedPhone.Lookup,
                PhoneMasked = protectedPhone.Masked,
                ReceivedAt = now,
                ReceivedOn = today,
                AnswerDue = book.Calendar.AddWorkingDays(today, book.Whole(RuleCatalog.ComplaintAnswerDays)),
                EnteredBy = user.IsAuthenticated ? user.Name : "",
                UpdatedAt = now,
            };
            db.Complaints.Add(complaint);
            db.ComplaintSteps.Add(new ComplaintStep
            {
                ComplaintId = complaint.Id, Kind = ComplaintStepKind.Received, StatusAfter = ComplaintStatus.Pending,
                Text = $"经{ComplaintsNames.Of(command.Channel)}受理，答复期限 {complaint.AnswerDue:yyyy-MM-dd}",
                ActorId = user.Id, ActorName = user.IsAuthenticated ? user.Name : "投诉人", At = now,
            });
            AddPhoto(db, complaint, command.Attachment, now);
            await db.SaveChangesAsync(ct);
            return new Result(complaint.Id, complaint.Number, complaint.AnswerDue);
        }

        private static void AddPhoto(TrainingDbContext db, Complaint complaint, UploadedFile? photo, DateTime now)
        {
            if (photo is not { Content.Length: > 0 })
            {
                return;
            }

            var file = FileCheck.Verify(photo, PhotoPolicy, nameof(Command.Attachment));
            db.ComplaintPhotos.Add(new ComplaintPhoto
            {
                ComplaintId = complaint.Id, FileName = file.FileName, ContentType = file.ContentType, Content = file.Content, UploadedAt = now,
            });
        }

        /// <summary>A listed institution's own name (it must be one the public can see); otherwise the name as typed.</summary>
        private static async Task<string> InstitutionNameAsync(TrainingDbContext db, Command command, CancellationToken ct)
        {
            if (command.InstitutionId is not { } id)
            {
                return command.InstitutionName.Trim();
            }

            var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
            if (institution is null || !PublicStatuses.Shown.Contains(institution.Status))
            {
                throw new InvalidInputException(nameof(Command.InstitutionId), "所选机构不存在，请重新选择或直接填写机构名称");
            }

            return institution.Name;
        }

        /// <summary>Anyone may complain through the website; every other channel is entered by an officer.</summary>
        private static void DemandChannel(CurrentUser user, ComplaintChannel channel)
        {
            if (channel != ComplaintChannel.Website)
            {
                user.Demand(TrainingPermissions.Complaints);
            }
        }
    }
}
