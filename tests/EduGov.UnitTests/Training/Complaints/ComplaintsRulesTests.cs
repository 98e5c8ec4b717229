using EduGov.Platform.Files;
using EduGov.Training;
using EduGov.Training.Complaints;
using EduGov.Training.Domain;
using EduGov.Training.Rules;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Training.Complaints;

/// <summary>The complaints part's names, numbers and the rule-value checks of the rules page.</summary>
public sealed class ComplaintsRulesTests
{
    [Fact]
    public void EveryStateAndKind_HasAChineseName_WithAnEnglishTranslation()
    {
        IEnumerable<string> names =
        [
            .. Enum.GetValues<ComplaintChannel>().Select(ComplaintsNames.Of),
            .. Enum.GetValues<ComplaintCategory>().Select(ComplaintsNames.Of),
            .. Enum.GetValues<ComplaintStatus>().Select(ComplaintsNames.Of),
            .. Enum.GetValues<ComplaintStepKind>().Select(ComplaintsNames.Of),
            .. Enum.GetValues<ReferralAuthority>().Select(ComplaintsNames.Of),
            .. Enum.GetValues<ReferralStatus>().Select(ComplaintsNames.Of),
            .. Enum.GetValues<PenaltyType>().Select(ComplaintsNames.Of),
            .. RuleCatalog.All.SelectMany(r => new[] { r.Title, r.Group }),
        ];

        names.Where(n => !TrainingTexts.English.ContainsKey(n)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2026, 1, "2026-00001")]
    [InlineData(2027, 12345, "2027-12345")]
    public void ComplaintNumbers_AreYearAndFiveDigits(int year, int sequence, string expected) =>
        SubmitComplaint.NumberOf(year, sequence).ShouldBe(expected);

    [Fact]
    public void ComplaintPhoto_IsAJpegOrPng_JudgedByContent()
    {
        FileCheck.ProblemOf(new UploadedFile("收据.pdf", [0xFF, 0xD8, 0xFF, 0xE0]), SubmitComplaint.PhotoPolicy).ShouldBeNull();
        FileCheck.ProblemOf(new UploadedFile("a.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]), SubmitComplaint.PhotoPolicy).ShouldBeNull();
        FileCheck.ProblemOf(new UploadedFile("a.jpg", "%PDF-1.7"u8.ToArray()), SubmitComplaint.PhotoPolicy).ShouldBe("“a.jpg”不是 JPG 或 PNG 图片");
    }

    [Theory]
    [InlineData(RuleCatalog.SampleRatioA, "0", true)]
    [InlineData(RuleCatalog.SampleRatioA, "100", true)]
    [InlineData(RuleCatalog.SampleRatioA, "100.5", false)]
    [InlineData(RuleCatalog.SampleRatioA, "-1", false)]
    [InlineData(RuleCatalog.ChargeMaxYuan, "4500.5", true)]
    [InlineData(RuleCatalog.ChargeMaxYuan, "0", false)]
    [InlineData(RuleCatalog.ChargeMaxLessons, "48", true)]
    [InlineData(RuleCatalog.ChargeMaxLessons, "48.5", false)]
    [InlineData(RuleCatalog.AlertSurgeRatio, "2.5", true)]
    public void RuleValues_PercentagesLieIn0To100_OthersArePositive_WholeWhereTheUnitCounts(string key, string value, bool valid) =>
        (AddRuleVersion.ValueProblem(RuleCatalog.Get(key), decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) is null).ShouldBe(valid);
}
