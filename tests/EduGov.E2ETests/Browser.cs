using Microsoft.Playwright;

namespace EduGov.E2ETests;

/// <summary>What every browser test does: sign in through the form, open a page and wait until it is interactive, take a screenshot.</summary>
internal static class Browser
{
    public static async Task<IPage> SignInAsync(PlatformProcess platform, string userName, int width, int height)
    {
        var context = await platform.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await SubmitSignInAsync(page, platform, userName, "Demo@2026edu");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>Opens a MudBlazor select by its input's id and picks the option showing <paramref name="option"/> (null: the first).</summary>
    public static async Task SelectAsync(IPage page, string id, string? option)
    {
        await page.Locator($"div.mud-select:has(#{id})").Last.ClickAsync();
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await (option is null ? options.First : options.Filter(new() { HasText = option }).First).ClickAsync();
    }

    /// <summary>Fills and submits the sign-in form, as a person would.</summary>
    public static async Task SubmitSignInAsync(IPage page, PlatformProcess platform, string userName, string password)
    {
        await page.GotoAsync($"{platform.BaseUrl}/account/login");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
    }

    /// <summary>Staff pages are prerendered, then become interactive; typing before that would be lost.</summary>
    public static async Task OpenAsync(IPage page, PlatformProcess platform, string path)
    {
        await page.GotoAsync(platform.BaseUrl + path);
        await WaitForInteractiveAsync(page);
        await WaitForDataAsync(page);
    }

    /// <summary>Lists load after the page becomes interactive; their progress bars go away when the data is there.</summary>
    public static Task WaitForDataAsync(IPage page) =>
        Assertions.Expect(page.Locator(".mud-progress-linear")).ToHaveCountAsync(0);

    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("#eg-interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Saved only when EDUGOV_SCREENSHOTS names a folder: for people to look at, not for assertions.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("EDUGOV_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
