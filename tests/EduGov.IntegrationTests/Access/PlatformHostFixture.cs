using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduGov.Tests.Shared;
using Xunit;

namespace EduGov.IntegrationTests.Access;

[CollectionDefinition(Name)]
public sealed class PlatformHostCollection : ICollectionFixture<PlatformHostFixture>
{
    public const string Name = "running platform";
}

/// <summary>One running platform (real process, demo district) and one signed-in client per demo account, shared by the access tests.</summary>
public sealed class PlatformHostFixture : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public PlatformHostProcess Process { get; private set; } = null!;
    public AuthorizationMatrixTests.Ids Ids { get; private set; } = null!;

    public HttpClient Client(string account) => _clients[account];

    public async ValueTask InitializeAsync()
    {
        Process = await PlatformHostProcess.StartAsync();
        _clients["anonymous"] = SignedInClient.Anonymous(Process.BaseUrl);
        foreach (var account in AuthorizationMatrixTests.Everyone)
        {
            _clients[account] = await SignedInClient.SignInAsync(Process.BaseUrl, account);
        }

        var school = await FirstAsync(_clients["school"], "/api/v1/schools");
        var student = await FirstAsync(_clients["school"], "/api/v1/students?size=1");
        var staff = await FirstAsync(_clients["school"], "/api/v1/staff?size=1");
        var issue = await FirstAsync(_clients["school"], "/api/v1/inspection/issues?size=1");
        var inspector = await FirstAsync(_clients["officer"], "/api/v1/inspection/inspectors?size=1");
        var visit = await FirstAsync(_clients["school"], "/api/v1/inspection/visits?size=1");
        var template = (await _clients["officer"].GetFromJsonAsync<JsonElement>("/api/v1/inspection/templates"))[0];
        var application = await FirstAsync(_clients["school"], "/api/v1/admission/applications?size=1");
        var round = (await _clients["officer"].GetFromJsonAsync<JsonElement>("/api/v1/admission/rounds")).EnumerateArray().First(r => r.GetProperty("status").GetString() == "Open");
        var institution = await FirstAsync(_clients["officer"], "/api/v1/training/institutions?size=1");
        var complaint = await FirstAsync(_clients["officer"], "/api/v1/training/complaints?size=1");
        var plan = await FirstAsync(_clients["officer"], "/api/v1/training/inspections/plans");
        var task = (await _clients["officer"].GetFromJsonAsync<JsonElement>("/api/v1/training/inspections/tasks/mine")).GetProperty("tasks").GetProperty("items")[0];
        var licence = await FirstAsync(_clients["officer"], "/api/v1/training/licensing/applications?size=1");
        var schoolId = school.GetProperty("id").GetGuid();
        using var inspectorView = await _clients["inspector"].GetAsync($"/api/v1/schools/{schoolId}");
        using var inspectorPlan = await _clients["inspector"].GetAsync($"/api/v1/inspection/rectification-plans/{schoolId}");
        Ids = new AuthorizationMatrixTests.Ids(schoolId, student.GetProperty("id").GetGuid(), student.GetProperty("name").GetString()!, staff.GetProperty("id").GetGuid(),
            inspectorView.StatusCode == HttpStatusCode.OK, issue.GetProperty("id").GetGuid(), inspectorPlan.StatusCode == HttpStatusCode.OK,
            inspector.GetProperty("id").GetGuid(), visit.GetProperty("id").GetGuid(), template.GetProperty("id").GetGuid(),
            round.GetProperty("id").GetGuid(), application.GetProperty("id").GetGuid(),
            institution.GetProperty("id").GetGuid(), complaint.GetProperty("id").GetGuid(), plan.GetProperty("id").GetGuid(),
            task.GetProperty("id").GetGuid(), licence.GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement> FirstAsync(HttpClient client, string url)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(url);
        return page.GetProperty("items")[0];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Process.DisposeAsync();
    }
}
