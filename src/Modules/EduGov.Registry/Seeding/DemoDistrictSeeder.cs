using EduGov.Platform.Audit;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Seeding;

/// <summary>Writes a generated demo district in one transaction, audited as one bulk event.</summary>
internal sealed class DemoDistrictSeeder(IDbContextFactory<RegistryDbContext> contexts, FieldProtector protector, TimeProvider clock)
{
    private const int BatchSize = 5_000;

    public async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return !await db.Schools.AnyAsync(ct);
    }

    public async Task<DemoDistrict> SeedAsync(DemoPreset preset, int seed, IProgress<double>? progress, CancellationToken ct)
    {
        var district = DemoDistrictGenerator.Generate(preset, seed, protector, ChinaTime.Today(clock), clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Schools.AnyAsync(ct))
        {
            throw new InvalidOperationException("数据库中已有学校数据，演示数据只能写入空库。");
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        using (AuditScope.Summarize("DemoDistrict", $"生成演示数据：{preset.Name}，种子 {seed}"))
        {
            IEnumerable<object>[] tables =
            [
                [district.Bureau], district.Departments, district.Regions, district.Zones, district.Groups, district.Schools, district.Campuses,
                district.Classes, district.Students, district.Guardians, district.Staff, district.StaffEvents,
            ];
            var total = tables.Sum(t => t.Count());
            var written = 0;
            foreach (var batch in tables.SelectMany(t => t).Chunk(BatchSize))
            {
                db.AddRange(batch);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                written += batch.Length;
                progress?.Report((double)written / total);
            }
        }

        await transaction.CommitAsync(ct);
        return district;
    }
}
