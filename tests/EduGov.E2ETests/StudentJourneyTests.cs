using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace EduGov.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class StudentJourneyTests(PlatformProcess platform)
{
    private const string ValidMaleId = "310115201903120016";

    [Fact]
    public async Task SchoolAdmin_RegistersPupil_SeesItMasked_RevealsIt_AndAnotherSchoolCannotSeeIt()
    {
        var page = await SignInAsync("school");
        await OpenAsync(page, "/registry/students/new");
        await page.Locator("#student-name").FillAsync("测试学生");
        await page.Locator("#student-id-number").FillAsync("310115201903120015");
        await page.Locator("#student-birth").FillAsync("2019-03-12");
        await page.Locator("#student-address").FillAsync("上海市浦东新区张杨路500弄3号101室");
        await page.Locator("#guardian-name").FillAsync("测试家长");
        await page.Locator("#guardian-phone").FillAsync("13912345678");
        await page.Locator("#submit-student").ClickAsync();

        var error = page.Locator("#register-error");
        await Assertions.Expect(error).ToContainTextAsync("校验位错误");
        await Screenshot(page, "register-student-error");

        await page.Locator("#student-id-number").FillAsync(ValidMaleId);
        await page.Locator("#submit-student").ClickAsync();
        var idField = page.Locator("[data-field=id-number]");
        await Assertions.Expect(idField).ToHaveTextAsync("310115********0016");
        await Screenshot(page, "student-detail-masked");

        await page.Locator("[data-reveal=id-number]").ClickAsync();
        await Assertions.Expect(idField).ToHaveTextAsync(ValidMaleId);
        var studentPath = new Uri(page.Url).AbsolutePath;

        await OpenAsync(page, "/registry/students");
        await page.Locator("#export-students").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("导出（证件号码脱敏）").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("学生名单_");
        download.SuggestedFilename.ShouldEndWith(".xlsx");

        var other = await SignInAsync("school2");
        await OpenAsync(other, studentPath);
        await Assertions.Expect(other.Locator("#load-error")).ToContainTextAsync("不在您的管理范围内");

        var leader = await SignInAsync("leader");
        await OpenAsync(leader, "/audit");
        await Assertions.Expect(leader.Locator("body")).ToContainTextAsync("查看学生证件号码");
        await Screenshot(leader, "audit");
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
        await OpenAsync(page, "/registry/students");
        await Assertions.Expect(page.Locator("#student-table")).ToContainTextAsync("********");
        await Screenshot(page, "students-phone");
    }

    [Fact]
    public async Task WrongPassword_IsRefusedInChinese()
    {
        var context = await platform.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SubmitSignInAsync(page, platform, "school", "wrong-password-1");
        await Assertions.Expect(page.Locator("#login-error")).ToHaveTextAsync("用户名或密码错误。");
    }

    private Task<IPage> SignInAsync(string userName) => Browser.SignInAsync(platform, userName, 1366, 900);

    private Task OpenAsync(IPage page, string path) => Browser.OpenAsync(page, platform, path);

    private static Task Screenshot(IPage page, string name) => Browser.ScreenshotAsync(page, name);
}
