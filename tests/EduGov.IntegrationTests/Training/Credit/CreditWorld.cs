using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Security;
using EduGov.Training.Credit;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.IntegrationTests.Training.Credit;

/// <summary>Two licensed institutions and one still applying, rated once; an officer and institution A's own account.</summary>
internal sealed class CreditWorld
{
    private CreditWorld(PlatformHarness harness, Guid a, Guid b, Guid applying)
    {
        Harness = harness;
        A = a;
        B = b;
        Applying = applying;
        Officer = harness.User(Role.Officer, OrgScope.Bureau("测试区教育局"), "王科员");
        InstitutionA = harness.User(Role.Institution, new OrgScope(ScopeKind.Institution, a, "甲机构"), "甲机构管理员");
    }

    public PlatformHarness Harness { get; }
    public Guid A { get; }
    public Guid B { get; }
    public Guid Applying { get; }
    public CurrentUser Officer { get; }
    public CurrentUser InstitutionA { get; }

    public static async Task<CreditWorld> BuildAsync(PlatformHarness harness)
    {
        var now = harness.Clock.GetUtcNow().UtcDateTime;
        TrainingInstitution Make(string name, string code, InstitutionStatus status) => new()
        {
            Name = name, CreditCode = code, Address = "世纪大道100号", Kind = TrainingKind.NonAcademic, Category = TrainingCategory.ArtsCulture,
            Status = status, CreatedAt = now, UpdatedAt = now,
        };
        var a = Make("甲艺术培训中心", "91310115000000011X", InstitutionStatus.Licensed);
        var b = Make("乙体育培训中心", "91310115000000022X", InstitutionStatus.Licensed);
        var applying = Make("丙科技培训中心", "91310115000000033X", InstitutionStatus.Applying);
        await using (var db = await ContextAsync(harness))
        {
            db.Institutions.AddRange(a, b, applying);
            await db.SaveChangesAsync();
        }

        await harness.AsAsync<RecomputeCredit.Handler>(harness.System, h => h.HandleAsync());
        return new CreditWorld(harness, a.Id, b.Id, applying.Id);
    }

    public static Task<TrainingDbContext> ContextAsync(PlatformHarness harness) =>
        harness.Services.GetRequiredService<IDbContextFactory<TrainingDbContext>>().CreateDbContextAsync();

    public async Task<TrainingInstitution> InstitutionAsync(Guid id)
    {
        await using var db = await ContextAsync(Harness);
        return await db.Institutions.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    public Task<IReadOnlyList<CreditItemRef>> ItemsAsync() =>
        Harness.AsAsync<ICreditFindings, IReadOnlyList<CreditItemRef>>(Officer, f => f.ActiveItemsAsync());

    public async Task<Guid> ItemAsync(string code) => (await ItemsAsync()).Single(i => i.Code == code).Id;

    /// <summary>A finding handed over the way an inspection does: into the caller's unit of work, saved by the caller.</summary>
    public async Task<Guid> FindAsync(Guid institution, string code, int instances, DateOnly? on = null)
    {
        var item = await ItemAsync(code);
        await Harness.AsAsync<ICreditFindings>(Officer, async findings =>
        {
            await using var db = await ContextAsync(Harness);
            await findings.AddAsync(db, new CreditFinding(institution, item, instances, "抽查发现", FindingSource.Inspection, Guid.CreateVersion7(), on ?? Today));
            await db.SaveChangesAsync();
        });
        await using var read = await ContextAsync(Harness);
        return await read.CreditRecords.Where(r => r.InstitutionId == institution).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Select(r => r.Id).FirstAsync();
    }

    public DateOnly Today => EduGov.Platform.Localization.ChinaTime.Today(Harness.Clock);

    public Task<GetCreditProfile.Details> ProfileAsync(Guid id) =>
        Harness.AsAsync<GetCreditProfile.Handler, GetCreditProfile.Details>(Officer, h => h.HandleAsync(id));
}
