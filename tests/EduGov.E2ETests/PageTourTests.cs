using Microsoft.Playwright;
using Xunit;

namespace EduGov.E2ETests;

/// <summary>Every staff page opens, becomes interactive and shows its title without an error, on a laptop and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTourTests(PlatformProcess platform)
{
    public static TheoryData<int, int> Viewports => new() { { 1366, 900 }, { 390, 844 } };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task OfficerPages_RenderWithoutErrors(int width, int height)
    {
        var page = await Browser.SignInAsync(platform, "officer", width, height);
        string[] paths = ["/registry/schools", "/registry/students", "/registry/record-changes", "/registry/staff", "/registry/organisation", "/registry/students/new", "/registry/staff/new", "/account/security", "/import", "/import/staff"];
        foreach (var path in paths)
        {
            await Browser.OpenAsync(page, platform, path);
            await Assertions.Expect(page.Locator("#page-title")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".mud-alert-text-error")).ToHaveCountAsync(0);
            await Browser.ScreenshotAsync(page, $"{path.Trim('/').Replace('/', '-')}-{width}");
        }

        await Browser.OpenAsync(page, platform, "/registry/schools");
        var schoolLink = page.Locator("#school-table a").First;
        var schoolName = await schoolLink.InnerTextAsync();
        await schoolLink.ClickAsync();
        await Assertions.Expect(page.Locator("#page-title")).ToContainTextAsync(schoolName);
        await Browser.WaitForDataAsync(page);
        await Browser.ScreenshotAsync(page, $"school-detail-{width}");
        await Browser.OpenAsync(page, platform, "/registry/staff");
        var staffLink = page.Locator("#staff-table a").First;
        var staffName = await staffLink.InnerTextAsync();
        await staffLink.ClickAsync();
        await Assertions.Expect(page.Locator("#page-title")).ToContainTextAsync(staffName);
        await Browser.WaitForDataAsync(page);
        await Browser.ScreenshotAsync(page, $"staff-detail-{width}");
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task InspectionPages_RenderWithoutErrors(int width, int height)
    {
        var page = await Browser.SignInAsync(platform, "officer", width, height);
        string[] paths =
        [
            "/inspection/inspectors", "/inspection/signs", "/inspection/visits", "/inspection/templates", "/inspection/issues",
            "/inspection/bulletins", "/inspection/balanced", "/inspection/facilities", "/inspection/settings", "/inspection/inspectors/new",
            "/inspection/templates/new",
        ];
        foreach (var path in paths)
        {
            await Browser.OpenAsync(page, platform, path);
            await Assertions.Expect(page.Locator("#page-title")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".mud-alert-text-error")).ToHaveCountAsync(0);
            await Browser.ScreenshotAsync(page, $"{path.Trim('/').Replace('/', '-')}-{width}");
        }

        await Browser.OpenAsync(page, platform, "/inspection/issues");
        await page.Locator("#issue-table tbody tr a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#issue-history")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, $"inspection-issue-{width}");
        await page.Locator("#open-plan").ClickAsync();
        await Assertions.Expect(page.Locator("#rectification-plan")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, $"inspection-plan-{width}");
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task AdmissionPages_RenderWithoutErrors(int width, int height)
    {
        var page = await Browser.SignInAsync(platform, "officer", width, height);
        string[] paths =
        [
            "/admission/rounds", "/admission/seats", "/admission/catchments", "/admission/applications", "/admission/verification",
            "/admission/ceremony", "/admission/results", "/admission/appeals", "/admission/forecast",
        ];
        foreach (var path in paths)
        {
            await Browser.OpenAsync(page, platform, path);
            await Assertions.Expect(page.Locator("#page-title")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".mud-alert-text-error")).ToHaveCountAsync(0);
            await Browser.ScreenshotAsync(page, $"{path.Trim('/').Replace('/', '-')}-{width}");
        }

        var rounds = await (await page.APIRequest.GetAsync($"{platform.BaseUrl}/api/v1/admission/rounds")).JsonAsync();
        var published = rounds!.Value.EnumerateArray().First(r => r.GetProperty("status").GetString() == "Published").GetProperty("id").GetGuid();
        await Browser.OpenAsync(page, platform, $"/admission/rounds/{published}");
        await Assertions.Expect(page.Locator("#page-title")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, $"admission-round-{width}");
        await Browser.OpenAsync(page, platform, $"/admission/rounds/{published}/ceremony");
        await Assertions.Expect(page.Locator("#seed")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, $"admission-ceremony-{width}");

        var visitor = await (await platform.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } })).NewPageAsync();
        foreach (var path in new[] { "/public/catchment?address=%E4%B8%9C%E6%98%8E%E8%B7%AF100%E5%8F%B7", $"/public/lottery/{published}", $"/public/results/{published}" })
        {
            await visitor.GotoAsync(platform.BaseUrl + path);
            await Assertions.Expect(visitor.Locator("#page-title")).ToBeVisibleAsync();
            await Browser.ScreenshotAsync(visitor, $"public-{path.Split('/')[2].Split('?')[0]}-{width}");
        }
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task TrainingPages_RenderWithoutErrors(int width, int height)
    {
        var officer = await Browser.SignInAsync(platform, "officer", width, height);
        string[] staffPaths =
        [
            "/training", "/training/institutions", "/training/changes", "/training/licensing", "/training/licensing/reviews", "/training/funds",
            "/training/alerts", "/training/credit", "/training/credit/catalogue", "/training/credit/lists", "/training/credit/objections",
            "/training/credit/repairs", "/training/inspections", "/training/inspections/officers", "/training/inspections/tasks",
            "/training/inspections/rectifications", "/training/complaints", "/training/referrals", "/training/penalties", "/training/rules",
        ];
        await TourAsync(officer, staffPaths, width);
        var institutions = await (await officer.APIRequest.GetAsync($"{platform.BaseUrl}/api/v1/training/institutions?size=1")).JsonAsync();
        var institutionId = institutions!.Value.GetProperty("items")[0].GetProperty("id").GetGuid();
        await TourAsync(officer, [$"/training/institutions/{institutionId}", $"/training/funds/{institutionId}", $"/training/credit/{institutionId}"], width);

        var institution = await Browser.SignInAsync(platform, "institution", width, height);
        string[] portalPaths =
        [
            "/training/portal", "/training/portal/changes", "/training/portal/notices", "/training/portal/licensing", "/training/portal/funds",
            "/training/portal/funds/enrol", "/training/portal/credit", "/training/portal/rectifications", "/training/portal/complaints",
        ];
        await TourAsync(institution, portalPaths, width);

        var visitor = await (await platform.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } })).NewPageAsync();
        foreach (var path in new[] { "/public/training", $"/public/training/{institutionId}", "/public/training/lists", "/public/training/complaint", "/training/register" })
        {
            await visitor.GotoAsync(platform.BaseUrl + path);
            await Assertions.Expect(visitor.Locator("#page-title")).ToBeVisibleAsync();
            await Browser.ScreenshotAsync(visitor, $"{path.Trim('/').Replace('/', '-')}-{width}");
        }
    }

    /// <summary>Opens each page and checks it has its title and no error message; red alerts without a close button are content (a serious risk alert, an overdue notice).</summary>
    private async Task TourAsync(IPage page, IEnumerable<string> paths, int width)
    {
        foreach (var path in paths)
        {
            await Browser.OpenAsync(page, platform, path);
            await Assertions.Expect(page.Locator("#page-title")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".mud-alert-text-error:has(button)")).ToHaveCountAsync(0);
            await Browser.ScreenshotAsync(page, $"{path.Trim('/').Replace('/', '-')}-{width}");
        }
    }

    [Fact]
    public async Task EnglishSwitch_TranslatesTheNavigation()
    {
        var page = await Browser.SignInAsync(platform, "leader", 1366, 900);
        await page.GotoAsync($"{platform.BaseUrl}/culture/set?culture=en&redirect=/");
        await Browser.OpenAsync(page, platform, "/");
        await Assertions.Expect(page.Locator(".mud-drawer")).ToContainTextAsync("Students");
        await Assertions.Expect(page.Locator(".mud-appbar")).ToContainTextAsync("Education Bureau Platform");
        await Browser.ScreenshotAsync(page, "home-english");
    }
}
