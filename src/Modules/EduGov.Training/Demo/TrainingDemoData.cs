using EduGov.Platform.Audit;
using EduGov.Platform.Demo;
using EduGov.Platform.Localization;
using EduGov.Platform.Modules;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Training.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Demo;

/// <summary>
/// The training part of the demo district: about one institution per school (licensed ones with permits, venues, courses
/// and supervised accounts, a few still applying), and the demo institution account linked to the first of them.
/// </summary>
internal sealed class TrainingDemoData(
    IDbContextFactory<TrainingDbContext> contexts, IRegistryDirectory registry, UserManager<UserAccount> users, FieldProtector protector,
    Funds.ImportStatement.Handler statements, TimeProvider clock)
    : IModuleDemoData
{
    private const ulong StreamSalt = 0x7472_6169_6E69_6E67;

    public async Task<string> SeedAsync(int seed, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Institutions.AnyAsync(ct))
        {
            return "校外培训演示数据已存在，未重复生成。";
        }

        var random = new SeededRandom(unchecked((ulong)seed) ^ StreamSalt);
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var schools = await registry.AllSchoolsAsync(ct);
        var zones = await registry.ZonesAsync(ct);
        using (AuditScope.Summarize("TrainingDemo", $"生成校外培训演示数据，种子 {seed}"))
        {
            var world = DemoInstitutions.Build(Math.Max(12, schools.Count), zones, random, today, now);
            world.AddTo(db);
            var officer = await users.FindByNameAsync("officer") ?? throw new InvalidOperationException("演示账号 officer 不存在，无法生成投诉演示数据。");
            string[] parts =
            [
                InstitutionsDemo.Seed(db, world, random, today, now),
                FundsDemo.Seed(db, world, protector, random, today, now),
                CreditDemo.Seed(db, world, random, today, now),
                InspectionsDemo.Seed(db, world, random, today, now),
                ComplaintsDemo.Seed(db, world, random, today, now, protector, new ComplaintsDemo.Officer(officer.Id, officer.DisplayName)),
            ];
            InspectionsDemo.LinkAccounts(db, [.. users.Users]);
            await db.SaveChangesAsync(ct);
            await LinkDemoAccountAsync(world.Institutions[0]);
            var statement = await StatementDemo.ImportAsync(db, statements, world.Institutions.Where(i => i.Status == Domain.InstitutionStatus.Licensed).ElementAt(4), ct);
            return $"校外培训：{world.Institutions.Count} 家机构（{world.Licensed} 家已许可），{world.Courses.Count} 门课程；{string.Join("；", parts.Append(statement).Where(p => p.Length > 0).Select(p => p.TrimEnd('。')))}。";
        }
    }

    private async Task LinkDemoAccountAsync(Domain.TrainingInstitution institution)
    {
        foreach (var account in users.Users.Where(u => u.Role == Role.Institution && u.ScopeId == null).ToList())
        {
            account.ScopeId = institution.Id;
            account.ScopeName = institution.Name;
            await users.UpdateAsync(account);
        }
    }
}
