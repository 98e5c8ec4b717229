using EduGov.Admission.Ceremony;
using EduGov.Admission.Domain;
using EduGov.Lottery;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Admission;

public sealed class CeremonyDrawTests
{
    private const string Seed = "490e34f3853874ac164cd3a3fc2b834bc3c20023c597620c16dad7c5f202bc6b";
    private static readonly Guid ZoneEast = Guid.CreateVersion7();
    private static readonly Guid ZoneWest = Guid.CreateVersion7();
    private static readonly DrawSchool A = new(Guid.CreateVersion7(), "S01", "甲小学", 2, true, ZoneEast);
    private static readonly DrawSchool B = new(Guid.CreateVersion7(), "S02", "乙小学", 1, true, ZoneEast);
    private static readonly DrawSchool C = new(Guid.CreateVersion7(), "S03", "丙小学", 1, true, ZoneWest);
    private static readonly DrawSchool P = new(Guid.CreateVersion7(), "S04", "民办丁小学", 1, false, ZoneWest);
    private static readonly DrawPolicy Policy = new(AssignmentMechanism.DeferredAcceptance, TieBreakKind.Shared, OrderBySeniority: true);

    private static DrawApplicant Public(string token, DrawSchool? catchment, int? category, DateOnly? since = null) =>
        new(Guid.CreateVersion7(), token, ApplicationKind.Public, catchment?.Id, category, category is null ? "" : $"类别{category}", since, []);

    private static DrawApplicant Private(string token, params DrawSchool[] choices) =>
        new(Guid.CreateVersion7(), token, ApplicationKind.Private, null, null, "", null, [.. choices.Select(c => c.Id)]);

    [Fact]
    public void DenseRanks_OrderByCategoryThenSeniority_WithMissingValuesLast()
    {
        PriorityRanking.Facts[] facts =
        [
            new(2, new DateOnly(2018, 1, 1)), new(1, new DateOnly(2020, 1, 1)), new(2, new DateOnly(2016, 1, 1)), new(null, null), new(2, null), new(1, new DateOnly(2020, 1, 1)),
        ];

        PriorityRanking.DenseRanks(facts, bySeniority: true).ShouldBe([3, 1, 2, 5, 4, 1]);
        PriorityRanking.DenseRanks(facts, bySeniority: false).ShouldBe([2, 1, 2, 3, 2, 1]);
    }

    [Fact]
    public void Setup_ListsPublicCatchmentsWithRankedPriorities_AndPrivateChoicesInOrder_InThePublishedFormats()
    {
        var setup = DrawSetup.Create(
            [Public("2026-0003", A, 2, new DateOnly(2019, 1, 1)), Public("2026-0001", A, 1), Private("2026-0002", P, A), Public("2026-0004", null, null), Public("2026-0005", A, 2, new DateOnly(2017, 1, 1))],
            [B, A, P, C], Policy);

        setup.Students.Select(s => s.Token).ShouldBe(["2026-0001", "2026-0002", "2026-0003", "2026-0004", "2026-0005"]);
        setup.SchoolsCsv().ShouldBe("school_id,capacity,name\nS01,2,甲小学\nS02,1,乙小学\nS03,1,丙小学\nS04,1,民办丁小学\n");
        setup.ApplicationsCsv().ShouldBe("student_id,rank,school_id,priority\n2026-0001,0,S01,1\n2026-0002,0,S04,1\n2026-0002,1,S01,1\n2026-0003,0,S01,3\n2026-0005,0,S01,2\n");
        setup.Pools().Select(p => (p.Key, p.Students.Count)).ShouldBe([("S01-1", 1), ("S01-2", 2), ("S01", 1), ("S04", 1)]);
        setup.Manifest().Text.ShouldBe("2026-0001\n2026-0002\n2026-0003\n2026-0004\n2026-0005\n");
    }

    [Fact]
    public void Draw_PlacesEveryChildOrGivesAReason_NeverAboveCapacity_AndOverflowPrefersTheSameZone()
    {
        var setup = DrawSetup.Create(
        [
            Public("2026-0001", A, 1), Public("2026-0002", A, 1), Public("2026-0003", A, 2), Public("2026-0004", A, 2),
            Private("2026-0005", P), Private("2026-0006", P), Public("2026-0007", null, null),
        ], [A, B, C, P], Policy with { OrderBySeniority = false });

        var draw = AdmissionDraw.Run(setup, Seed);
        var again = AdmissionDraw.Run(setup, Seed);
        var schoolOf = draw.Outcomes.ToDictionary(o => setup.Students[o.Student].Token, o => o.Placed ? setup.Schools[o.School].Code : "");

        draw.Outcomes.ShouldAllBe(o => o.Reason.Length > 0);
        draw.Outcomes.Where(o => o.Placed).GroupBy(o => o.School).ShouldAllBe(g => g.Count() <= setup.Schools[g.Key].Seats);
        again.Outcomes.Select(o => (o.School, o.Route, o.Reason)).ShouldBe(draw.Outcomes.Select(o => (o.School, o.Route, o.Reason)));
        schoolOf["2026-0001"].ShouldBe("S01");
        schoolOf["2026-0002"].ShouldBe("S01");
        new[] { schoolOf["2026-0003"], schoolOf["2026-0004"] }.ShouldContain("S02", "the better-numbered category-2 child goes to the same zone first");
        draw.Outcomes.Where(o => o.Route == OfferRoute.Overflow).ShouldAllBe(o => setup.Schools[o.School].IsPublic);
        draw.Outcomes.Count(o => !o.Placed).ShouldBe(2);
        draw.Outcomes.Where(o => !o.Placed).ShouldAllBe(o => o.Reason.Contains("暂未安排学位"));
        draw.AssignmentsCsv().ShouldStartWith("student_id,school_id\n2026-0001,S01\n2026-0002,S01\n");
        draw.AssignmentsCsv().ShouldNotContain("2026-0007");
    }

    [Fact]
    public void PoolDrawFile_IsPublishedOnlyWhereThePoolWasPickKOfNByNumber_AndMatchesTheLotteryLibrary()
    {
        var setup = DrawSetup.Create(
            [Public("2026-0001", A, 1), Public("2026-0002", A, 1), Public("2026-0003", A, 1), Private("2026-0004", P), Private("2026-0005", P)],
            [A, P], Policy);

        var draw = AdmissionDraw.Run(setup, Seed);
        var publicPool = draw.Pools.Single(p => p.Key == "S01-1");
        var privatePool = draw.Pools.Single(p => p.Key == "S04");

        draw.PoolDrawCsv(publicPool).ShouldBe(LotteryCsv.WriteDraw(LotteryDraw.Run(Seed, ["2026-0001", "2026-0002", "2026-0003"], 2)));
        publicPool.CutOff!.Number.ShouldBe(LotteryDraw.Run(Seed, ["2026-0001", "2026-0002", "2026-0003"], 2).CutOff!.Value);
        publicPool.ManifestSha256.ShouldBe(LotteryManifest.Create(["2026-0001", "2026-0002", "2026-0003"]).Sha256);
        privatePool.Admitted.ShouldBe(1);
        draw.PoolDrawCsv(privatePool).ShouldBe(LotteryCsv.WriteDraw(LotteryDraw.Run(Seed, ["2026-0004", "2026-0005"], 1)));
    }
}
