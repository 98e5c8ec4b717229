using EduGov.Admission.Applications;
using EduGov.Admission.Ceremony;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Audit;
using EduGov.Platform.Demo;
using EduGov.Platform.Localization;
using EduGov.Platform.Modules;
using EduGov.Platform.Privacy;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Demo;

/// <summary>
/// The admission part of the demo district: catchments and seats for every primary school, this year's round open with
/// applications in every verification state (two of them belong to the demo parent, phone <see cref="ParentPhone"/>),
/// and the births and enrolment history the forecast needs.
/// </summary>
internal sealed class AdmissionDemoData(
    IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry, FieldProtector protector, ApplicationClassifier classifier, TimeProvider clock,
    FreezeManifest.Handler freeze, RunDraw.Handler draw, PublishResults.Handler publish)
    : IModuleDemoData
{
    public const string ParentPhone = "13900001234";
    private const ulong StreamSalt = 0x6164_6D69_7373_696F;
    private const double ApplicantsPerSeat = 0.6;
    private const double LastYearApplicantsPerSeat = 1.05;
    private const string LastYearPublicDraw = "福彩3D第2026150期开奖号码 738";
    private static readonly string[] LastYearDice = ["4921", "0386", "7754"];

    private static readonly Weighted<ApplicationStatus> CurrentStates = new(
    [
        (ApplicationStatus.Submitted, 50), (ApplicationStatus.Verified, 35), (ApplicationStatus.Returned, 8), (ApplicationStatus.Rejected, 3), (ApplicationStatus.Withdrawn, 4),
    ]);

    public async Task<string> SeedAsync(int seed, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Rounds.AnyAsync(ct))
        {
            return "招生演示数据已存在，未重复生成。";
        }

        var random = new SeededRandom(unchecked((ulong)seed) ^ StreamSalt);
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var schools = (await registry.AllSchoolsAsync(ct)).Where(s => s.Type is SchoolType.Primary or SchoolType.NineYear or SchoolType.TwelveYear).ToList();
        var counts = await registry.GradeCountsAsync(ct);
        using (AuditScope.Summarize("AdmissionDemo", $"生成招生演示数据，种子 {seed}"))
        {
            var streets = CatchmentPlan.For([.. schools.Where(s => s.Ownership == Ownership.Public)]);
            var rules = CatchmentPlan.Rules(streets).ToList();
            db.Catchments.AddRange(rules);
            var round = DemoRounds.Current(DemoRounds.NextEntryYear(today), today, now);
            db.Rounds.Add(round);
            var seats = SeatPlans(round, schools, counts, random, now);
            db.Seats.AddRange(seats);
            var applications = Applications(round, streets, schools, rules, seats, random, now);
            db.Applications.AddRange(applications);
            db.Steps.AddRange(applications.SelectMany(a => Steps(a, now)));
            db.Parents.Add(DemoParent(applications, now));
            var (births, enrolments) = ForecastHistory.Build(schools, counts, SchoolYear(today), random);
            db.Births.AddRange(births);
            db.GradeEnrolments.AddRange(enrolments);
            var lastYear = DemoRounds.Previous(round.Year - 1, now);
            db.Rounds.Add(lastYear);
            var lastYearSeats = seats.Select(s => new SeatPlan { RoundId = lastYear.Id, SchoolId = s.SchoolId, PlannedClasses = s.PlannedClasses, ClassCap = s.ClassCap, UpdatedAt = now }).ToList();
            db.Seats.AddRange(lastYearSeats);
            var lastYearApplications = LastYearApplications(lastYear, streets, schools, rules, lastYearSeats, random, now);
            db.Applications.AddRange(lastYearApplications);
            db.Steps.AddRange(lastYearApplications.SelectMany(a => Steps(a, now)));
            await db.SaveChangesAsync(ct);
            await RunLastYearsDrawAsync(lastYear.Id, ct);
            return $"招生：{rules.Count} 条对口地段规则、{seats.Count} 所学校学位计划、{applications.Count} 份{round.Year}年报名（待审核、已通过、退回修改、不予受理、已撤回均有），"
                + $"{lastYear.Year}年 {lastYearApplications.Count} 份报名已摇号并公布结果，演示家长手机号 {ParentPhone}。";
        }
    }

    private static int SchoolYear(DateOnly today) => today.Month >= 9 ? today.Year : today.Year - 1;

    private static List<SeatPlan> SeatPlans(AdmissionRound round, IReadOnlyList<SchoolRef> schools, IReadOnlyList<GradeCount> counts, SeededRandom random, DateTime now) =>
    [
        .. schools.Select(school =>
        {
            var entrants = counts.Where(c => c.SchoolId == school.Id && c.Grade == 1).Sum(c => c.Pupils);
            var classes = Math.Max(2, (int)Math.Ceiling(entrants / (double)round.ClassCap) + random.NextInt(0, 2));
            return new SeatPlan { RoundId = round.Id, SchoolId = school.Id, PlannedClasses = classes, ClassCap = round.ClassCap, UpdatedAt = now };
        }),
    ];

    private List<Application> Applications(
        AdmissionRound round, IReadOnlyList<CatchmentPlan.Street> streets, IReadOnlyList<SchoolRef> schools, IReadOnlyList<CatchmentRule> rules,
        IReadOnlyList<SeatPlan> seats, SeededRandom random, DateTime now)
    {
        var privateSchools = schools.Where(s => s.Ownership != Ownership.Public).Select(s => s.Id).ToList();
        var factory = new ApplicantFactory(protector, classifier, random);
        var count = (int)(seats.Sum(s => s.Seats) * ApplicantsPerSeat);
        var applications = new List<Application>(count);
        for (var i = 0; i < count; i++)
        {
            var application = factory.Create(round, streets, privateSchools, rules, now.AddMinutes(-random.NextInt(1, 20 * 24 * 60)));
            Settle(application, random.Pick(CurrentStates));
            applications.Add(application);
        }

        return applications;
    }

    /// <summary>Last year's families, all verified, a few more than the seats, so the draw shows lotteries and overflow.</summary>
    private List<Application> LastYearApplications(
        AdmissionRound round, IReadOnlyList<CatchmentPlan.Street> streets, IReadOnlyList<SchoolRef> schools, IReadOnlyList<CatchmentRule> rules,
        IReadOnlyList<SeatPlan> seats, SeededRandom random, DateTime now)
    {
        var privateSchools = schools.Where(s => s.Ownership != Ownership.Public).Select(s => s.Id).ToList();
        var factory = new ApplicantFactory(protector, classifier, random);
        var submitted = new DateTime(round.ApplicationOpens.Year, round.ApplicationOpens.Month, round.ApplicationOpens.Day, 2, 0, 0, DateTimeKind.Utc);
        return
        [
            .. Enumerable.Range(0, (int)(seats.Sum(s => s.Seats) * LastYearApplicantsPerSeat)).Select(_ =>
            {
                var application = factory.Create(round, streets, privateSchools, rules, submitted.AddMinutes(random.NextInt(0, 14 * 24 * 60)));
                Settle(application, ApplicationStatus.Verified);
                return application;
            }),
        ];
    }

    /// <summary>The real ceremony, step by step, with published inputs anyone can re-run.</summary>
    private async Task RunLastYearsDrawAsync(Guid roundId, CancellationToken ct)
    {
        await freeze.HandleAsync(roundId, ct);
        await draw.HandleAsync(new RunDraw.Command(roundId, LastYearPublicDraw, LastYearDice), ct);
        await publish.HandleAsync(roundId, ct);
    }

    private static void Settle(Application application, ApplicationStatus status)
    {
        application.Status = status;
        application.ReturnReason = status switch
        {
            ApplicationStatus.Returned => "户口簿扫描件不清晰，请重新上传户主页和儿童本人页。",
            ApplicationStatus.Rejected => "儿童出生日期不在本年度入学年龄段内。",
            _ => "",
        };
    }

    private static IEnumerable<ApplicationStep> Steps(Application application, DateTime now)
    {
        var at = application.SubmittedAt ?? now;
        yield return new ApplicationStep { ApplicationId = application.Id, Action = ApplicationAction.Submitted, Text = "家长在线提交报名", ActorName = "家长", At = at };
        var decided = at.AddHours(30);
        var step = application.Status switch
        {
            ApplicationStatus.Verified => (ApplicationAction.Verified, $"材料审核通过，优先类别：{application.CategoryName}"),
            ApplicationStatus.Returned => (ApplicationAction.Returned, application.ReturnReason),
            ApplicationStatus.Rejected => (ApplicationAction.Rejected, application.ReturnReason),
            ApplicationStatus.Withdrawn => (ApplicationAction.Withdrawn, "家长撤回报名"),
            _ => ((ApplicationAction, string)?)null,
        };
        if (step is { } s)
        {
            yield return new ApplicationStep { ApplicationId = application.Id, Action = s.Item1, Text = s.Item2, ActorName = s.Item1 == ApplicationAction.Withdrawn ? "家长" : "招生办", At = decided < now ? decided : now };
        }
    }

    /// <summary>The demo parent holds one returned and one submitted application, so the portal shows both paths.</summary>
    private ParentAccount DemoParent(List<Application> applications, DateTime now)
    {
        var phone = protector.Protect(ParentPhone, Masking.Phone);
        var parent = new ParentAccount { PhoneCipher = phone.Cipher, PhoneLookup = phone.Lookup, PhoneMasked = phone.Masked, CreatedAt = now };
        foreach (var status in new[] { ApplicationStatus.Returned, ApplicationStatus.Submitted })
        {
            var application = applications.First(a => a.ParentId is null && a.Status == status && a.Kind == ApplicationKind.Public);
            application.ParentId = parent.Id;
            application.GuardianPhoneCipher = phone.Cipher;
            application.GuardianPhoneMasked = phone.Masked;
        }

        return parent;
    }
}
