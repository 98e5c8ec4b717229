using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Licensing;

/// <summary>
/// The bureau's review: asking departments for their opinion (each with its due date), recording what they said, and the
/// decision: approval issues the permit (a renewal or change supersedes the current one; a closure cancels it), refusal
/// gives reasons. Every step is written to the application's history.
/// </summary>
public static class ReviewApplication
{
    public sealed record RequestOpinions(Guid ApplicationId, IReadOnlyList<Department> Departments);

    public sealed record RecordOpinion(Guid OpinionId, OpinionResult Result, string Text);

    /// <summary>Approve with the permit to issue (not needed for a closure), or refuse with <see cref="Reason"/>.</summary>
    public sealed record Decide(Guid ApplicationId, bool Approve, string Reason)
    {
        public string PermitNumber { get; init; } = "";
        public string Scope { get; init; } = "";
        public string Address { get; init; } = "";
        public DateOnly? ValidUntil { get; init; }
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TrainingRules rules, TimeProvider clock)
    {
        public async Task RequestAsync(RequestOpinions command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Manage);
            if (command.Departments.Count == 0)
            {
                throw new InvalidInputException(nameof(RequestOpinions.Departments), "请至少选择一个征求意见的部门");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await OpenAsync(db, command.ApplicationId, ct);
            var today = ChinaTime.Today(clock);
            var now = clock.GetUtcNow().UtcDateTime;
            var book = await rules.ForDayAsync(today, ct);
            var asked = await db.LicenceOpinions.Where(o => o.ApplicationId == application.Id).Select(o => o.Department).ToListAsync(ct);
            var fresh = command.Departments.Distinct().Where(d => Enum.IsDefined(d) && !asked.Contains(d)).ToList();
            if (fresh.Count == 0)
            {
                throw new ConflictException("所选部门都已征求过意见。");
            }

            StartReview(db, application, user.Name, now);
            var due = LicensingRules.DueOn(book.Calendar, today, book.Whole(RuleCatalog.OpinionDays));
            foreach (var department in fresh)
            {
                db.LicenceOpinions.Add(new LicenceOpinion { ApplicationId = application.Id, Department = department, RequestedOn = today, DueOn = due });
            }

            LicenceFiling.AddStep(db, application, LicenceStepKind.OpinionRequested,
                $"征求{string.Join("、", fresh.Select(LicensingNames.Of))}意见，{due:yyyy-MM-dd} 前回复（{book.Cite(RuleCatalog.OpinionDays)}）", user.Name, now);
            await db.SaveChangesAsync(ct);
        }

        public async Task RecordAsync(RecordOpinion command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Manage);
            if (!Enum.IsDefined(command.Result))
            {
                throw new InvalidInputException(nameof(RecordOpinion.Result), "请选择部门意见");
            }

            if (command.Result != OpinionResult.Agree && string.IsNullOrWhiteSpace(command.Text))
            {
                throw new InvalidInputException(nameof(RecordOpinion.Text), "不同意或需补正时请录入部门的具体意见");
            }

            if (command.Text.Trim().Length > 2000)
            {
                throw new InvalidInputException(nameof(RecordOpinion.Text), "意见不超过 2000 个字");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var opinion = await db.LicenceOpinions.FirstOrDefaultAsync(o => o.Id == command.OpinionId, ct) ?? throw new NotFoundException("征求意见记录不存在。");
            var application = await OpenAsync(db, opinion.ApplicationId, ct);
            if (opinion.Result is not null)
            {
                throw new ConflictException($"{LicensingNames.Of(opinion.Department)}的意见已经录入。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            opinion.Result = command.Result;
            opinion.Text = command.Text.Trim();
            opinion.EnteredBy = user.Name;
            opinion.EnteredAt = now;
            LicenceFiling.AddStep(db, application, LicenceStepKind.OpinionRecorded,
                $"{LicensingNames.Of(opinion.Department)}：{LicensingNames.Of(command.Result)}{(opinion.Text.Length > 0 ? $"。{opinion.Text}" : "")}", user.Name, now);
            await db.SaveChangesAsync(ct);
        }

        public async Task DecideAsync(Decide command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Manage);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await OpenAsync(db, command.ApplicationId, ct);
            var institution = await db.Institutions.FirstAsync(i => i.Id == application.InstitutionId, ct);
            var pending = await db.LicenceOpinions.Where(o => o.ApplicationId == application.Id && o.Result == null).Select(o => o.Department).ToListAsync(ct);
            if (pending.Count > 0)
            {
                throw new ConflictException($"尚有{string.Join("、", pending.Select(LicensingNames.Of))}的意见未录入，不能作出决定。");
            }

            var today = ChinaTime.Today(clock);
            var now = clock.GetUtcNow().UtcDateTime;
            StartReview(db, application, user.Name, now);
            if (command.Approve)
            {
                await ApproveAsync(db, application, institution, command, today, now, ct);
            }
            else
            {
                Refuse(application, institution, command);
            }

            application.DecidedOn = today;
            application.DecidedBy = user.Name;
            application.DecisionReason = command.Reason.Trim();
            LicenceFiling.AddStep(db, application, command.Approve ? LicenceStepKind.Approved : LicenceStepKind.Refused,
                command.Approve ? ApprovalText(application, command) : $"不予许可。理由：{command.Reason.Trim()}", user.Name, now);
            await db.SaveChangesAsync(ct);
        }

        private static string ApprovalText(LicenceApplication application, Decide command) => application.Kind == LicenceKind.Closure
            ? $"准予终止办学，办学许可证注销。{command.Reason.Trim()}"
            : $"准予许可，核发办学许可证 {command.PermitNumber.Trim()}，有效期至 {command.ValidUntil:yyyy-MM-dd}。{command.Reason.Trim()}";

        private static async Task ApproveAsync(TrainingDbContext db, LicenceApplication application, TrainingInstitution institution, Decide command, DateOnly today, DateTime now, CancellationToken ct)
        {
            application.Status = LicenceStatus.Approved;
            var current = await db.Permits.Where(p => p.InstitutionId == institution.Id && p.Status == PermitStatus.Valid).ToListAsync(ct);
            if (application.Kind == LicenceKind.Closure)
            {
                current.ForEach(p => p.Status = PermitStatus.Cancelled);
                institution.Status = InstitutionStatus.Closed;
                institution.UpdatedAt = now;
                return;
            }

            ValidatePermit(command, today);
            var number = command.PermitNumber.Trim();
            if (await db.Permits.AnyAsync(p => p.Number == number && p.InstitutionId != institution.Id, ct))
            {
                throw new ConflictException($"办学许可证编号 {number} 已发给其他机构。");
            }

            current.ForEach(p => p.Status = PermitStatus.Superseded);
            var permit = new SchoolPermit
            {
                InstitutionId = institution.Id, Number = number, Scope = Or(command.Scope, application.ProposedScope), Address = Or(command.Address, application.ProposedAddress),
                IssuedOn = today, ValidUntil = command.ValidUntil!.Value, ApplicationId = application.Id, CreatedAt = now,
            };
            db.Permits.Add(permit);
            application.PermitId = permit.Id;
            if (application.Kind == LicenceKind.Change && !string.IsNullOrWhiteSpace(application.ProposedName))
            {
                institution.Name = application.ProposedName;
            }

            if (application.Kind is LicenceKind.Change or LicenceKind.New)
            {
                institution.Address = permit.Address;
            }

            institution.Status = InstitutionStatus.Licensed;
            institution.UpdatedAt = now;
        }

        private static void Refuse(LicenceApplication application, TrainingInstitution institution, Decide command)
        {
            if (string.IsNullOrWhiteSpace(command.Reason))
            {
                throw new InvalidInputException(nameof(Decide.Reason), "不予许可须写明理由");
            }

            application.Status = LicenceStatus.Refused;
            if (application.Kind == LicenceKind.New)
            {
                institution.Status = InstitutionStatus.Refused;
            }
        }

        private static void ValidatePermit(Decide command, DateOnly today)
        {
            if (string.IsNullOrWhiteSpace(command.PermitNumber) || command.PermitNumber.Trim().Length > 50)
            {
                throw new InvalidInputException(nameof(Decide.PermitNumber), "请填写办学许可证编号（不超过 50 个字符）");
            }

            if (command.ValidUntil is not { } until || until <= today)
            {
                throw new InvalidInputException(nameof(Decide.ValidUntil), "请填写许可证有效期截止日（须晚于今天）");
            }

            if (command.Scope.Trim().Length > 500 || command.Address.Trim().Length > 200)
            {
                throw new InvalidInputException(nameof(Decide.Scope), "办学范围不超过 500 个字，地址不超过 200 个字");
            }
        }

        private static string Or(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();

        private static void StartReview(TrainingDbContext db, LicenceApplication application, string actor, DateTime now)
        {
            if (application.Status == LicenceStatus.Submitted)
            {
                application.Status = LicenceStatus.Reviewing;
                LicenceFiling.AddStep(db, application, LicenceStepKind.ReviewStarted, "教育局受理并开始审查", actor, now);
            }
        }

        private static async Task<LicenceApplication> OpenAsync(TrainingDbContext db, Guid id, CancellationToken ct)
        {
            var application = await db.LicenceApplications.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("许可申请不存在。");
            return application.IsOpen ? application : throw new ConflictException($"该申请{LicensingNames.Of(application.Status)}，已办结。");
        }
    }
}
