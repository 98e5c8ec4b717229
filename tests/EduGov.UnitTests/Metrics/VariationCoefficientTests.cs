using CsCheck;
using EduGov.Metrics;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Metrics;

public sealed class VariationCoefficientTests
{
    /// <summary>The five primary schools of the worked example (rules file, B2.2): (students, books).</summary>
    private static readonly (int Students, int Books)[] WorkedExample = [(45, 279), (37, 137), (89, 935), (76, 160), (55, 402)];

    private static readonly double[] BooksPerStudent = [.. WorkedExample.Select(s => (double)s.Books / s.Students)];
    private static readonly double[] Students = [.. WorkedExample.Select(s => (double)s.Students)];

    private static readonly Gen<(double Value, double Weight)[]> Schools =
        Gen.Select(Gen.Double[0.0, 5000.0], Gen.Int[1, 3000].Select(w => (double)w)).Array[1, 40];

    private static void ShouldBeClose(double actual, double expected) =>
        Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(1e-9 * Math.Max(1.0, Math.Abs(expected)), $"实际 {actual:R}，预期 {expected:R}");

    [Fact]
    public void DifferenceCoefficient_ForWorkedExample_IsWeightedByEnrolment()
    {
        var coefficient = VariationCoefficient.Weighted(BooksPerStudent, Students);

        Math.Round(coefficient, 3).ShouldBe(0.515);
        Math.Round(coefficient, 2).ShouldBe(0.52);
        coefficient.ShouldBeGreaterThan(0.50, "加权差异系数 0.515 超过小学 0.50 的标准，这个县不应通过");
    }

    [Fact]
    public void DifferenceCoefficient_ForWorkedExample_UnweightedFormulaGives0489AndWouldWronglyPass()
    {
        var unweighted = VariationCoefficient.Weighted(BooksPerStudent, [1, 1, 1, 1, 1]);

        Math.Round(unweighted, 3).ShouldBe(0.489);
        unweighted.ShouldBeLessThan(0.50);
        (VariationCoefficient.Weighted(BooksPerStudent, Students) - unweighted).ShouldBeGreaterThan(0.02);
    }

    [Fact]
    public void DifferenceCoefficient_ForWorkedExample_MeanIsDistrictResourceOverDistrictPupils()
    {
        // X̄ = 1913 / 302 = 6.334 and S = 3.264 in the source; CV = S / X̄.
        var mean = 1913.0 / 302.0;
        var spread = Math.Sqrt(WorkedExample.Sum(s => s.Students / 302.0 * Math.Pow(((double)s.Books / s.Students) - mean, 2)));

        Math.Round(mean, 3).ShouldBe(6.334);
        Math.Round(spread, 3).ShouldBe(3.264);
        ShouldBeClose(VariationCoefficient.Weighted(BooksPerStudent, Students), spread / mean);
    }

    [Fact]
    public void DifferenceCoefficient_ForTwoSchools_MatchesHandComputation()
    {
        // Equal weights: mean 2, S = 1, CV = 0.5. Weights 3 : 1: mean 1.5, S² = 0.75·0.25 + 0.25·2.25 = 0.75.
        VariationCoefficient.Weighted([1, 3], [100, 100]).ShouldBe(0.5);
        ShouldBeClose(VariationCoefficient.Weighted([1, 3], [300, 100]), Math.Sqrt(0.75) / 1.5);
    }

    [Fact]
    public void DifferenceCoefficient_WhenScalingAllValues_IsUnchanged()
    {
        Gen.Select(Schools, Gen.Double[0.001, 1000.0]).Sample((schools, factor) =>
        {
            var values = schools.Select(s => s.Value).ToArray();
            var weights = schools.Select(s => s.Weight).ToArray();

            ShouldBeClose(VariationCoefficient.Weighted([.. values.Select(v => v * factor)], weights), VariationCoefficient.Weighted(values, weights));
        });
    }

    [Fact]
    public void DifferenceCoefficient_WhenScalingAllEnrolments_IsUnchanged()
    {
        Gen.Select(Schools, Gen.Int[2, 50]).Sample((schools, factor) =>
        {
            var values = schools.Select(s => s.Value).ToArray();
            var weights = schools.Select(s => s.Weight).ToArray();

            ShouldBeClose(VariationCoefficient.Weighted(values, [.. weights.Select(w => w * factor)]), VariationCoefficient.Weighted(values, weights));
        });
    }

    [Fact]
    public void DifferenceCoefficient_WhenAllValuesAreEqual_IsExactlyZero()
    {
        Gen.Select(Gen.Double[0.0, 5000.0], Gen.Int[1, 3000].Select(w => (double)w).Array[1, 40]).Sample((value, weights) =>
        {
            VariationCoefficient.Weighted([.. weights.Select(_ => value)], weights).ShouldBe(0.0);
        });
    }

    [Fact]
    public void DifferenceCoefficient_WhenSchoolsArePermuted_IsUnchanged()
    {
        Schools.SelectMany(schools => Gen.Shuffle(schools.ToArray()).Select(shuffled => (schools, shuffled))).Sample((schools, shuffled) =>
        {
            var original = VariationCoefficient.Weighted([.. schools.Select(s => s.Value)], [.. schools.Select(s => s.Weight)]);
            var permuted = VariationCoefficient.Weighted([.. shuffled.Select(s => s.Value)], [.. shuffled.Select(s => s.Weight)]);

            ShouldBeClose(permuted, original);
        });
    }

    [Fact]
    public void DifferenceCoefficient_IsNeverNegative_AndEqualWeightsGiveThePopulationCoefficient()
    {
        Schools.Sample(schools =>
        {
            var values = schools.Select(s => s.Value).ToArray();
            var mean = values.Average();
            var population = mean == 0 ? 0 : Math.Sqrt(values.Average(v => (v - mean) * (v - mean))) / mean;

            VariationCoefficient.Weighted(values, [.. schools.Select(s => s.Weight)]).ShouldBeGreaterThanOrEqualTo(0.0);
            ShouldBeClose(VariationCoefficient.Weighted(values, [.. values.Select(_ => 7.0)]), population);
        });
    }

    [Fact]
    public void DifferenceCoefficient_WhenASchoolHasNoPupils_LeavesItOut()
    {
        Gen.Select(Schools, Gen.Double[0.0, 5000.0]).Sample((schools, emptySchoolValue) =>
        {
            var values = schools.Select(s => s.Value).ToArray();
            var weights = schools.Select(s => s.Weight).ToArray();

            VariationCoefficient.Weighted([.. values, emptySchoolValue], [.. weights, 0]).ShouldBe(VariationCoefficient.Weighted(values, weights));
        });
    }

    [Fact]
    public void DifferenceCoefficient_ForOneSchool_IsZero()
    {
        VariationCoefficient.Weighted([6.2], [45]).ShouldBe(0.0);
    }

    [Fact]
    public void DifferenceCoefficient_WhenNoSchoolHasTheResource_IsZero()
    {
        VariationCoefficient.Weighted([0, 0, 0], [120, 80, 300]).ShouldBe(0.0);
    }

    [Fact]
    public void DifferenceCoefficient_WithoutSchools_Throws()
    {
        Should.Throw<ArgumentException>(() => VariationCoefficient.Weighted([], [])).Message.ShouldContain("至少需要一所学校");
    }

    [Fact]
    public void DifferenceCoefficient_WhenLengthsDiffer_Throws()
    {
        Should.Throw<ArgumentException>(() => VariationCoefficient.Weighted([1, 2], [1])).Message.ShouldContain("个数必须相同");
    }

    [Fact]
    public void DifferenceCoefficient_WhenEveryEnrolmentIsZero_ThrowsBecauseItIsUndefined()
    {
        Should.Throw<ArgumentException>(() => VariationCoefficient.Weighted([1, 2], [0, 0])).Message.ShouldContain("无定义");
    }

    [Theory]
    [InlineData(-1.0, 10.0)]
    [InlineData(double.NaN, 10.0)]
    [InlineData(double.PositiveInfinity, 10.0)]
    [InlineData(1.0, -10.0)]
    [InlineData(1.0, double.NaN)]
    public void DifferenceCoefficient_WhenAValueOrWeightIsNegativeOrNotFinite_Throws(double value, double weight)
    {
        Should.Throw<ArgumentException>(() => VariationCoefficient.Weighted([2.0, value], [10.0, weight])).Message.ShouldContain("第 2 个");
    }
}
