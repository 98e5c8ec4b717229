using EduGov.Metrics.BalancedDevelopment;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Metrics;

public sealed class IndicatorValuesTests
{
    [Fact]
    public void Compute_FromRawCounts_TeachersAndClassroomsPer100Pupils_SpaceAndEquipmentPerPupil()
    {
        var school = new SchoolResources("S1", SchoolStage.Junior, Enrolment: 800, QualifiedTeachers: 40, KeyTeachers: 12, PeArtTeachers: 8,
            TeachingSpaceSquareMetres: 4000, SportsSpaceSquareMetres: 6400, EquipmentValueYuan: 2_000_000, MultimediaClassrooms: 20);

        var values = IndicatorValues.Compute(school);

        values.QualifiedTeachersPer100.ShouldBe(5m);
        values.KeyTeachersPer100.ShouldBe(1.5m);
        values.PeArtTeachersPer100.ShouldBe(1m);
        values.TeachingSpacePerPupil.ShouldBe(5m);
        values.SportsSpacePerPupil.ShouldBe(8m);
        values.EquipmentValuePerPupil.ShouldBe(2500m);
        values.MultimediaClassroomsPer100.ShouldBe(2.5m);
    }

    [Fact]
    public void Compute_WhenCountsSitExactlyOnTheNationalStandard_GivesExactlyTheStandard()
    {
        var school = new SchoolResources("S1", SchoolStage.Primary, 1000, 42, 10, 9, 4500, 7500, 2_000_000, 23);

        IndicatorValues.Compute(school).ShouldBe(BalancedDevelopmentPolicy.National2017.Primary.Minimums);
    }

    [Fact]
    public void Compute_WhenTheRatioDoesNotTerminate_KeepsDecimalPrecision()
    {
        var school = new SchoolResources("S1", SchoolStage.Primary, 3, 1, 0, 0, 10, 0, 0, 0);

        var values = IndicatorValues.Compute(school);

        values.QualifiedTeachersPer100.ShouldBe(100m / 3m);
        values.TeachingSpacePerPupil.ShouldBe(10m / 3m);
        Math.Round(values.QualifiedTeachersPer100, 4).ShouldBe(33.3333m);
    }

    [Fact]
    public void Compute_WithFractionalSharesOfANineYearSchool_Accepts()
    {
        var primaryPart = new SchoolResources("S9", SchoolStage.Primary, 600, 27.6m, 6.3m, 5.4m, 2700.5m, 4500m, 1_200_000m, 13.8m);

        var values = IndicatorValues.Compute(primaryPart);

        values.QualifiedTeachersPer100.ShouldBe(4.6m);
        values.MultimediaClassroomsPer100.ShouldBe(2.3m);
    }

    [Fact]
    public void Compute_WhenEnrolmentIsZero_ThrowsBecauseEveryIndicatorIsUndefined()
    {
        var empty = new SchoolResources("S0", SchoolStage.Junior, 0, 5, 1, 1, 100, 100, 1000, 1);

        Should.Throw<ArgumentOutOfRangeException>(() => IndicatorValues.Compute(empty)).Message.ShouldContain("学生数为 0 时无定义");
    }

    [Fact]
    public void Compute_WhenACountIsNegative_ThrowsNamingTheIndicator()
    {
        var wrong = new SchoolResources("S1", SchoolStage.Primary, 100, 5, 1, 1, 100, -1, 1000, 1);

        Should.Throw<ArgumentOutOfRangeException>(() => IndicatorValues.Compute(wrong)).Message.ShouldContain("生均体育运动场馆面积");
    }

    [Fact]
    public void Indexer_And_With_AddressEveryIndicator()
    {
        var values = new IndicatorValues(1, 2, 3, 4, 5, 6, 7);

        BalancedIndicators.All.Select(i => values[i]).ShouldBe([1m, 2m, 3m, 4m, 5m, 6m, 7m]);
        foreach (var indicator in BalancedIndicators.All)
        {
            var changed = values.With(indicator, 99m);
            BalancedIndicators.All.Where(i => changed[i] == 99m).ShouldBe([indicator]);
        }
    }

    [Fact]
    public void Codes_AreTheFileCodes_AndRoundTrip()
    {
        BalancedIndicators.All.Select(i => i.Code()).ShouldBe(
        [
            "qualified_teachers_per_100", "key_teachers_per_100", "pe_art_teachers_per_100", "teaching_space_per_pupil",
            "sports_space_per_pupil", "equipment_value_per_pupil", "multimedia_classrooms_per_100",
        ]);
        foreach (var indicator in BalancedIndicators.All)
        {
            BalancedIndicators.TryParseCode(indicator.Code(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(indicator);
        }

        BalancedIndicators.TryParseCode("school_standard", out _).ShouldBeFalse();
        SchoolStages.TryParseCode(" Junior ", out var stage).ShouldBeTrue();
        stage.ShouldBe(SchoolStage.Junior);
        SchoolStages.TryParseCode("senior", out _).ShouldBeFalse();
    }
}
