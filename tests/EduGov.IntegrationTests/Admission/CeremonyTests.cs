using System.Security.Cryptography;
using System.Text;
using EduGov.Admission.Ceremony;
using EduGov.Admission.Domain;
using EduGov.Cli;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Lottery;
using EduGov.Matching;
using EduGov.Platform.Errors;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

public sealed class CeremonyTests : IDisposable
{
    public const string PublicDraw = "2026053 03 11 17 22 28 31+09";
    public static readonly string[] Dice = ["31415926", "27182818", "16180339"];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("edugov-ceremony-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Freezes, draws with the test's public draw and dice, and publishes.</summary>
    internal static async Task<RunDraw.Result> RunCeremonyAsync(CeremonyWorld world)
    {
        await world.Harness.AsAsync<FreezeManifest.Handler, FreezeManifest.Result>(world.Officer, h => h.HandleAsync(world.RoundId));
        var result = await world.Harness.AsAsync<RunDraw.Handler, RunDraw.Result>(world.Officer, h => h.HandleAsync(new RunDraw.Command(world.RoundId, PublicDraw, Dice)));
        await world.Harness.AsAsync<PublishResults.Handler>(world.Officer, h => h.HandleAsync(world.RoundId));
        return result;
    }

    internal static Task<string> FileAsync(CeremonyWorld world, string name) =>
        world.Harness.AsAsync<GetLotteryPublication.Handler, string>(EduGov.Platform.Security.CurrentUser.Anonymous, h => h.FileAsync(world.RoundId, name));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FreezeDrawPublish_GivesEveryVerifiedChildAnOfferOrAReason_WithinEverySchoolsSeats(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CeremonyWorld.BuildAsync(harness);
        var verified = await world.AddDistrictAsync();

        var freeze = await world.Harness.AsAsync<FreezeManifest.Handler, FreezeManifest.Result>(world.Officer, h => h.HandleAsync(world.RoundId));
        var tooFewDice = await Should.ThrowAsync<InvalidInputException>(() =>
            world.Harness.AsAsync<RunDraw.Handler, RunDraw.Result>(world.Officer, h => h.HandleAsync(new RunDraw.Command(world.RoundId, PublicDraw, ["12", "34"]))));
        var draw = await world.Harness.AsAsync<RunDraw.Handler, RunDraw.Result>(world.Officer, h => h.HandleAsync(new RunDraw.Command(world.RoundId, PublicDraw, Dice)));
        var again = await Should.ThrowAsync<ConflictException>(() =>
            world.Harness.AsAsync<RunDraw.Handler, RunDraw.Result>(world.Officer, h => h.HandleAsync(new RunDraw.Command(world.RoundId, PublicDraw, ["9", "9", "9"]))));
        await world.Harness.AsAsync<PublishResults.Handler>(world.Officer, h => h.HandleAsync(world.RoundId));
        var round = await world.RoundAsync();
        var applications = await world.ApplicationsAsync();
        var drawn = applications.Where(a => verified.Contains(a.Id)).ToList();
        var numbers = applications.Where(a => verified.Contains(a.Id)).Select(a => a.Number).ToList();

        freeze.Tokens.ShouldBe(30);
        freeze.Excluded.ShouldBe(1);
        freeze.ManifestSha256.ShouldBe(LotteryManifest.Create(numbers).Sha256);
        tooFewDice.Message.ShouldContain("家长代表和公证员各掷一组");
        again.Message.ShouldContain("尚未摇号");
        round.Status.ShouldBe(RoundStatus.Published);
        round.Seed.ShouldBe(LotterySeed.Derive(round.ManifestSha256!, PublicDraw, Dice));
        round.DiceValues.ShouldBe(Dice);
        draw.Applications.ShouldBe(30);
        (draw.MainRound + draw.Overflow + draw.Unplaced).ShouldBe(30);
        draw.MainRound.ShouldBe(6 + 4 + 3 + 3 + 2);
        draw.Overflow.ShouldBe(4);
        drawn.ShouldAllBe(a => a.LotteryNumber != null && a.LotteryNumber.Length == 64 && a.OfferReason.Length > 0);
        drawn.ShouldAllBe(a => (a.Status == ApplicationStatus.Offered && a.OfferedSchoolId != null) || (a.Status == ApplicationStatus.Unplaced && a.OfferedSchoolId == null));
        drawn.Where(a => a.LotteryNumber != LotteryNumber.For(round.Seed!, a.Number).ToString()).ShouldBeEmpty();
        applications.Single(a => !verified.Contains(a.Id)).Status.ShouldBe(ApplicationStatus.Submitted);
        var seats = new Dictionary<Guid, int> { [world.SchoolA] = 6, [world.SchoolB] = 5, [world.SchoolD] = 6, [world.PrivateP] = 3, [world.PrivateQ] = 2 };
        drawn.Where(a => a.OfferedSchoolId != null).GroupBy(a => a.OfferedSchoolId!.Value).ShouldAllBe(g => g.Count() <= seats[g.Key]);
        var homeOwner = drawn.First(a => a.CategoryOrder == 1);
        homeOwner.OfferedSchoolId.ShouldBe(world.SchoolA);
        homeOwner.OfferReason.ShouldContain("优先类别1“人户一致”");
        homeOwner.OfferReason.ShouldContain("共3人，录取3人");
        var latestHukou = drawn.Single(a => a.CatchmentSchoolId == world.SchoolA && a.HukouSince == new DateOnly(2020, 6, 1));
        latestHukou.OfferRoute.ShouldBe(OfferRoute.Overflow);
        latestHukou.OfferedSchoolId.ShouldBe(world.SchoolB, "统筹安排先同一学区");
        latestHukou.OfferReason.ShouldContain("对口学校浦东新区明德小学学位已满");
        drawn.Where(a => a.Kind == ApplicationKind.Private && a.Status == ApplicationStatus.Unplaced).ShouldAllBe(a => a.OfferReason.Contains("民办学校志愿均未录取"));
        foreach (var application in drawn)
        {
            var step = (await world.StepsAsync(application.Id)).Last();
            step.Action.ShouldBe(application.Status == ApplicationStatus.Offered ? ApplicationAction.Offered : ApplicationAction.Unplaced);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ThePublishedFiles_RerunThroughTheCli_ToTheSameAssignments_AndTheSameInputsGiveTheSameResult(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CeremonyWorld.BuildAsync(harness);
        await world.AddDistrictAsync();
        await RunCeremonyAsync(world);
        var round = await world.RoundAsync();
        var manifest = await FileAsync(world, "manifest.txt");
        var schools = Save("schools.csv", await FileAsync(world, "schools.csv"));
        var applicationsFile = Save("applications.csv", await FileAsync(world, "applications.csv"));
        var published = await FileAsync(world, "assignments.csv");
        var rerun = Path.Combine(_folder.FullName, "rerun.csv");
        var publication = await world.Harness.AsAsync<GetLotteryPublication.Handler, LotteryPublication>(EduGov.Platform.Security.CurrentUser.Anonymous, h => h.HandleAsync(world.RoundId));

        var exit = AdmissionMatch.Run(new AdmissionMatch.Request(schools, applicationsFile, round.Seed!, MultipleTieBreak: false, Mechanism.DeferredAcceptance, rerun), TextWriter.Null, TextWriter.Null);
        var applications = await world.ApplicationsAsync();

        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest))).ShouldBe(round.ManifestSha256);
        LotterySeed.Derive(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest))), round.PublicDraw!, round.DiceValues).ShouldBe(round.Seed);
        exit.ShouldBe(0);
        (await File.ReadAllTextAsync(rerun)).ShouldBe(published);
        var mainRound = published.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        var codes = publication.Setup.Schools.ToDictionary(s => s.Id, s => s.Code);
        foreach (var application in applications.Where(a => mainRound.ContainsKey(a.Number)))
        {
            var expected = mainRound[application.Number];
            (application.OfferRoute == OfferRoute.MainRound ? codes[application.OfferedSchoolId!.Value] : "").ShouldBe(expected, application.Number);
        }

        var recomputed = publication.Draw!;
        foreach (var outcome in recomputed.Outcomes)
        {
            var application = applications.Single(a => a.Number == recomputed.Setup.Students[outcome.Student].Token);
            application.OfferedSchoolId.ShouldBe(outcome.Placed ? recomputed.Setup.Schools[outcome.School].Id : null);
            application.OfferReason.ShouldBe(outcome.Reason);
        }

        var poolWithDraw = recomputed.Pools.First(p => recomputed.PoolDrawCsv(p) is not null);
        var poolDraw = await world.Harness.AsAsync<GetLotteryPublication.Handler, string>(EduGov.Platform.Security.CurrentUser.Anonymous, h => h.PoolFileAsync(world.RoundId, poolWithDraw.Key, "draw.csv"));
        var poolApplicants = await world.Harness.AsAsync<GetLotteryPublication.Handler, string>(EduGov.Platform.Security.CurrentUser.Anonymous, h => h.PoolFileAsync(world.RoundId, poolWithDraw.Key, "applicants.csv"));
        var check = LotteryDraw.Run(round.Seed!, LotteryCsv.ReadTokens(poolApplicants), poolWithDraw.Admitted);
        DrawVerification.Compare(check, LotteryCsv.ReadDraw(poolDraw)).IsIdentical.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BeforeTheFreeze_NothingIsPublic_AndTheFreezeNeedsAnOpenRoundWithVerifiedApplications(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var world = await CeremonyWorld.BuildAsync(harness);
        await world.AddHukouOnlyAsync();

        var hidden = await Should.ThrowAsync<NotFoundException>(() => FileAsync(world, "manifest.txt"));
        var empty = await Should.ThrowAsync<ConflictException>(() => world.Harness.AsAsync<FreezeManifest.Handler, FreezeManifest.Result>(world.Officer, h => h.HandleAsync(world.RoundId)));
        var school = await Should.ThrowAsync<ForbiddenException>(() => world.Harness.AsAsync<FreezeManifest.Handler, FreezeManifest.Result>(world.Registry.AdminA, h => h.HandleAsync(world.RoundId)));

        hidden.Message.ShouldContain("尚未冻结");
        empty.Message.ShouldContain("还没有审核通过的报名");
        school.ShouldNotBeNull();
        (await world.RoundAsync()).Status.ShouldBe(RoundStatus.Open);
    }

    private string Save(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
