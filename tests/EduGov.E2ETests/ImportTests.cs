using Microsoft.Playwright;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class ImportTests(PlatformProcess platform)
{
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
        await Assertions.Expect(page.Locator("#import-result")).ToContainTextAsync("未写入任何数据");
        await Assertions.Expect(page.Locator("#import-errors")).ToContainTextAsync("校验位错误");
        var report = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-report").ClickAsync());
        report.SuggestedFilename.ShouldEndWith("_错误报告.xlsx");
        await Browser.ScreenshotAsync(page, "import-errors");

        await UploadAsync(page, "310115201904150911");
        await page.Locator("#import-file").ClickAsync();
        await Assertions.Expect(page.Locator("#import-result")).ToContainTextAsync("已导入 1 行学生学籍数据");
        await Browser.OpenAsync(page, platform, "/registry/students?schoolId=");
        await page.Locator("#student-search input, input#student-search").First.FillAsync("导入生");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#student-table")).ToContainTextAsync("310115********0911");
    }

    /// <summary>The browser reads the file only when the server asks for it, so it must stay on disk until the import is done.</summary>
    private static async Task UploadAsync(IPage page, string idNumber)
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{idNumber}.xlsx");
        File.Delete(path);
        MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object>
            {
                ["学校标识码"] = "2131115001", ["姓名"] = "导入生", ["性别"] = "男", ["证件类型"] = "", ["证件号码"] = idNumber, ["出生日期"] = "2019-04-15",
                ["户籍地区划代码"] = "310115", ["家庭住址"] = "上海市浦东新区张杨路1号", ["年级"] = "一年级", ["班号"] = "", ["入学日期"] = "2025-09-01",
                ["监护人姓名"] = "导入家长", ["监护人关系"] = "父亲", ["监护人电话"] = "13800001111",
            },
        });
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(path);
        await Assertions.Expect(page.Locator("#import-panel")).ToContainTextAsync($"import-{idNumber}.xlsx");
    }
}
