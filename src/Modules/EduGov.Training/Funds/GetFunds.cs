using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Supervision.Prepaid;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Funds;

/// <summary>
/// One institution's prepaid money as the officer (Read) and the institution itself (Portal) see it: totals against the bank
/// and the deposit, every enrolment with its figures, refunds, recent lessons, statements and open alerts.
/// </summary>
public static class GetFunds
{
    public sealed record Details(
        Guid InstitutionId, string InstitutionName, InstitutionStatus Status, DateOnly? PermitValidUntil, InstitutionFigures Totals,
        long CustodyBalanceFen, DateOnly? CustodyBalanceOn, long DepositRequiredFen, long DepositHeldFen, DateTime? ComputedAt,
        IReadOnlyList<EnrolmentRow> Enrolments, IReadOnlyList<RefundRow> Refunds, IReadOnlyList<LessonRow> Lessons,
        IReadOnlyList<StatementRow> Statements, IReadOnlyList<AlertRow> Alerts, IReadOnlyList<CourseRef> Courses)
    {
        public long ShortfallFen => Totals.ShortfallFen(CustodyBalanceFen);
    }

    public sealed record EnrolmentRow(
        Guid Id, string PupilName, string GuardianName, string GuardianPhoneMasked, string CourseName, int Lessons, long AmountFen,
        DateOnly PaidOn, DateOnly CourseStart, DateOnly CoversUntil, EnrolmentStatus Status, EnrolmentFigures Figures);

    public sealed record RefundRow(
        Guid Id, Guid EnrolmentId, string PupilName, string RequestedBy, bool ByGuardian, string Reason, DateOnly RequestedOn, long AmountFen,
        bool BeforeStart, int CompletedLessons, DateOnly AnswerBy, DateOnly PayBy, RefundStatus Status, string AgreedBy, DateTime? PaidAt);

    public sealed record LessonRow(Guid Id, string PupilName, string CourseName, DateOnly TaughtOn, int Lessons, long ValueFen, LessonConfirmation Status, DateOnly DueOn, string DisputeNote);

    public sealed record StatementRow(
        Guid Id, FundAccountKind AccountKind, string FileName, DateOnly FromDate, DateOnly ToDate, int LineCount, int MatchedLines,
        int UnmatchedLines, int UnmatchedEntries, long ClosingBalanceFen, long LedgerBalanceFen, long BalanceDifferenceFen, DateTime ImportedAt, string ImportedBy);

    public sealed record AlertRow(Guid Id, AlertKind Kind, AlertSeverity Severity, AlertStatus Status, string Evidence, long AmountFen, DateTime RaisedAt);

    public sealed record CourseRef(Guid Id, string Name, long LessonPriceFen, int TotalLessons, DateOnly StartsOn, DateOnly EndsOn, bool Active);

    /// <summary>Lessons shown on the page: the latest ones; older ones stay in each enrolment's ledger.</summary>
    public const int RecentLessons = 200;

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users)
    {
        /// <summary>The institution account's own funds.</summary>
        public Task<Details> OwnAsync(CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Portal);
            return LoadAsync(TrainingScope.DemandOwn(users.User), ct);
        }

        public Task<Details> HandleAsync(Guid institutionId, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            TrainingScope.Demand(users.User, institutionId);
            return LoadAsync(institutionId, ct);
        }

        private async Task<Details> LoadAsync(Guid id, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException(TrainingScope.NotFound);
            var permit = await db.Permits.Where(p => p.InstitutionId == id && p.Status == PermitStatus.Valid).MaxAsync(p => (DateOnly?)p.ValidUntil, ct);
            var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.InstitutionId == id).OrderByDescending(e => e.PaidOn).ThenBy(e => e.PupilName).ToListAsync(ct);
            var figures = await EnrolmentLedger.FiguresAsync(db, db.Enrolments.Where(e => e.InstitutionId == id), ct);
            var pupils = enrolments.ToDictionary(e => e.Id);
            var accounts = await db.FundAccounts.AsNoTracking().Where(a => a.InstitutionId == id && a.Active).ToListAsync(ct);
            var custody = accounts.FirstOrDefault(a => a.Kind == FundAccountKind.Custody);
            var position = await db.FundPositions.AsNoTracking().FirstOrDefaultAsync(p => p.InstitutionId == id, ct);
            var refunds = await db.RefundRequests.AsNoTracking().Where(r => r.InstitutionId == id).OrderBy(r => r.Status == RefundStatus.Paid).ThenByDescending(r => r.RequestedOn).ToListAsync(ct);
            var lessons = await db.LessonRecords.AsNoTracking().Where(l => l.InstitutionId == id).OrderByDescending(l => l.TaughtOn).ThenByDescending(l => l.CreatedAt).Take(RecentLessons).ToListAsync(ct);
            var statements = await db.BankStatements.AsNoTracking().Where(s => s.InstitutionId == id).OrderByDescending(s => s.ImportedAt).ToListAsync(ct);
            var alerts = await db.Alerts.AsNoTracking().Where(a => a.InstitutionId == id && a.Status != AlertStatus.Resolved).OrderByDescending(a => a.Severity).ToListAsync(ct);
            var courses = await db.Courses.AsNoTracking().Where(c => c.InstitutionId == id).OrderBy(c => c.Name)
                .Select(c => new CourseRef(c.Id, c.Name, c.LessonPriceFen, c.TotalLessons, c.StartsOn, c.EndsOn, c.Active)).ToListAsync(ct);
            string Pupil(Guid enrolmentId) => pupils.TryGetValue(enrolmentId, out var e) ? e.PupilName : "";
            return new Details(
                id, institution.Name, institution.Status, permit, InstitutionFigures.Sum(figures.Values),
                custody?.BankBalanceFen ?? 0, custody?.BankBalanceOn, position?.DepositRequiredFen ?? 0,
                accounts.Where(a => a.Kind == FundAccountKind.RiskDeposit).Sum(a => a.BankBalanceFen), position?.ComputedAt,
                [.. enrolments.Select(e => new EnrolmentRow(e.Id, e.PupilName, e.GuardianName, e.GuardianPhoneMasked, e.CourseName, e.Lessons, e.AmountFen,
                    e.PaidOn, e.CourseStart, e.CoversUntil, e.Status, figures[e.Id]))],
                [.. refunds.Select(r => new RefundRow(r.Id, r.EnrolmentId, Pupil(r.EnrolmentId), r.RequestedBy, r.ByGuardian, r.Reason, r.RequestedOn, r.AmountFen,
                    r.BeforeStart, r.CompletedLessons, r.AnswerBy, r.PayBy, r.Status, r.AgreedBy, r.PaidAt))],
                [.. lessons.Select(l => new LessonRow(l.Id, Pupil(l.EnrolmentId), pupils.TryGetValue(l.EnrolmentId, out var e) ? e.CourseName : "",
                    l.TaughtOn, l.Lessons, l.ValueFen, l.Status, l.DueOn, l.DisputeNote))],
                [.. statements.Select(s => new StatementRow(s.Id, s.AccountKind, s.FileName, s.FromDate, s.ToDate, s.LineCount, s.MatchedLines, s.UnmatchedLines,
                    s.UnmatchedEntries, s.ClosingBalanceFen, s.LedgerBalanceFen, s.BalanceDifferenceFen, s.ImportedAt, s.ImportedBy))],
                [.. alerts.Select(a => new AlertRow(a.Id, a.Kind, a.Severity, a.Status, a.Evidence, a.AmountFen, a.RaisedAt))],
                courses);
        }
    }
}
