using Microsoft.Playwright;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class ImportTests(PlatformProcess platform)
{
    /// <summary>An import is a background job: on a loaded machine even a one-row file can take longer than the default 5 s.</summary>
    private static readonly LocatorAssertionsToContainTextOptions ImportFinishes = new() { Timeout = 30_000 };

    [Fact]
    public async Task Officer_DownloadsTemplate_SeesEveryError_ThenImportsTheFixedFile()
    {
        var page = await Browser.SignInAsync(platform, "officer", 1366, 900);
        await Browser.OpenAsync(page, platform, "/import");
        await Browser.ScreenshotAsync(page, "import-hub");
        await page.Locator("#import-students").ClickAsync();
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("批量导入学生学籍");
        var template = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-template").ClickAsync());
        template.SuggestedFilename.ShouldBe("学生学籍导入模板.xlsx");

        await UploadAsync(page, "310115201904150912");
        await page.Locator("#import-file").ClickAsync();
        await Assertions.Expect(page.Locator("#import-result")).ToContainTextAsync("处错误，未写入任何数据", ImportFinishes);
        await Assertions.Expect(page.Locator("#import-errors")).ToContainTextAsync("校验位错误");
        var report = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-report").ClickAsync());
        report.SuggestedFilename.ShouldEndWith("_错误报告.xlsx");
        await Browser.ScreenshotAsync(page, "import-errors");

        await UploadAsync(page, "310115201904150911");
        await page.Locator("#import-file").ClickAsync();
        await Assertions.Expect(page.Locator("#import-result")).ToContainTextAsync("已导入 1 行学生学籍数据", ImportFinishes);
        await Browser.OpenAsync(page, platform, "/registry/students?schoolId=");
        await page.Locator("#student-search input, input#student-search").First.FillAsync("导入生");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#student-table")).ToContainTextAsync("310115********0911");
    }

    [Fact]
    public async Task LargeImport_ShowsProgress_AndCancelling_WritesNothing()
    {
        var page = await Browser.SignInAsync(platform, "officer", 390, 844);
        await Browser.OpenAsync(page, platform, "/import/students");
        var path = Path.Combine(Path.GetTempPath(), "import-cancelled.xlsx");
        File.Delete(path);
        MiniExcel.SaveAs(path, Enumerable.Range(0, 20_000).Select(n =>
        {
            var birth = new DateOnly(2019, 9, 1).AddDays(n % 365);
            return Pupil("取消导入", EduGov.Standards.IdNumber.Compose("310230", birth, (2 * (n / 365)) + (n % 2)), birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), n % 2 == 1 ? "男" : "女");
        }));
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(path);
        await Assertions.Expect(page.Locator("#import-panel")).ToContainTextAsync("import-cancelled.xlsx");

        await page.Locator("#import-file").ClickAsync();
        await Assertions.Expect(page.Locator("#import-progress")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "import-progress-390");
        await page.Locator("#cancel-import").ClickAsync();

        await Assertions.Expect(page.Locator("#import-result")).ToContainTextAsync("导入已取消，未写入任何数据", ImportFinishes);
        var listed = await page.APIRequest.GetAsync($"{platform.BaseUrl}/api/v1/students?search={Uri.EscapeDataString("取消导入")}");
        (await listed.JsonAsync())!.Value.GetProperty("total").GetInt32().ShouldBe(0);
    }

    private static Dictionary<string, object> Pupil(string name, string idNumber, string birthDate, string sex) => new()
    {
        ["学校标识码"] = "2131115001", ["姓名"] = name, ["性别"] = sex, ["证件类型"] = "", ["证件号码"] = idNumber, ["出生日期"] = birthDate,
        ["户籍地区划代码"] = "310115", ["家庭住址"] = "上海市浦东新区张杨路1号", ["年级"] = "一年级", ["班号"] = "", ["入学日期"] = "2025-09-01",
        ["监护人姓名"] = "导入家长", ["监护人关系"] = "父亲", ["监护人电话"] = "13800001111",
    };

    /// <summary>The browser reads the file only when the server asks for it, so it must stay on disk until the import is done.</summary>
    private static async Task UploadAsync(IPage page, string idNumber)
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{idNumber}.xlsx");
        File.Delete(path);
        MiniExcel.SaveAs(path, new[] { Pupil("导入生", idNumber, "2019-04-15", "男") });
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(path);
        await Assertions.Expect(page.Locator("#import-panel")).ToContainTextAsync($"import-{idNumber}.xlsx");
    }
}
