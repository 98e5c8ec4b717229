using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace EduGov.E2ETests;

public sealed class StudentJourneyTests(PlatformProcess platform) : IClassFixture<PlatformProcess>
{
    [Fact]
    public async Task SchoolAdmin_RegisteringPupilWithWrongCheckDigit_SeesTheChineseError()
    {
        var page = await SignInAsync("school");
        await page.GotoAsync($"{platform.BaseUrl}/registry/students/new");
        await page.Locator("#student-name").FillAsync("测试学生");
        await page.Locator("#student-birth").FillAsync("2019-03-12");
        await page.Locator("#student-id-number").FillAsync("310115201903120015");
        await page.Locator("#student-address").FillAsync("上海市浦东新区张杨路500弄3号101室");
        await page.Locator("#guardian-name").FillAsync("测试家长");
        await page.Locator("#guardian-phone").FillAsync("13912345678");
        await page.Locator("#submit-student").ClickAsync();

        var error = page.Locator("#register-error");
        await error.WaitForAsync();
        (await error.InnerTextAsync()).ShouldContain("校验位错误");
        await Screenshot(page, "register-student-error");

    }

    [Fact]
    public async Task Home_ShowsTheLeadersWholeDistrictInChinese_OnLaptopAndPhone()
    {
        var page = await SignInAsync("leader");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("概览");
        await Assertions.Expect(page.Locator("#stage-table")).ToContainTextAsync("小学");
        await Screenshot(page, "home-laptop");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshot(page, "home-phone");
        await page.GotoAsync($"{platform.BaseUrl}/registry/students");
        await Assertions.Expect(page.Locator("#student-table")).ToContainTextAsync("********");
        await Screenshot(page, "students-phone");
    }

    [Fact]
    public async Task WrongPassword_IsRefusedInChinese()
    {
        var context = await platform.Browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{platform.BaseUrl}/account/login");
        await page.Locator("#username").FillAsync("school");
        await page.Locator("#password").FillAsync("wrong-password-1");
        await page.Locator("#login-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#login-error")).ToHaveTextAsync("用户名或密码错误。");
    }

    private async Task<IPage> SignInAsync(string userName)
    {
        var context = await platform.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{platform.BaseUrl}/account/login");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync("Demo@2026edu");
        await page.Locator("#login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("EDUGOV_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
