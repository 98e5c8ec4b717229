using System.Text.RegularExpressions;
using EduGov.Standards;
using Microsoft.Playwright;
using Xunit;

namespace EduGov.E2ETests;

/// <summary>
/// Training supervision in a browser: an institution registers on a phone and the bureau licenses it; a parent's prepayment
/// is taught down, confirmed from the text-message link and released; a charge over the lesson cap is refused with the rule
/// and its source.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TrainingJourneyTests(PlatformProcess platform)
{
    private const string Password = "Train@2026edu!";

    [Fact]
    public async Task Institution_RegistersOnAPhone_AndTheBureauLicensesIt()
    {
        var name = "新苗科技培训中心（浏览器测试）";
        var userName = "xinmiao-e2e";
        await RegisterAsync(name, userName);

        var officer = await Browser.SignInAsync(platform, "officer", 1366, 900);
        var applicationId = await ApplicationOfAsync(officer, name);
        await Browser.OpenAsync(officer, platform, $"/training/licensing/{applicationId}");
        await officer.Locator("#decision-permit-number").FillAsync("教民310115E2E001号");
        await officer.Locator("#decision-valid-until").FillAsync("2029-11-30");
        await officer.Locator("#decision-valid-until").PressAsync("Tab");
        await officer.Locator("#approve-application").ClickAsync();
        await Assertions.Expect(officer.Locator("#application-status")).ToContainTextAsync("准予许可");
        await Browser.ScreenshotAsync(officer, "training-licence-approved-1366");

        var institution = await (await platform.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } })).NewPageAsync();
        await Browser.SubmitSignInAsync(institution, platform, userName, Password);
        await institution.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await Browser.OpenAsync(institution, platform, "/training/portal");
        await Assertions.Expect(institution.Locator("#portal-status")).ToContainTextAsync("已许可");
        await Assertions.Expect(institution.Locator("#portal-permit")).ToContainTextAsync("教民310115E2E001号");
        await Browser.ScreenshotAsync(institution, "training-portal-licensed-390");
    }

    [Fact]
    public async Task ChargeOverTheLessonCap_IsRefused_WithTheRuleAndItsSource()
    {
        var institution = await Browser.SignInAsync(platform, "institution", 390, 844);
        await Browser.OpenAsync(institution, platform, "/training/portal/funds/enrol");
        await institution.Locator("#enrol-pupil").FillAsync("周小雨");
        await institution.Locator("#enrol-guardian").FillAsync("周海");
        await institution.Locator("#enrol-phone").FillAsync("13812345678");
        await institution.Locator("#enrol-lessons").FillAsync("80");
        await institution.Locator("#enrol-amount").FillAsync("4000");
        await institution.Locator("#enrol-amount").PressAsync("Tab");
        await institution.Locator("#submit-enrolment").ClickAsync();

        await Assertions.Expect(institution.Locator("#enrol-error")).ToContainTextAsync("60 课时");
        await Assertions.Expect(institution.Locator("#enrol-error")).ToContainTextAsync("教监管函〔2021〕2号");
        await Browser.ScreenshotAsync(institution, "training-charge-refused-390");
    }

    [Fact]
    public async Task Prepayment_IsTaughtDown_ConfirmedByTheParent_AndReleased()
    {
        var institution = await Browser.SignInAsync(platform, "institution", 390, 844);
        await EnrolAsync(institution, "吴小北", "13822223333", lessons: 20, yuan: "2400");
        var releasedBefore = await ReleasedFenAsync(institution);

        await institution.Locator("#enrolment-search").FillAsync("吴小北");
        await institution.Locator("#enrolment-table button:has-text('登记课消')").First.ClickAsync();
        await institution.Locator("#lesson-count").FillAsync("2");
        await institution.Locator("#lesson-count").PressAsync("Tab");
        await institution.Locator("#submit-lessons").ClickAsync();
        await Assertions.Expect(institution.Locator("#portal-notice")).ToBeVisibleAsync();

        var parent = await (await platform.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } })).NewPageAsync();
        await parent.GotoAsync($"{platform.BaseUrl}/training/confirm/{await ConfirmationTokenAsync("138****3333")}");
        await Assertions.Expect(parent.Locator("#lesson-pupil")).ToContainTextAsync("吴");
        await Browser.ScreenshotAsync(parent, "training-parent-confirm-390");
        await parent.Locator("#confirm-lesson").ClickAsync();
        await Assertions.Expect(parent.Locator("#confirm-done")).ToBeVisibleAsync();

        await Browser.OpenAsync(institution, platform, "/training/portal/funds");
        await institution.Locator("#release-amount").FillAsync("240");
        await institution.Locator("#release-amount").PressAsync("Tab");
        await institution.Locator("#submit-release").ClickAsync();
        await Assertions.Expect(institution.Locator("#portal-notice")).ToBeVisibleAsync();
        Assert.Equal(releasedBefore + 24000, await ReleasedFenAsync(institution));
        await Browser.ScreenshotAsync(institution, "training-released-390");
    }

    private async Task EnrolAsync(IPage institution, string pupil, string phone, int lessons, string yuan)
    {
        await Browser.OpenAsync(institution, platform, "/training/portal/funds/enrol");
        await institution.Locator("#enrol-pupil").FillAsync(pupil);
        await institution.Locator("#enrol-guardian").FillAsync("吴海");
        await institution.Locator("#enrol-phone").FillAsync(phone);
        await institution.Locator("#enrol-lessons").FillAsync(lessons.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await institution.Locator("#enrol-amount").FillAsync(yuan);
        await institution.Locator("#enrol-amount").PressAsync("Tab");
        await institution.Locator("#submit-enrolment").ClickAsync();
        await institution.WaitForURLAsync(url => url.EndsWith("/training/portal/funds", StringComparison.Ordinal));
        await Browser.WaitForInteractiveAsync(institution);
    }

    private async Task<long> ReleasedFenAsync(IPage institution)
    {
        var funds = await (await institution.APIRequest.GetAsync($"{platform.BaseUrl}/api/v1/training/funds/portal")).JsonAsync();
        return funds!.Value.GetProperty("totals").GetProperty("releasedFen").GetInt64();
    }

    /// <summary>The development text-message sender logs each message with the phone masked; the link carries the token.</summary>
    private async Task<string> ConfirmationTokenAsync(string maskedPhone)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var sent = ConfirmationLink().Matches(platform.Output).Where(m => m.Groups["phone"].Value == maskedPhone).ToList();
            if (sent.Count > 0)
            {
                return sent[^1].Groups["token"].Value;
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"没有发给 {maskedPhone} 的课消确认短信。");
    }

    [GeneratedRegex(@"→ (?<phone>1\d\d\*{4}\d{4})：[^\n]*?/training/confirm/(?<token>[0-9a-f]+)")]
    private static partial Regex ConfirmationLink();

    private async Task RegisterAsync(string name, string userName)
    {
        var visitor = await (await platform.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } })).NewPageAsync();
        await visitor.GotoAsync($"{platform.BaseUrl}/training/register");
        await visitor.Locator("#name").FillAsync(name);
        await visitor.Locator("#credit-code").FillAsync(CreditCodeFor("52310115E2E00001X"));
        await visitor.Locator("#legal-person").FillAsync("林晓");
        await visitor.Locator("#contact").FillAsync("林晓");
        await visitor.Locator("#phone").FillAsync("021-58880001");
        await visitor.Locator("#address").FillAsync("上海市浦东新区张杨路100号3楼");
        await visitor.Locator("#category").SelectOptionAsync("Science");
        await visitor.Locator("#scope").FillAsync("少儿编程、机器人");
        await visitor.Locator("#user-name").FillAsync(userName);
        await visitor.Locator("#password").FillAsync(Password);
        await Browser.ScreenshotAsync(visitor, "training-register-390");
        await visitor.Locator("#submit-registration").ClickAsync();
        await Assertions.Expect(visitor.Locator("#registered")).ToBeVisibleAsync();
    }

    private async Task<Guid> ApplicationOfAsync(IPage officer, string institutionName)
    {
        var applications = await (await officer.APIRequest.GetAsync($"{platform.BaseUrl}/api/v1/training/licensing/applications?size=100")).JsonAsync();
        return applications!.Value.GetProperty("items").EnumerateArray()
            .First(a => a.GetProperty("institutionName").GetString() == institutionName).GetProperty("id").GetGuid();
    }

    private static string CreditCodeFor(string first17) => first17 + CreditCode.ComputeCheckCharacter(first17);
}
