using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace EduGov.E2ETests;

/// <summary>
/// The whole round in a browser: a parent signs in with a one-time code and applies on a phone, the officer returns the
/// application, the parent corrects it, it is verified, the ceremony freezes, draws and publishes, and the parent sees the
/// lottery number and the offer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AdmissionJourneyTests(PlatformProcess platform)
{
    private const string ParentPhone = "13700002468";

    [Fact]
    public async Task Parent_Applies_IsReturned_Corrects_IsVerified_AndSeesNumberAndOfferAfterTheDraw()
    {
        var officer = await Browser.SignInAsync(platform, "officer", 1366, 900);
        var (roundId, street, number) = await OpenRoundAndAStreetAsync(officer);
        var parent = await SignInParentAsync();

        var applicationId = await ApplyAsync(parent, roundId, $"上海市浦东新区{street}{number}号");
        await DecideAsync(officer, applicationId, "#decide-return", "户口簿户主页不清晰，请重新拍照上传并核对户籍登记日期。");

        await parent.GotoAsync($"{platform.BaseUrl}/apply/{applicationId}");
        await Assertions.Expect(parent.Locator("#return-reason")).ToContainTextAsync("户口簿户主页不清晰");
        await Browser.ScreenshotAsync(parent, "admission-parent-returned-390");
        await parent.Locator("#edit-application").ClickAsync();
        await parent.Locator("#hukou-since").FillAsync("2016-03-01");
        await CheckAsync(parent, "#confirmed");
        await parent.Locator("#submit-application").ClickAsync();
        await Assertions.Expect(parent.Locator("#status")).ToContainTextAsync("已提交");

        await DecideAsync(officer, applicationId, "#decide-verify", "");
        await RunCeremonyAsync(officer, roundId);

        await parent.GotoAsync($"{platform.BaseUrl}/apply/{applicationId}");
        await Assertions.Expect(parent.Locator("#lottery-number")).ToHaveTextAsync(LotteryNumber());
        await Assertions.Expect(parent.Locator("#offer")).ToBeVisibleAsync();
        await Assertions.Expect(parent.Locator("#status")).ToContainTextAsync("已录取");
        await Browser.ScreenshotAsync(parent, "admission-parent-offer-390");
    }

    private async Task<(Guid RoundId, string Street, int Number)> OpenRoundAndAStreetAsync(IPage officer)
    {
        var rounds = await (await officer.APIRequest.GetAsync($"{platform.BaseUrl}/api/v1/admission/rounds")).JsonAsync();
        var round = rounds!.Value.EnumerateArray().First(r => r.GetProperty("status").GetString() == "Open");
        var rules = await (await officer.APIRequest.GetAsync($"{platform.BaseUrl}/api/v1/admission/catchments?size=100")).JsonAsync();
        var rule = rules!.Value.GetProperty("items").EnumerateArray().First(r => r.GetProperty("street").GetString()!.Length > 0 && r.GetProperty("fromNumber").ValueKind == JsonValueKind.Number);
        return (round.GetProperty("id").GetGuid(), rule.GetProperty("street").GetString()!, rule.GetProperty("fromNumber").GetInt32());
    }

    private async Task<IPage> SignInParentAsync()
    {
        var context = await platform.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var parent = await context.NewPageAsync();
        await parent.GotoAsync($"{platform.BaseUrl}/apply/login");
        await Browser.ScreenshotAsync(parent, "admission-parent-login-390");
        await parent.Locator("#phone").FillAsync(ParentPhone);
        await parent.Locator("#send-code").ClickAsync();
        await Assertions.Expect(parent.Locator("#code")).ToBeVisibleAsync();
        await parent.Locator("#code").FillAsync(SentCode());
        await parent.Locator("#sign-in").ClickAsync();
        await parent.WaitForURLAsync(url => !url.Contains("/apply/login", StringComparison.Ordinal));
        return parent;
    }

    /// <summary>The development text-message sender logs the message with the phone masked; the code is its six digits.</summary>
    private string SentCode()
    {
        var sent = SentMessage().Matches(platform.Output);
        Assert.NotEmpty(sent);
        return sent[^1].Groups["code"].Value;
    }

    private async Task<Guid> ApplyAsync(IPage parent, Guid roundId, string address)
    {
        var birth = new DateOnly(2020, 10, 15);
        await parent.GotoAsync($"{platform.BaseUrl}/apply/new?round={roundId}");
        await parent.Locator("#child-name").FillAsync("林小禾");
        await parent.Locator("#id-number").FillAsync(EduGov.Standards.IdNumber.Compose("310115", birth, 37));
        await parent.Locator("#sex").SelectOptionAsync("Male");
        await parent.Locator("#birth-date").FillAsync(birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await parent.Locator("#guardian-name").FillAsync("林国华");
        await parent.Locator("#guardian-phone").FillAsync(ParentPhone);
        await CheckAsync(parent, "#local-hukou");
        await parent.Locator("#hukou-address").FillAsync(address);
        await parent.Locator("#hukou-since").FillAsync("2016-02-28");
        await CheckAsync(parent, "#owns-property");
        await parent.Locator("#property-address").FillAsync(address);
        await parent.Locator("#property-since").FillAsync("2015-06-01");
        await parent.Locator("#living-address").FillAsync(address);
        await parent.Locator("#kind-public").CheckAsync();
        await CheckAsync(parent, "#confirmed");
        await Browser.ScreenshotAsync(parent, "admission-parent-form-390");
        await parent.Locator("#submit-application").ClickAsync();
        await Assertions.Expect(parent.Locator("#status")).ToContainTextAsync("已提交");
        await Assertions.Expect(parent.Locator("#category")).ToContainTextAsync("人户一致");
        return Guid.Parse(ApplicationPath().Match(parent.Url).Groups["id"].Value);
    }

    private async Task DecideAsync(IPage officer, Guid applicationId, string action, string reason)
    {
        await Browser.OpenAsync(officer, platform, $"/admission/verification/{applicationId}");
        await Assertions.Expect(officer.Locator("#computed-category")).ToContainTextAsync("人户一致");
        if (reason.Length > 0)
        {
            await officer.Locator("#decision-reason").FillAsync(reason);
        }

        await Browser.ScreenshotAsync(officer, $"admission-verification-{action.TrimStart('#')}");
        await officer.Locator(action).ClickAsync();
        await Assertions.Expect(officer.Locator("#application-status")).ToContainTextAsync(action == "#decide-verify" ? "审核通过" : "退回修改");
    }

    private async Task RunCeremonyAsync(IPage officer, Guid roundId)
    {
        await Browser.OpenAsync(officer, platform, $"/admission/rounds/{roundId}/ceremony");
        await officer.Locator("#freeze").ClickAsync();
        await officer.Locator("#freeze-confirm").ClickAsync();
        await Assertions.Expect(officer.Locator("#manifest-sha256")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
        await officer.Locator("#public-draw-input").FillAsync("福彩3D第2027001期 518");
        foreach (var (dice, index) in new[] { "3807", "1945", "6620" }.Select((d, i) => (d, i)))
        {
            await officer.Locator($"#dice-{index}").FillAsync(dice);
        }

        await officer.Locator("#run-draw").ClickAsync();
        await Assertions.Expect(officer.Locator("#seed")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"), new() { Timeout = 30_000 });
        await officer.Locator("#publish").ClickAsync();
        await Assertions.Expect(officer.Locator("#published-at")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(officer, "admission-ceremony-published");
    }

    private static Task CheckAsync(IPage page, string selector) => page.Locator(selector).SetCheckedAsync(true);

    [GeneratedRegex(@"137\*\*\*\*2468：[^\r\n]*?(?<code>\d{6})")]
    private static partial Regex SentMessage();

    [GeneratedRegex(@"/apply/(?<id>[0-9a-f-]{36})")]
    private static partial Regex ApplicationPath();

    [GeneratedRegex("[0-9a-f]{64}")]
    private static partial Regex LotteryNumber();
}
