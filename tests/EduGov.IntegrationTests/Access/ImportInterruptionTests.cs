using System.Globalization;
using System.Text.Json;
using EduGov.Standards;
using MiniExcelLibs;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Access;

/// <summary>An import killed while it writes leaves nothing behind: the rows already sent sit in a transaction that never commits.</summary>
[Collection(PlatformHostCollection.Name)]
public sealed class ImportInterruptionTests(PlatformHostFixture host)
{
    private const string Marker = "中断导入";

    [Fact]
    public async Task ImportKilledWhileWriting_WritesNothing_AndTheAuditChainStillVerifies()
    {
        var file = Path.Combine(Path.GetTempPath(), $"interrupted-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(file, Pupils(12_000));
        try
        {
            using var cli = host.Process.StartCli("import", "students", file);
            var reachedWriting = await WaitForLineAsync(cli.StandardOutput, "阶段：写入数据库", TimeSpan.FromMinutes(3));
            cli.Kill(entireProcessTree: true);
            await cli.WaitForExitAsync();

            reachedWriting.ShouldBeTrue("导入未进入写入阶段就结束了");
            using var listed = JsonDocument.Parse(await host.Client("officer").GetStringAsync($"/api/v1/students?search={Uri.EscapeDataString(Marker)}"));
            listed.RootElement.GetProperty("total").GetInt32().ShouldBe(0);
            var (exitCode, output) = await host.Process.RunCliAsync("audit", "verify");
            exitCode.ShouldBe(0, output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<bool> WaitForLineAsync(StreamReader output, string expected, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (await output.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.Contains(expected, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Dictionary<string, object>> Pupils(int count) =>
        Enumerable.Range(0, count).Select(n =>
        {
            var birth = new DateOnly(2019, 9, 1).AddDays(n % 365);
            return new Dictionary<string, object>
            {
                ["学校标识码"] = "2131115001", ["姓名"] = $"{Marker}{n}", ["性别"] = n % 2 == 1 ? "男" : "女", ["证件类型"] = "",
                ["证件号码"] = IdNumber.Compose("310230", birth, (2 * (n / 365)) + (n % 2)), ["出生日期"] = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["户籍地区划代码"] = "310115", ["家庭住址"] = "上海市浦东新区张杨路1号", ["年级"] = "一年级", ["班号"] = "", ["入学日期"] = "2026-09-01",
                ["监护人姓名"] = "家长", ["监护人关系"] = "母亲", ["监护人电话"] = "13800001111",
            };
        });
}
