using System.Globalization;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.IntegrationTests.Training.Inspections;

/// <summary>
/// A small supervision district written straight into the training context: 30 operating institutions (A 10, B 8, C 6, D 4,
/// E 2; 东片 and 西片), one still applying, 8 enforcement officers (the first covering 东片, linked to an inspector's
/// account), the first officer in conflict with both E-grade institutions, a holiday on 2026-12-01, and a draft plan with
/// the rule book's ratios (A 5 %, B 10 %, C 20 %, D 50 %, E 100 %) and team size.
/// </summary>
internal sealed class InspectionsWorld
{
    public const string PublicDraw = "2026137 05 09 14 21 26 33+07";
    public static readonly string[] Dice = ["27182818", "31415926"];

    private InspectionsWorld(PlatformHarness harness)
    {
        Harness = harness;
        Officer = harness.User(Role.Officer, OrgScope.Bureau("全区"), "科室业务员");
        Inspector = harness.User(Role.Inspector, OrgScope.Bureau("全区"), "督学王");
    }

    public PlatformHarness Harness { get; }
    public CurrentUser Officer { get; }
    public CurrentUser Inspector { get; }
    public List<TrainingInstitution> Institutions { get; } = [];
    public List<EnforcementOfficer> Officers { get; } = [];
    public Guid PlanId { get; private set; }

    public IDbContextFactory<TrainingDbContext> Contexts => Harness.Services.GetRequiredService<IDbContextFactory<TrainingDbContext>>();

    public CurrentUser InstitutionUser(TrainingInstitution institution) =>
        Harness.User(Role.Institution, new OrgScope(ScopeKind.Institution, institution.Id, institution.Name), institution.Name);

    public static async Task<InspectionsWorld> BuildAsync(PlatformHarness harness)
    {
        var world = new InspectionsWorld(harness);
        await world.SeedAsync();
        var defaults = await harness.AsAsync<SavePlan.Handler, SavePlan.Command>(world.Officer, h => h.DefaultsAsync());
        world.PlanId = await harness.AsAsync<SavePlan.Handler, Guid>(world.Officer, h => h.HandleAsync(defaults with { MinPerGrade = 0 }));
        return world;
    }

    public async Task<InspectionPlan> PlanAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.InspectionPlans.AsNoTracking().SingleAsync(p => p.Id == PlanId);
    }

    public async Task<List<(InspectionTask Task, List<InspectionTeamMember> Team)>> TasksAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var tasks = await db.InspectionTasks.AsNoTracking().Where(t => t.PlanId == PlanId).OrderBy(t => t.Order).ToListAsync();
        var members = await db.InspectionTeamMembers.AsNoTracking().ToListAsync();
        return [.. tasks.Select(t => (t, members.Where(m => m.TaskId == t.Id).OrderBy(m => m.Position).ToList()))];
    }

    public async Task<FreezePlan.Result> FreezeAsync() =>
        await Harness.AsAsync<FreezePlan.Handler, FreezePlan.Result>(Officer, h => h.HandleAsync(PlanId));

    public async Task<DrawPlan.Result> DrawAsync() =>
        await Harness.AsAsync<DrawPlan.Handler, DrawPlan.Result>(Officer, h => h.HandleAsync(new DrawPlan.Command(PlanId, PublicDraw, Dice)));

    private async Task SeedAsync()
    {
        var now = Harness.Clock.GetUtcNow().UtcDateTime;
        var grades = new[] { (CreditGrade.A, 10), (CreditGrade.B, 8), (CreditGrade.C, 6), (CreditGrade.D, 4), (CreditGrade.E, 2) };
        var index = 0;
        foreach (var (grade, count) in grades)
        {
            for (var i = 0; i < count; i++, index++)
            {
                Institutions.Add(Institution(index, grade, InstitutionStatus.Licensed, now));
            }
        }

        var applying = Institution(index, CreditGrade.A, InstitutionStatus.Applying, now);
        Officers.AddRange(Enumerable.Range(1, 8).Select(i => new EnforcementOfficer
        {
            Name = $"执法员{i}", Department = "校外培训监管科", CertificateNumber = string.Create(CultureInfo.InvariantCulture, $"31011500{i:00}"),
            Areas = i % 2 == 1 ? "东片" : "西片", Qualifications = "行政执法证", CreatedAt = now, UpdatedAt = now,
        }));
        Officers[0].UserId = Inspector.Id;
        Officers[0].UserName = "inspector";
        await using var db = await Contexts.CreateDbContextAsync();
        db.Institutions.AddRange(Institutions);
        db.Institutions.Add(applying);
        db.EnforcementOfficers.AddRange(Officers);
        db.OfficerConflicts.AddRange(Institutions.Where(i => i.CreditGrade == CreditGrade.E).Select(i => new OfficerConflict
        {
            OfficerId = Officers[0].Id, InstitutionId = i.Id, Reason = "近亲属在该机构任职", RecordedBy = "测试", RecordedAt = now,
        }));
        db.CalendarDays.Add(new CalendarDay { Date = new DateOnly(2026, 12, 1), IsWorkingDay = false, Name = "测试假日", CreatedAt = now });
        await db.SaveChangesAsync();
    }

    private static TrainingInstitution Institution(int index, CreditGrade grade, InstitutionStatus status, DateTime now) => new()
    {
        Name = string.Create(CultureInfo.InvariantCulture, $"测试培训中心{index + 1:00}"),
        CreditCode = string.Create(CultureInfo.InvariantCulture, $"52310115MJ{index:00000000}"),
        ZoneName = index % 2 == 0 ? "东片" : "西片",
        Kind = TrainingKind.NonAcademic,
        Category = TrainingCategory.ArtsCulture,
        Status = status,
        CreditScore = 1000,
        CreditGrade = grade,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
