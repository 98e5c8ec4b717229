using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Access;

/// <summary>Machines use the API with a token issued by <c>edugov token create</c>; the same scope rules apply.</summary>
[Collection(PlatformHostCollection.Name)]
public sealed class ApiTokenAndCliTests(PlatformHostFixture host)
{
    [Fact]
    public async Task IssuedToken_AuthenticatesWithTheAccountsScope_AndAWrongTokenIsRefused()
    {
        var (exitCode, output) = await host.Process.RunCliAsync("token", "create", "--user", "school", "--name", "学籍系统对接", "--days", "30");
        exitCode.ShouldBe(0, output);
        var token = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("egv_", StringComparison.Ordinal));

        using var machine = new HttpClient { BaseAddress = new Uri(host.Process.BaseUrl) };
        machine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var schools = await machine.GetFromJsonAsync<JsonElement>("/api/v1/schools");
        using var forbidden = await machine.PostAsJsonAsync("/api/v1/record-changes/" + Guid.Empty + "/decision", new { approve = true });
        machine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token + "x");
        using var wrong = await machine.GetAsync("/api/v1/schools");

        schools.GetProperty("total").GetInt32().ShouldBe(1);
        schools.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(host.Ids.SchoolA);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AuditVerify_ReportsTheChainIntact()
    {
        var (exitCode, output) = await host.Process.RunCliAsync("audit", "verify");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("审计链完整");
    }

    [Fact]
    public async Task ApiErrors_AreProblemDetailsWithAChineseDetail()
    {
        using var response = await host.Client("officer").PostAsJsonAsync("/api/v1/students", new { name = "", idNumber = "31011520180512002X", schoolId = host.Ids.SchoolA });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("title").GetString().ShouldBe("输入有误");
        problem.GetProperty("errors").GetProperty("Name")[0].GetString().ShouldBe("请填写学生姓名");
        problem.GetProperty("errors").GetProperty("IdNumber")[0].GetString().ShouldNotBeNull().ShouldContain("校验位错误");
    }
}
