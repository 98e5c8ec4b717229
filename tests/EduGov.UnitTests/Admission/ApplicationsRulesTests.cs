using EduGov.Admission;
using EduGov.Admission.Applications;
using EduGov.Admission.Domain;
using EduGov.Platform.Files;
using EduGov.Registry.Contracts;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Admission;

/// <summary>The round's rules, application numbers, registry flags and the proof files accepted.</summary>
public sealed class ApplicationsRulesTests
{
    private static readonly Guid PrivateA = Guid.CreateVersion7();
    private static readonly Guid PrivateB = Guid.CreateVersion7();

    private static AdmissionRound Round() => new()
    {
        Name = "2026年小学招生", Year = 2026, Stage = Stage.Primary, Status = RoundStatus.Open,
        CohortFrom = new DateOnly(2019, 9, 1), CohortTo = new DateOnly(2020, 8, 31),
        ApplicationOpens = new DateOnly(2026, 4, 20), ApplicationCloses = new DateOnly(2026, 4, 30), VerificationCloses = new DateOnly(2026, 5, 10),
        PrivateChoices = 2,
    };

    [Theory]
    [InlineData(2026, Stage.Primary, 1, "2026P00001")]
    [InlineData(2026, Stage.Junior, 123, "2026J00123")]
    [InlineData(2027, Stage.Primary, 99_999, "2027P99999")]
    public void Number_IsYearStageAndFiveDigits(int year, Stage stage, int sequence, string expected) =>
        ApplicationNumbers.Format(year, stage, sequence).ShouldBe(expected);

    [Theory]
    [InlineData(null, 1)]
    [InlineData("2026P00001", 2)]
    [InlineData("2026J00999", 1000)]
    public void Next_FollowsTheHighestNumber(string? highest, int expected) => ApplicationNumbers.Next(highest).ShouldBe(expected);

    [Fact]
    public void Window_OpenOnlyBetweenOpeningAndClosing()
    {
        var round = Round();

        ApplicationRules.WindowProblem(round, new DateOnly(2026, 4, 19)).ShouldBe("2026年小学招生的报名将于 2026-04-20 开始");
        ApplicationRules.WindowProblem(round, new DateOnly(2026, 4, 20)).ShouldBeNull();
        ApplicationRules.WindowProblem(round, new DateOnly(2026, 4, 30)).ShouldBeNull();
        ApplicationRules.WindowProblem(round, new DateOnly(2026, 5, 1)).ShouldBe("2026年小学招生的报名已于 2026-04-30 截止");
        ApplicationRules.WindowProblem(new AdmissionRound { Name = "草稿轮次", Status = RoundStatus.Draft }, new DateOnly(2026, 4, 25)).ShouldBe("草稿轮次未开放报名");
        ApplicationRules.ResubmitProblem(round, new DateOnly(2026, 5, 10)).ShouldBeNull();
        ApplicationRules.ResubmitProblem(round, new DateOnly(2026, 5, 11)).ShouldNotBeNull();
    }

    [Fact]
    public void Problems_CohortAndPrivateChoices()
    {
        var round = Round();
        var publicInput = new ApplicationInput();
        var privateInput = new ApplicationInput { Kind = ApplicationKind.Private, PrivateChoices = [PrivateA, Guid.CreateVersion7()] };

        ApplicationRules.Problems(round, new DateOnly(2019, 9, 1), publicInput, []).ShouldBeEmpty();
        ApplicationRules.Problems(round, new DateOnly(2020, 8, 31), publicInput, []).ShouldBeEmpty();
        ApplicationRules.Problems(round, new DateOnly(2020, 9, 1), publicInput, [])["IdNumber"]
            .ShouldBe("出生日期 2020-09-01 不在本轮招生的入学年龄段（2019-09-01 至 2020-08-31 出生）内");
        ApplicationRules.Problems(round, new DateOnly(2020, 1, 1), privateInput, [PrivateA, PrivateB])["PrivateChoices"].ShouldBe("第 2 志愿不是本轮招生的民办小学");
        ApplicationRules.Problems(round, new DateOnly(2020, 1, 1), privateInput with { PrivateChoices = [PrivateA, PrivateB, Guid.CreateVersion7()] }, [PrivateA, PrivateB])["PrivateChoices"]
            .ShouldBe("本轮最多填报 2 个民办志愿");
        ApplicationRules.Problems(round, new DateOnly(2020, 1, 1), privateInput with { PrivateChoices = [PrivateB, PrivateA] }, [PrivateA, PrivateB]).ShouldBeEmpty();
    }

    [Fact]
    public void EligiblePrivate_TeachesTheStageAndHasSeats()
    {
        var seats = new Dictionary<Guid, int> { [PrivateA] = 90 };
        SchoolRef School(Guid id, SchoolType type, Ownership ownership) => new(id, "2131000009", "民办学校", type, ownership, null, null, "");

        ApplicationRules.IsEligiblePrivate(School(PrivateA, SchoolType.NineYear, Ownership.Private), Stage.Primary, seats).ShouldBeTrue();
        ApplicationRules.IsEligiblePrivate(School(PrivateA, SchoolType.Junior, Ownership.Private), Stage.Primary, seats).ShouldBeFalse();
        ApplicationRules.IsEligiblePrivate(School(PrivateA, SchoolType.Primary, Ownership.Public), Stage.Primary, seats).ShouldBeFalse();
        ApplicationRules.IsEligiblePrivate(School(PrivateB, SchoolType.Primary, Ownership.SubsidizedPrivate), Stage.Primary, seats).ShouldBeFalse();
    }

    [Fact]
    public void RegistryFlag_OnlyForAPupilAlreadyInTheStage()
    {
        RegistryFlags.Describe(null, Stage.Primary).ShouldBe("");
        RegistryFlags.Describe(new PupilHolder(Guid.Empty, "林*", "明德幼儿园", 0, StudentStatus.Enrolled), Stage.Primary).ShouldBe("");
        RegistryFlags.Describe(new PupilHolder(Guid.Empty, "林*", "浦东新区明德小学", 1, StudentStatus.Enrolled), Stage.Primary).ShouldBe("已在浦东新区明德小学一年级就读（学籍在读）");
        RegistryFlags.Describe(new PupilHolder(Guid.Empty, "林*", "浦东新区明德小学", 6, StudentStatus.Enrolled), Stage.Junior).ShouldBe("");
        RegistryFlags.Describe(new PupilHolder(Guid.Empty, "林*", "建平初级中学", 7, StudentStatus.Suspended), Stage.Junior).ShouldBe("学籍在建平初级中学初一（休学）");
    }

    [Fact]
    public void ProofFiles_ArePdfJpegOrPng_OfTenMegabytesAtMost()
    {
        FileCheck.Verify(new UploadedFile("户口簿.pdf", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), ApplicationDocuments.Policy, "Content").FileName.ShouldBe("户口簿.jpg");
        FileCheck.ProblemOf(new UploadedFile("a.exe", "MZ\x90\0"u8.ToArray()), ApplicationDocuments.Policy).ShouldBe("“a.exe”不是 JPG、PNG 或 PDF 文件");
        ApplicationDocuments.Policy.MaxBytes.ShouldBe(10 * 1024 * 1024);
    }

    [Theory]
    [InlineData("父亲", Relation.Parent)]
    [InlineData("外婆", Relation.Grandparent)]
    [InlineData("本人", Relation.Self)]
    [InlineData("其他", Relation.Other)]
    [InlineData("邻居", null)]
    public void Relation_IsReadAsFamiliesWriteIt(string text, Relation? expected) => AdmissionNames.ParseRelation(text).ShouldBe(expected);
}
