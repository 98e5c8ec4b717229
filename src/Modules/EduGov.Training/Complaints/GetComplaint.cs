using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Complaints;

/// <summary>One complaint for the officer: what was said, its steps, the institution's account, its referrals and penalties.</summary>
public static class GetComplaint
{
    public sealed record Step(ComplaintStepKind Kind, ComplaintStatus StatusAfter, string Text, string ActorName, DateTime At);

    public sealed record PhotoInfo(Guid Id, string FileName, long Length)
    {
        public string Href => $"/api/v1/training/complaints/photos/{Id}";
    }

    public sealed record ReferralInfo(Guid Id, ReferralAuthority Authority, string AuthorityName, DateOnly SentOn, ReferralStatus Status, string Feedback);

    public sealed record PenaltyInfo(Guid Id, PenaltyType Type, long AmountFen, string DecisionNumber, DateOnly DecidedOn);

    public sealed record Details(
        Guid Id, string Number, ComplaintChannel Channel, Guid? InstitutionId, string InstitutionName, ComplaintCategory Category,
        string Text, string ComplainantName, string PhoneMasked, DateTime ReceivedAt, DateOnly ReceivedOn, DateOnly AnswerDue,
        ComplaintStatus Status, Guid? AssigneeId, string AssigneeName, string Answer, DateTime? AnsweredAt, string InstitutionAccount,
        DateTime? InstitutionAccountAt, string Closure, DateTime? ClosedAt, int AgeDays, bool Overdue, string EnteredBy,
        IReadOnlyList<Step> Steps, IReadOnlyList<PhotoInfo> Photos, IReadOnlyList<ReferralInfo> Referrals, IReadOnlyList<PenaltyInfo> Penalties);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Details> HandleAsync(Guid id, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var c = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("投诉不存在。");
            var today = ChinaTime.Today(clock);
            var steps = await db.ComplaintSteps.AsNoTracking().Where(s => s.ComplaintId == id).OrderBy(s => s.At)
                .Select(s => new Step(s.Kind, s.StatusAfter, s.Text, s.ActorName, s.At)).ToListAsync(ct);
            var photos = await db.ComplaintPhotos.AsNoTracking().Where(p => p.ComplaintId == id)
                .Select(p => new PhotoInfo(p.Id, p.FileName, p.Content.Length)).ToListAsync(ct);
            var referrals = await db.Referrals.AsNoTracking().Where(r => r.ComplaintId == id).OrderBy(r => r.SentOn)
                .Select(r => new ReferralInfo(r.Id, r.Authority, r.AuthorityName, r.SentOn, r.Status, r.Feedback)).ToListAsync(ct);
            var penalties = await db.Penalties.AsNoTracking().Where(p => p.ComplaintId == id).OrderBy(p => p.DecidedOn)
                .Select(p => new PenaltyInfo(p.Id, p.Type, p.AmountFen, p.DecisionNumber, p.DecidedOn)).ToListAsync(ct);
            return new Details(
                c.Id, c.Number, c.Channel, c.InstitutionId, c.InstitutionName, c.Category, c.Text, c.ComplainantName, c.PhoneMasked,
                c.ReceivedAt, c.ReceivedOn, c.AnswerDue, c.Status, c.AssigneeId, c.AssigneeName, c.Answer, c.AnsweredAt, c.InstitutionAccount,
                c.InstitutionAccountAt, c.Closure, c.ClosedAt, ListComplaints.Handler.AgeDays(c, today), c.IsOpen && c.AnswerDue < today,
                c.EnteredBy, steps, photos, referrals, penalties);
        }
    }
}
