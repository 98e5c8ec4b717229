using EduGov.Platform.Security;
using EduGov.Training.Domain;

namespace EduGov.Training.Inspections;

/// <summary>The active credit catalogue's items, for the findings of the inspection form (kept by the credit part).</summary>
public static class ListFindingItems
{
    internal sealed class Handler(ICreditFindings credit, CurrentUserAccessor users)
    {
        public async Task<IReadOnlyList<CreditItemRef>> HandleAsync(CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Inspect);
            return await credit.ActiveItemsAsync(ct);
        }
    }
}
