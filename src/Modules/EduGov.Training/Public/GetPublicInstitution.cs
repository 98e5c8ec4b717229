using EduGov.Platform.Errors;
using EduGov.Training.Complaints;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Public;

/// <summary>
/// 机构公示: what the rules require an institution to publish: its permit, fees (明码标价), the supervised account (bank and
/// number of the custody account), and what the public should know: grade, card, list status and published penalties.
/// </summary>
public static class GetPublicInstitution
{
    public const string NotFoundMessage = "没有找到该培训机构，或该机构尚未取得办学许可。";

    public sealed record Permit(string Number, string Scope, string Address, DateOnly IssuedOn, DateOnly ValidUntil, PermitStatus Status);

    public sealed record CourseFee(string Name, TrainingCategory Category, string Grades, int LessonMinutes, long LessonPriceFen, int PeriodLessons, DateOnly StartsOn, DateOnly EndsOn, string RefundPolicy)
    {
        public long PeriodFeeFen => LessonPriceFen * PeriodLessons;
    }

    public sealed record Account(string BankName, string AccountName, string AccountNumber);

    public sealed record PenaltyNotice(PenaltyType Type, long AmountFen, string LegalBasis, string DecisionNumber, DateOnly DecidedOn, string Facts, DateOnly? LiftedOn);

    public sealed record Details(
        Guid Id, string Name, string CreditCode, string Address, string ZoneName, TrainingKind Kind, TrainingCategory Category, TrainingMode Mode,
        bool ForProfit, InstitutionStatus Status, string Website, string Introduction, CreditGrade Grade, CardLevel Card, ListStatus List,
        Permit? CurrentPermit, IReadOnlyList<CourseFee> Courses, Account? Custody, IReadOnlyList<PenaltyNotice> Penalties);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts)
    {
        public async Task<Details> HandleAsync(Guid id, CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var i = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (i is null || !PublicStatuses.Shown.Contains(i.Status))
            {
                throw new NotFoundException(NotFoundMessage);
            }

            var permit = await db.Permits.AsNoTracking().Where(p => p.InstitutionId == id)
                .OrderBy(p => p.Status == PermitStatus.Valid ? 0 : 1).ThenByDescending(p => p.IssuedOn).FirstOrDefaultAsync(ct);
            var courses = await db.Courses.AsNoTracking().Where(c => c.InstitutionId == id && c.Active).OrderBy(c => c.Name)
                .Select(c => new CourseFee(c.Name, c.Category, c.Grades, c.LessonMinutes, c.LessonPriceFen, c.TotalLessons, c.StartsOn, c.EndsOn, c.RefundPolicy))
                .ToListAsync(ct);
            var custody = await db.FundAccounts.AsNoTracking().Where(a => a.InstitutionId == id && a.Kind == FundAccountKind.Custody && a.Active)
                .OrderByDescending(a => a.OpenedOn).Select(a => new Account(a.BankName, a.AccountName, a.AccountNumber)).FirstOrDefaultAsync(ct);
            var penalties = await db.Penalties.AsNoTracking().Where(p => p.InstitutionId == id && p.Published).OrderByDescending(p => p.DecidedOn)
                .Select(p => new PenaltyNotice(p.Type, p.AmountFen, p.LegalBasis, p.DecisionNumber, p.DecidedOn, p.Facts, p.LiftedOn)).ToListAsync(ct);
            return new Details(
                i.Id, i.Name, i.CreditCode, i.Address, i.ZoneName, i.Kind, i.Category, i.Mode, i.ForProfit, i.Status, i.Website, i.Introduction,
                i.CreditGrade, i.Card, i.List,
                permit is null ? null : new Permit(permit.Number, permit.Scope, permit.Address, permit.IssuedOn, permit.ValidUntil, permit.Status),
                courses, custody, penalties);
        }
    }
}
