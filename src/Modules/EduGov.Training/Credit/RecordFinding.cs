using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Credit;

/// <summary>
/// An officer records a breach by picking an item of the active catalogue, with the item's severity or the officer's own
/// judgement of it (a refusal to refund many pupils may be serious); the institution is recomputed in the same save.
/// </summary>
public static class RecordFinding
{
    public sealed record Command(Guid InstitutionId, Guid ItemId, int Instances, string Description, DateOnly DecidedOn, BreachSeverity? Severity = null);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CreditFindings findings, CurrentUserAccessor users)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Credit);
            await using var db = await contexts.CreateDbContextAsync(ct);
            await findings.AddAsync(db, new CreditFinding(command.InstitutionId, command.ItemId, command.Instances, command.Description ?? "", FindingSource.Officer, null, command.DecidedOn), command.Severity, ct);
            await db.SaveChangesAsync(ct);
        }
    }
}
