using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace EduGov.IntegrationTests.Training.Complaints;

/// <summary>
/// A few institutions made directly in the training tables: two licensed ones (with permit, course and custody account),
/// one closed, one applying and one refused; an officer (with a real account to assign complaints to) and an institution account.
/// </summary>
internal sealed class ComplaintsWorld
{
    public static readonly Guid ZoneEast = Guid.CreateVersion7();
    public static readonly Guid ZoneWest = Guid.CreateVersion7();

    private ComplaintsWorld(PlatformHarness harness, CurrentUser officer, Guid officerAccount)
    {
        Harness = harness;
        Officer = officer;
        OfficerAccount = officerAccount;
    }

    public PlatformHarness Harness { get; }
    public CurrentUser Officer { get; }
    public Guid OfficerAccount { get; }
    public TrainingInstitution Art { get; private set; } = null!;
    public TrainingInstitution Sports { get; private set; } = null!;
    public TrainingInstitution Closed { get; private set; } = null!;
    public TrainingInstitution Applying { get; private set; } = null!;
    public TrainingInstitution Refused { get; private set; } = null!;
    public SchoolPermit ArtPermit { get; private set; } = null!;

    public DateOnly Today => DateOnly.FromDateTime(Harness.Clock.GetUtcNow().UtcDateTime.AddHours(8));

    public CurrentUser Anonymous => CurrentUser.Anonymous;

    public CurrentUser InstitutionUser(TrainingInstitution institution) =>
        Harness.User(Role.Institution, new OrgScope(ScopeKind.Institution, institution.Id, institution.Name), "机构账号");

    public static async Task<ComplaintsWorld> BuildAsync(PlatformHarness harness)
    {
        var officerAccount = await CreateOfficerAccountAsync(harness);
        var world = new ComplaintsWorld(harness, harness.User(Role.Officer, OrgScope.Bureau("测试区教育局"), "王科员"), officerAccount);
        await world.AddInstitutionsAsync();
        return world;
    }

    public async Task<TrainingDbContext> DbAsync() =>
        await Harness.Services.GetRequiredService<IDbContextFactory<TrainingDbContext>>().CreateDbContextAsync();

    private static async Task<Guid> CreateOfficerAccountAsync(PlatformHarness harness)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserAccessor>().Set(harness.System);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var account = new UserAccount { UserName = "handler", DisplayName = "赵承办", Role = Role.Officer, ScopeKind = ScopeKind.Bureau };
        (await users.CreateAsync(account, "Handler@2026test")).Succeeded.ShouldBeTrue();
        return account.Id;
    }

    private async Task AddInstitutionsAsync()
    {
        var now = Harness.Clock.GetUtcNow().UtcDateTime;
        Art = Institution("星辰美术中心", "91310115000000011X", TrainingCategory.ArtsCulture, ZoneEast, "东片学区", InstitutionStatus.Licensed, now);
        Sports = Institution("跃动篮球中心", "91310115000000021X", TrainingCategory.Sports, ZoneWest, "西片学区", InstitutionStatus.Licensed, now);
        Closed = Institution("远航美术中心", "91310115000000031X", TrainingCategory.ArtsCulture, ZoneEast, "东片学区", InstitutionStatus.Closed, now);
        Applying = Institution("新苗美术中心", "91310115000000041X", TrainingCategory.ArtsCulture, ZoneEast, "东片学区", InstitutionStatus.Applying, now);
        Refused = Institution("青禾美术中心", "91310115000000051X", TrainingCategory.ArtsCulture, ZoneEast, "东片学区", InstitutionStatus.Refused, now);
        ArtPermit = new SchoolPermit
        {
            InstitutionId = Art.Id, Number = "教民31011570001号", Scope = "少儿美术", Address = "张杨路1号", IssuedOn = Today.AddYears(-1),
            ValidUntil = Today.AddYears(2), CreatedAt = now,
        };
        await using var db = await DbAsync();
        db.Institutions.AddRange(Art, Sports, Closed, Applying, Refused);
        db.Permits.Add(ArtPermit);
        db.Permits.Add(new SchoolPermit { InstitutionId = Sports.Id, Number = "教民31011570002号", Scope = "篮球", Address = "东方路2号", IssuedOn = Today.AddYears(-1), ValidUntil = Today.AddYears(2), CreatedAt = now });
        db.Courses.Add(new Course
        {
            InstitutionId = Art.Id, Name = "少儿美术", Category = TrainingCategory.ArtsCulture, Grades = "一至三年级", LessonPriceFen = 15000, LessonMinutes = 60,
            TotalLessons = 24, StartsOn = Today, EndsOn = Today.AddMonths(3), RefundPolicy = "开课前全额退费", CreatedAt = now, UpdatedAt = now,
        });
        db.FundAccounts.Add(new FundAccount
        {
            InstitutionId = Art.Id, Kind = FundAccountKind.Custody, BankName = "中国工商银行上海浦东分行", AccountName = Art.Name, AccountNumber = "1001234567890123",
            OpenedOn = Today.AddYears(-1), CreatedAt = now,
        });
        await db.SaveChangesAsync();
    }

    private static TrainingInstitution Institution(string name, string code, TrainingCategory category, Guid zone, string zoneName, InstitutionStatus status, DateTime now) => new()
    {
        Name = name, CreditCode = code, Category = category, Kind = TrainingKind.NonAcademic, ZoneId = zone, ZoneName = zoneName, Status = status,
        Address = "测试路1号", CreditScore = 1000, CreatedAt = now, UpdatedAt = now,
    };
}
