using System.Text.RegularExpressions;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Funds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.IntegrationTests.Training.Funds;

/// <summary>
/// Two licensed institutions (A and B) with a running course (started 2026-11-02) and a course starting 2026-12-07,
/// custody and deposit accounts, the bureau officer and each institution's account. The harness's day is 2026-11-23 (Monday).
/// </summary>
internal sealed partial class FundsWorld
{
    private FundsWorld(PlatformHarness harness) => Harness = harness;

    public PlatformHarness Harness { get; }
    public CurrentUser Officer { get; private set; } = CurrentUser.Anonymous;
    public CurrentUser InstitutionA { get; private set; } = CurrentUser.Anonymous;
    public CurrentUser InstitutionB { get; private set; } = CurrentUser.Anonymous;
    public Guid A { get; private set; }
    public Guid B { get; private set; }
    public Guid RunningCourseA { get; private set; }
    public Guid FutureCourseA { get; private set; }
    public Guid RunningCourseB { get; private set; }

    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly DateOnly RunningStart = new(2026, 11, 2);
    public static readonly DateOnly FutureStart = new(2026, 12, 7);

    public static async Task<FundsWorld> BuildAsync(PlatformHarness harness)
    {
        var world = new FundsWorld(harness);
        await using var db = await world.ContextAsync();
        var now = harness.Clock.GetUtcNow().UtcDateTime;
        var a = Institution(db, "启明艺术培训中心", "91310115000000011X", now);
        var b = Institution(db, "博雅体育培训中心", "91310115000000022X", now);
        world.A = a.Id;
        world.B = b.Id;
        world.RunningCourseA = Course(db, a, "少儿美术", RunningStart, now);
        world.FutureCourseA = Course(db, a, "钢琴", FutureStart, now);
        world.RunningCourseB = Course(db, b, "少儿篮球", RunningStart, now);
        await db.SaveChangesAsync();
        world.Officer = harness.User(Role.Officer, OrgScope.Bureau("测试区教育局"), "李科长");
        world.InstitutionA = harness.User(Role.Institution, new OrgScope(ScopeKind.Institution, a.Id, a.Name), "启明财务");
        world.InstitutionB = harness.User(Role.Institution, new OrgScope(ScopeKind.Institution, b.Id, b.Name), "博雅财务");
        return world;
    }

    public Task<TrainingDbContext> ContextAsync() => Harness.Services.GetRequiredService<IDbContextFactory<TrainingDbContext>>().CreateDbContextAsync();

    public static RecordEnrolment.Command Charge(Guid course, int lessons, long fen, DateOnly? start = null, DateOnly? paidOn = null, DateOnly? until = null, string reference = "") =>
        new(course, "王小明", "王芳", "13912345678", lessons, fen, paidOn ?? Today, start ?? RunningStart, until ?? (start ?? RunningStart).AddMonths(3).AddDays(-1), reference);

    public Task<Guid> EnrolAsync(RecordEnrolment.Command command, CurrentUser? user = null) =>
        Harness.AsAsync<RecordEnrolment.Handler, Guid>(user ?? InstitutionA, h => h.HandleAsync(command));

    public Task<Guid> TeachAsync(Guid enrolment, DateOnly day, int lessons, CurrentUser? user = null) =>
        Harness.AsAsync<RecordLessons.Handler, Guid>(user ?? InstitutionA, h => h.HandleAsync(new RecordLessons.Command(enrolment, day, lessons)));

    public Task<GetFunds.Details> FundsAsync(Guid institution) => Harness.AsAsync<GetFunds.Handler, GetFunds.Details>(Officer, h => h.HandleAsync(institution));

    public Task<DeemOverdue.Outcome> DeemAsync() => Harness.AsAsync<DeemOverdue.Handler, DeemOverdue.Outcome>(Harness.System, h => h.HandleAsync());

    public async Task SetBalanceAsync(Guid institution, FundAccountKind kind, long fen)
    {
        await using var db = await ContextAsync();
        var account = await db.FundAccounts.SingleAsync(x => x.InstitutionId == institution && x.Kind == kind);
        account.BankBalanceFen = fen;
        account.BankBalanceOn = Today;
        await db.SaveChangesAsync();
    }

    public async Task<List<RiskAlert>> AlertsAsync(Guid institution)
    {
        await using var db = await ContextAsync();
        return await db.Alerts.AsNoTracking().Where(x => x.InstitutionId == institution).ToListAsync();
    }

    public static string TokenIn(string text) => Token().Match(text).Groups[1].Value;

    [GeneratedRegex("/training/confirm/([0-9a-f]{32})")]
    private static partial Regex Token();

    private static TrainingInstitution Institution(TrainingDbContext db, string name, string code, DateTime now)
    {
        var institution = new TrainingInstitution
        {
            Name = name, CreditCode = code, Kind = TrainingKind.NonAcademic, Category = TrainingCategory.ArtsCulture, Status = InstitutionStatus.Licensed,
            CreditScore = 1000, CreatedAt = now, UpdatedAt = now,
        };
        db.Institutions.Add(institution);
        db.Permits.Add(new SchoolPermit { InstitutionId = institution.Id, Number = "教民" + code[..6], Address = "世纪大道1号", IssuedOn = new DateOnly(2025, 1, 1), ValidUntil = new DateOnly(2028, 1, 1), CreatedAt = now });
        foreach (var kind in new[] { FundAccountKind.Custody, FundAccountKind.RiskDeposit })
        {
            db.FundAccounts.Add(new FundAccount { InstitutionId = institution.Id, Kind = kind, BankName = "测试银行", AccountName = name, AccountNumber = "6222" + code[..8], OpenedOn = new DateOnly(2025, 1, 1), CreatedAt = now });
        }

        return institution;
    }

    private static Guid Course(TrainingDbContext db, TrainingInstitution institution, string name, DateOnly start, DateTime now)
    {
        var course = new Course
        {
            InstitutionId = institution.Id, Name = name, Category = institution.Category, LessonPriceFen = 15000, TotalLessons = 24,
            StartsOn = start, EndsOn = start.AddMonths(4), CreatedAt = now, UpdatedAt = now,
        };
        db.Courses.Add(course);
        return course.Id;
    }
}
