using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Seats;

/// <summary>试一试: which public schools' catchments an address falls in, and by which rules (<see cref="CatchmentMatcher"/>).</summary>
public static class MatchAddress
{
    public sealed record Match(Guid SchoolId, string Code, string Name, SchoolType Type, IReadOnlyList<string> Rules);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry, CurrentUserAccessor users)
    {
        public async Task<IReadOnlyList<Match>> HandleAsync(string address, CancellationToken ct = default)
        {
            users.User.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await FindAsync(db, await registry.AllSchoolsAsync(ct), address, ct);
        }
    }

    /// <summary>The matching public schools of the district by code, each with the descriptions of the rules that matched.</summary>
    internal static async Task<IReadOnlyList<Match>> FindAsync(AdmissionDbContext db, IReadOnlyList<SchoolRef> schools, string? address, CancellationToken ct)
    {
        if (CatchmentMatcher.Normalize(address).Length == 0)
        {
            return [];
        }

        var rules = await db.Catchments.AsNoTracking().ToListAsync(ct);
        var matched = CatchmentMatcher.Match(address!, rules).ToLookup(r => r.SchoolId);
        return
        [
            .. schools.Where(s => matched.Contains(s.Id) && CatchmentRules.HasCatchment(s))
                .Select(s => new Match(s.Id, s.Code, s.Name, s.Type, [.. matched[s.Id].Select(CatchmentRules.Describe)])),
        ];
    }
}
