using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace EduGov.E2ETests;

/// <summary>
/// 双随机 in a browser: the officer plans a batch, freezes the lists and draws; the inspection of the demo institution finds a
/// breach and its credit score drops; the institution objects from its portal on a phone; the officer upholds the objection and
/// the score comes back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TrainingInspectionJourneyTests(PlatformProcess platform)
{
    [Fact]
    public async Task InspectionDraw_FindsABreach_TheGradeDrops_TheInstitutionObjects_AndTheObjectionIsDecided()
    {
        var institution = await Browser.SignInAsync(platform, "institution", 390, 844);
        var before = await OwnCreditAsync(institution);
        var officer = await Browser.SignInAsync(platform, "officer", 1366, 900);

        await PlanEveryInstitutionAsync(officer, "2026年第九批双随机抽查（浏览器测试）");
        await FreezeAndDrawAsync(officer);
        await Browser.ScreenshotAsync(officer, "training-inspection-drawn-1366");

        var description = "前台张贴的收费标准与备案不一致（浏览器测试）";
        await InspectAsync(officer, before.Name, description);
        var after = await OwnCreditAsync(institution);
        Assert.True(after.Score < before.Score, $"检查发现问题后信用分应下降：{before.Score} → {after.Score}");
        Assert.True(string.CompareOrdinal(after.Grade, before.Grade) > 0, $"扣 100 分后信用等级应下降：{before.Grade} → {after.Grade}");
        await Browser.OpenAsync(officer, platform, $"/training/credit/{before.Id}");
        await Assertions.Expect(officer.Locator("#credit-score")).ToHaveTextAsync(after.Score.ToString(CultureInfo.InvariantCulture));

        var reason = "检查当日收费公示栏已按备案标准更换，照片附后。";
        await ObjectAsync(institution, after.RecordId(description), reason);
        await UpholdAsync(officer, reason);

        var decided = await OwnCreditAsync(institution);
        Assert.Equal((before.Score, before.Grade), (decided.Score, decided.Grade));
        await Browser.OpenAsync(institution, platform, "/training/portal/credit");
        await Assertions.Expect(institution.Locator("#credit-score")).ToHaveTextAsync(before.Score.ToString(CultureInfo.InvariantCulture));
        await Browser.ScreenshotAsync(institution, "training-objection-upheld-390");
    }

    private async Task PlanEveryInstitutionAsync(IPage officer, string name)
    {
        await Browser.OpenAsync(officer, platform, "/training/inspections");
        await officer.Locator("#new-plan").ClickAsync();
        await officer.Locator("#plan-name").FillAsync(name);
        foreach (var grade in new[] { "A", "B", "C", "D", "E" })
        {
            await officer.Locator($"#ratio-{grade}").FillAsync("100");
        }

        if (await officer.Locator("#plan-exclude-recent").IsCheckedAsync())
        {
            await officer.GetByText("不抽取本年度已检查过的机构").ClickAsync();
        }

        await Browser.ScreenshotAsync(officer, "training-inspection-plan-1366");
        await officer.Locator("#plan-save").ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("/training/inspections/plans/", StringComparison.Ordinal));
        await Browser.WaitForInteractiveAsync(officer);
        await Browser.WaitForDataAsync(officer);
    }

    private static async Task FreezeAndDrawAsync(IPage officer)
    {
        await officer.Locator("#freeze").ClickAsync();
        await Assertions.Expect(officer.Locator("#manifest-sha256")).ToHaveTextAsync(Sha256Hex());
        await officer.Locator("#public-draw-input").FillAsync("03 11 17 22 28 31 + 09");
        await officer.Locator("#dice-0").FillAsync("356");
        await officer.Locator("#dice-1").FillAsync("224");
        await officer.Locator("#dice-1").PressAsync("Tab");
        await officer.Locator("#run-draw").ClickAsync();
        await Assertions.Expect(officer.Locator("#seed")).ToHaveTextAsync(Sha256Hex());
        await Assertions.Expect(officer.Locator("#plan-status")).ToContainTextAsync("已抽取");
    }

    /// <summary>On a phone, as an officer in the field would: one item does not comply and the finding costs 10 × 10 points.</summary>
    private static async Task InspectAsync(IPage officer, string institutionName, string description)
    {
        await officer.Locator("#task-table a", new() { HasText = institutionName }).ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("/training/inspections/tasks/", StringComparison.Ordinal));
        await officer.SetViewportSizeAsync(390, 844);
        await Browser.WaitForInteractiveAsync(officer);
        await Browser.WaitForDataAsync(officer);
        await officer.Locator("#check-0 label", new() { HasText = "不符合" }).First.ClickAsync();
        await officer.Locator("#check-note-0").FillAsync("收费公示与备案标准不一致");
        await officer.Locator("#add-finding").ClickAsync();
        await Browser.SelectAsync(officer, "finding-item-0", "按合同约定退费");
        await officer.Locator("#finding-instances-0").FillAsync("10");
        await officer.Locator("#finding-description-0").FillAsync(description);
        await officer.Locator("#finding-description-0").PressAsync("Tab");
        await Browser.ScreenshotAsync(officer, "training-inspection-form-390");
        await officer.Locator("#submit-inspection").ClickAsync();
        await Assertions.Expect(officer.Locator("#inspection-record")).ToContainTextAsync(description);
        await Assertions.Expect(officer.Locator("#task-status")).Not.ToContainTextAsync("待检查");
        await Browser.ScreenshotAsync(officer, "training-inspection-submitted-390");
        await officer.SetViewportSizeAsync(1366, 900);
    }

    private async Task ObjectAsync(IPage institution, Guid recordId, string reason)
    {
        await Browser.OpenAsync(institution, platform, "/training/portal/credit");
        await institution.Locator($"[data-object='{recordId}']").ClickAsync();
        await institution.Locator("#objection-reason").FillAsync(reason);
        await institution.Locator("#objection-reason").PressAsync("Tab");
        await institution.Locator("#portal-submit").ClickAsync();
        await Assertions.Expect(institution.Locator("#portal-form")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(institution, "training-objection-submitted-390");
    }

    private async Task UpholdAsync(IPage officer, string reason)
    {
        await Browser.OpenAsync(officer, platform, "/training/credit/objections");
        var objection = officer.Locator("[data-objection]", new() { HasText = reason });
        await objection.Locator("textarea").FillAsync("经核查，检查当日已更换公示栏，异议成立，撤销该记录。");
        await objection.Locator("textarea").PressAsync("Tab");
        await Browser.ScreenshotAsync(officer, "training-objection-deciding-1366");
        await objection.Locator("[data-uphold]").ClickAsync();
        await Assertions.Expect(officer.Locator("[data-objection]", new() { HasText = reason }).Locator("[data-uphold]")).ToHaveCountAsync(0);
    }

    private async Task<OwnCredit> OwnCreditAsync(IPage institution)
    {
        var profile = (await (await institution.APIRequest.GetAsync($"{platform.BaseUrl}/api/v1/training/portal/credit")).JsonAsync())!.Value;
        return new OwnCredit(profile.GetProperty("id").GetGuid(), profile.GetProperty("name").GetString()!, profile.GetProperty("score").GetInt32(), profile.GetProperty("grade").GetRawText(), profile.GetProperty("records").Clone());
    }

    private sealed record OwnCredit(Guid Id, string Name, int Score, string Grade, JsonElement Records)
    {
        public Guid RecordId(string description) =>
            Records.EnumerateArray().Single(r => r.GetProperty("description").GetString() == description).GetProperty("id").GetGuid();
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
