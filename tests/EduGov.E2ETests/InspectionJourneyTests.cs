using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace EduGov.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class InspectionJourneyTests(PlatformProcess platform)
{
    /// <summary>A tiny valid PNG: the school's evidence photo.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task SchoolAnswersWithEvidence_InspectorRechecks_BureauClosesOut()
    {
        var school = await Browser.SignInAsync(platform, "school", 390, 844);
        await Browser.OpenAsync(school, platform, "/inspection/issues");
        await Browser.ScreenshotAsync(school, "issues-390");
        await school.Locator("#count-open").ClickAsync();
        await Browser.WaitForDataAsync(school);
        var first = school.Locator("#issue-table tbody tr a").First;
        var number = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await Assertions.Expect(school.Locator("#page-title")).ToContainTextAsync(number);
        var issueUrl = school.Url;

        await school.Locator("#action-SubmitPlan").ClickAsync();
        await school.Locator("#step-text").FillAsync("更换消防通道应急照明，清理堆放杂物，每周安全巡查");
        await school.Locator("#plan-owner").FillAsync("王副校长");
        await school.Locator("#plan-due").FillAsync("2099-12-31");
        await school.Locator("#plan-due").PressAsync("Enter");
        await school.Locator("#step-submit").ClickAsync();
        await Assertions.Expect(school.Locator("#issue-plan")).ToContainTextAsync("王副校长");
        await school.Locator("#action-ReportFixed").ClickAsync();
        await school.Locator("#step-text").FillAsync("已全部整改到位");
        await school.Locator("#step-submit").ClickAsync();
        await Assertions.Expect(school.Locator("#step-files-error")).ToContainTextAsync("佐证材料");
        await school.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "整改后.png", MimeType = "image/png", Buffer = Photo });
        await Assertions.Expect(school.Locator(".eg-attachment-chip")).ToContainTextAsync("整改后.png");
        await school.Locator("#step-submit").ClickAsync();
        await Assertions.Expect(school.Locator("#page-title").Locator("..")).ToContainTextAsync("待复查");
        await Browser.ScreenshotAsync(school, "issue-detail-390");

        var inspector = await Browser.SignInAsync(platform, "inspector", 390, 844);
        await Browser.OpenAsync(inspector, platform, new Uri(issueUrl).PathAndQuery);
        await Assertions.Expect(inspector.Locator("#issue-history img")).ToHaveCountAsync(1);
        await inspector.Locator("#action-RecheckPass").ClickAsync();
        await inspector.Locator("#step-text").FillAsync("现场复查，整改到位");
        await inspector.Locator("#step-submit").ClickAsync();
        await Assertions.Expect(inspector.Locator("#page-title").Locator("..")).ToContainTextAsync("待销号");

        var bureau = await Browser.SignInAsync(platform, "officer", 1366, 900);
        await Browser.OpenAsync(bureau, platform, new Uri(issueUrl).PathAndQuery);
        await bureau.Locator("#action-CloseOut").ClickAsync();
        await bureau.Locator("#step-submit").ClickAsync();
        await Assertions.Expect(bureau.Locator("#page-title").Locator("..")).ToContainTextAsync("已销号");
        await Assertions.Expect(bureau.Locator("#issue-history")).ToContainTextAsync("复查通过");
        await Browser.ScreenshotAsync(bureau, "issue-closed-1366");
        (await bureau.Locator("#issue-actions").CountAsync()).ShouldBe(0);
    }
}
