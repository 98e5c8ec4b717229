using EduGov.Inspection.Data;
using EduGov.Platform.Audit;
using EduGov.Platform.Demo;
using EduGov.Platform.Localization;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Demo;

/// <summary>
/// The inspection part of the demo district: an inspector for about five schools each (the demo inspector account among
/// them), a year of monthly visits, findings in every state of the loop, and checklist templates.
/// </summary>
internal sealed class InspectionDemoData(
    IDbContextFactory<InspectionDbContext> contexts, IRegistryDirectory registry, UserManager<UserAccount> users, TimeProvider clock) : IModuleDemoData
{
    private const ulong StreamSalt = 0x696E_7370_6563_7421;

    public async Task<string> SeedAsync(int seed, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Inspectors.AnyAsync(ct))
        {
            return "督导演示数据已存在，未重复生成。";
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new SeededRandom(unchecked((ulong)seed) ^ StreamSalt);
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var schools = await registry.AllSchoolsAsync(ct);
        var adminSchools = await users.Users.Where(u => u.Role == Role.SchoolAdmin && u.ScopeId != null).Select(u => u.ScopeId!.Value).ToListAsync(ct);
        var inspectorAccounts = await users.Users.Where(u => u.Role == Role.Inspector).OrderBy(u => u.UserName).Select(u => u.Id).ToListAsync(ct);
        using (AuditScope.Summarize("InspectionDemo", $"生成督导演示数据，种子 {seed}"))
        {
            var roster = InspectorRoster.Build(schools, adminSchools, inspectorAccounts, random, today, now);
            db.AddRange(roster.Inspectors);
            db.AddRange(roster.Assignments);
            await db.SaveChangesAsync(ct);
            db.AddRange(ChecklistTemplates.Demo(now));
            await Balanced.FacilitiesDemo.SeedAsync(db, registry, seed, today.Year, ct);
            var history = VisitHistory.Build(roster, adminSchools.ToHashSet(), random, today, now);
            foreach (var batch in history.Records.Chunk(2000))
            {
                db.AddRange(batch);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            return $"督导：{roster.Inspectors.Count} 名责任督学、{history.Visits:N0} 次督导记录、{history.Issues:N0} 个问题（各整改状态均有）。";
        }
    }
}
