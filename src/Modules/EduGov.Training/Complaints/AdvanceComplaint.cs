using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Messaging;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EduGov.Training.Complaints;

public enum ComplaintAction
{
    Assign = 1,
    Categorize = 2,
    Answer = 3,
    Close = 4,
}

/// <summary>
/// Triage and handling: assign an officer (待分派 → 办理中), correct the category, answer the complainant (→ 已答复, and the
/// answer goes to the complainant's phone by text message once saved), close (→ 已办结). Each step is dated in the history.
/// </summary>
public static partial class AdvanceComplaint
{
    public const int MaxText = 2000;

    public sealed record Command(Guid ComplaintId, ComplaintAction Action, string Text)
    {
        public Guid? AssigneeId { get; init; }
        public ComplaintCategory? Category { get; init; }
    }

    internal sealed partial class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, UserManager<UserAccount> accounts, ITextMessageSender texts,
        FieldProtector protector, TimeProvider clock, ILogger<Handler> log)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Complaints);
            var text = command.Text.Trim();
            if (text.Length > MaxText)
            {
                throw new InvalidInputException(nameof(Command.Text), $"内容不能超过 {MaxText} 字");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == command.ComplaintId, ct) ?? throw new NotFoundException("投诉不存在。");
            var now = clock.GetUtcNow().UtcDateTime;
            var (kind, note) = command.Action switch
            {
                ComplaintAction.Assign => (ComplaintStepKind.Assigned, await AssignAsync(complaint, command, text, ct)),
                ComplaintAction.Categorize => (ComplaintStepKind.Categorized, Categorize(complaint, command, text)),
                ComplaintAction.Answer => (ComplaintStepKind.Answered, Answer(complaint, text, now)),
                ComplaintAction.Close => (ComplaintStepKind.Closed, Close(complaint, text, now)),
                _ => throw new InvalidInputException(nameof(Command.Action), "不支持的办理操作"),
            };
            complaint.UpdatedAt = now;
            db.ComplaintSteps.Add(new ComplaintStep
            {
                ComplaintId = complaint.Id, Kind = kind, StatusAfter = complaint.Status, Text = note, ActorId = user.Id, ActorName = user.Name, At = now,
            });
            await db.SaveChangesAsync(ct);
            if (command.Action == ComplaintAction.Answer)
            {
                await SendAnswerAsync(complaint, ct);
            }
        }

        private async Task<string> AssignAsync(Complaint complaint, Command command, string text, CancellationToken ct)
        {
            Demand(complaint, "分派", ComplaintStatus.Pending, ComplaintStatus.Handling);
            if (command.AssigneeId is not { } assigneeId)
            {
                throw new InvalidInputException(nameof(Command.AssigneeId), "请选择承办人");
            }

            var officer = await accounts.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == assigneeId && u.IsActive && u.Role == Role.Officer, ct)
                ?? throw new InvalidInputException(nameof(Command.AssigneeId), "承办人必须是在用的业务员账号");
            complaint.AssigneeId = officer.Id;
            complaint.AssigneeName = officer.DisplayName;
            complaint.Status = ComplaintStatus.Handling;
            return text.Length == 0 ? $"承办人：{officer.DisplayName}" : $"承办人：{officer.DisplayName}；{text}";
        }

        private static string Categorize(Complaint complaint, Command command, string text)
        {
            Demand(complaint, "调整类别", ComplaintStatus.Pending, ComplaintStatus.Handling);
            if (command.Category is not { } category || !Enum.IsDefined(category))
            {
                throw new InvalidInputException(nameof(Command.Category), "请选择投诉类别");
            }

            var from = complaint.Category;
            complaint.Category = category;
            var change = $"{ComplaintsNames.Of(from)} → {ComplaintsNames.Of(category)}";
            return text.Length == 0 ? change : $"{change}；{text}";
        }

        private string Answer(Complaint complaint, string text, DateTime now)
        {
            Demand(complaint, "答复", ComplaintStatus.Handling);
            if (text.Length == 0)
            {
                throw new InvalidInputException(nameof(Command.Text), "请填写答复内容");
            }

            complaint.Answer = text;
            complaint.AnsweredAt = now;
            complaint.AnsweredOn = ChinaTime.Today(clock);
            complaint.Status = ComplaintStatus.Answered;
            return text;
        }

        private static string Close(Complaint complaint, string text, DateTime now)
        {
            Demand(complaint, "办结", ComplaintStatus.Answered, ComplaintStatus.Transferred);
            complaint.Closure = text;
            complaint.ClosedAt = now;
            complaint.Status = ComplaintStatus.Closed;
            return text;
        }

        private static void Demand(Complaint complaint, string what, params ComplaintStatus[] allowed)
        {
            if (!allowed.Contains(complaint.Status))
            {
                throw new ConflictException($"投诉{ComplaintsNames.Of(complaint.Status)}，不能{what}。");
            }
        }

        /// <summary>After the commit: a gateway failure is logged and never undoes the recorded answer.</summary>
        private async Task SendAnswerAsync(Complaint complaint, CancellationToken ct)
        {
            try
            {
                var message = $"【教育局】您的投诉（编号{complaint.Number}）已答复：{complaint.Answer}";
                await texts.SendAsync(protector.Decrypt(complaint.PhoneCipher), message, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                SendFailed(log, complaint.Number, e);
            }
        }

        [LoggerMessage(Level = LogLevel.Error, Message = "投诉 {Number} 的答复短信发送失败")]
        private static partial void SendFailed(ILogger logger, string number, Exception exception);
    }
}
