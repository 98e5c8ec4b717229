using Microsoft.Playwright;
using OtpNet;
using Shouldly;
using Xunit;

namespace EduGov.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed partial class AccountSecurityTests(PlatformProcess platform)
{
    [Fact]
    public async Task Teacher_TurnsOnTwoFactor_AndThenSignsInWithPasswordAndCode()
    {
        var page = await Browser.SignInAsync(platform, "teacher", 1366, 900);
        await Browser.OpenAsync(page, platform, "/account/security");
        await page.Locator("#enable-2fa").ClickAsync();
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await page.Locator("#authenticator-code").FillAsync(totp.ComputeTotp());
        await page.Locator("#confirm-2fa").ClickAsync();
        await Assertions.Expect(page.Locator("#two-factor-status")).ToHaveAttributeAsync("data-enabled", "true");
        await Browser.ScreenshotAsync(page, "account-security-enabled");

        var context = await platform.Browser.NewContextAsync();
        var next = await context.NewPageAsync();
        await Browser.SubmitSignInAsync(next, platform, "teacher", "Demo@2026edu");
        await next.Locator("#code").FillAsync("000000");
        await next.Locator("#login-submit").ClickAsync();
        await Assertions.Expect(next.Locator("#login-error")).ToHaveTextAsync("验证码错误，请重新输入。");
        await next.Locator("#code").FillAsync(totp.ComputeTotp());
        await next.Locator("#login-submit").ClickAsync();

        await next.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await Assertions.Expect(next.Locator("#page-title")).ToHaveTextAsync("概览");
        next.Url.ShouldNotContain("/account/login");
    }

    /// <summary>An account of its own (a training institution registering), so locking it out disturbs no other test's demo account.</summary>
    private async Task RegisterOwnAccountAsync(IPage page, string userName, string password)
    {
        const string first17 = "52310115E2E00002X";
        await page.GotoAsync($"{platform.BaseUrl}/training/register");
        await page.Locator("#name").FillAsync("锁定测试培训中心");
        await page.Locator("#credit-code").FillAsync(first17 + EduGov.Standards.CreditCode.ComputeCheckCharacter(first17));
        await page.Locator("#legal-person").FillAsync("陈立");
        await page.Locator("#contact").FillAsync("陈立");
        await page.Locator("#phone").FillAsync("021-58880002");
        await page.Locator("#address").FillAsync("上海市浦东新区张杨路200号");
        await page.Locator("#category").SelectOptionAsync("Sports");
        await page.Locator("#scope").FillAsync("少儿篮球");
        await page.Locator("#user-name").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#submit-registration").ClickAsync();
        await Assertions.Expect(page.Locator("#registered")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        var context = await platform.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await RegisterOwnAccountAsync(page, "lockout-e2e", "Lockout@2026edu");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SubmitAsync(page, "lockout-e2e", "Wrong@Password1");
        }

        await SubmitAsync(page, "lockout-e2e", "Lockout@2026edu");

        await Assertions.Expect(page.Locator("#login-error")).ToHaveTextAsync("账号已锁定，请 15 分钟后再试。");
    }

    private async Task SubmitAsync(IPage page, string userName, string password)
    {
        await Browser.SubmitSignInAsync(page, platform, userName, password);
        await page.Locator("#login-error").WaitForAsync();
    }

    [Fact]
    public async Task ThirtyIdleMinutes_SignTheUserOut()
    {
        var context = await platform.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await Browser.SubmitSignInAsync(page, platform, "parent", "Demo@2026edu");
        await Browser.WaitForInteractiveAsync(page);

        await page.Clock.FastForwardAsync("30:01");

        // Polls the address instead of awaiting one navigation: the sign-out redirect can abort the navigation the timer started.
        await Assertions.Expect(page).ToHaveURLAsync(IdleSignIn(), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(".eg-note")).ToContainTextAsync("空闲 30 分钟");
        await page.GotoAsync($"{platform.BaseUrl}/");
        await page.WaitForURLAsync(url => url.Contains("/account/login?returnurl=", StringComparison.OrdinalIgnoreCase));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/account/login\?idle=1")]
    private static partial System.Text.RegularExpressions.Regex IdleSignIn();
}
