using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EduGov.Tests.Shared;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Training.Complaints;

/// <summary>One running host (demo district) for the training pages' HTTP tests.</summary>
public sealed class TrainingHostFixture : IAsyncLifetime
{
    public PlatformHostProcess Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await PlatformHostProcess.StartAsync();

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>
/// The training pages on the real host: the public ones render without signing in and the complaint form's post files a
/// complaint; the staff and portal pages render for the officer and the institution account.
/// </summary>
public sealed partial class PublicPagesHttpTests(TrainingHostFixture fixture) : IClassFixture<TrainingHostFixture>, IDisposable
{
    private readonly HttpClient _client = SignedInClient.Anonymous(fixture.Host.BaseUrl);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task StaffAndPortalPages_RenderForTheOfficerAndTheInstitution()
    {
        using var officer = await SignedInClient.SignInAsync(fixture.Host.BaseUrl, "officer");
        using var institution = await SignedInClient.SignInAsync(fixture.Host.BaseUrl, "institution");
        using var form = ComplaintForm(await PageAsync("/public/training/complaint"), "某小区无证补习班", "13912345678");
        using var posted = await _client.PostAsync("/public/training/complaint", form);
        var complaints = await officer.GetFromJsonAsync<JsonElement>("/api/v1/training/complaints?size=1");
        var complaint = complaints.GetProperty("items")[0].GetProperty("id").GetGuid();
        string[] pages = ["/training/complaints", "/training/complaints/new", $"/training/complaints/{complaint}", "/training/referrals", "/training/penalties", "/training/rules"];

        foreach (var page in pages)
        {
            using var response = await officer.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
            (await response.Content.ReadAsStringAsync()).ShouldContain("id=\"page-title\"", customMessage: page);
        }

        using var portal = await institution.GetAsync("/training/portal/complaints");
        portal.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await portal.Content.ReadAsStringAsync()).ShouldContain("id=\"page-title\"");
        using var denied = await institution.GetAsync("/training/complaints");
        denied.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PublicPages_RenderWithoutSignIn_AndTheComplaintFormFilesAComplaint()
    {
        var search = await _client.GetFromJsonAsync<JsonElement>("/api/v1/training/public/institutions");
        var first = search.GetProperty("items")[0];
        var id = first.GetProperty("id").GetGuid();
        var name = first.GetProperty("name").GetString()!;

        var searchPage = await PageAsync($"/public/training?name={Uri.EscapeDataString(name)}");
        var institutionPage = await PageAsync($"/public/training/{id}");
        var listsPage = await PageAsync("/public/training/lists");
        var statusPage = await PageAsync("/public/training/complaint/status");
        var form = await PageAsync("/public/training/complaint");
        using var unknown = await _client.GetAsync($"/public/training/{Guid.CreateVersion7()}");

        searchPage.ShouldContain(name);
        institutionPage.ShouldContain("预收费资金监管账户");
        institutionPage.ShouldContain("id=\"permit-number\"");
        listsPage.ShouldContain("id=\"unlicensed-note\"");
        statusPage.ShouldContain("id=\"status-form\"");
        form.ShouldContain("id=\"complaint-form\"");
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("id=\"load-error\"");

        using var valid = ComplaintForm(form, name, "13912345678");
        using var posted = await _client.PostAsync("/public/training/complaint", valid);
        var location = posted.Headers.Location?.OriginalString ?? "";
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        location.ShouldContain("submitted=");
        var number = Uri.UnescapeDataString(location[(location.IndexOf('=') + 1)..]);
        number.ShouldMatch(@"^\d{4}-\d{5}$");

        using var invalid = ComplaintForm(await PageAsync("/public/training/complaint"), name, "12345");
        using var refused = await _client.PostAsync("/public/training/complaint", invalid);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("id=\"form-errors\"");
    }

    private async Task<string> PageAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await response.Content.ReadAsStringAsync();
    }

    private static MultipartFormDataContent ComplaintForm(string page, string institution, string phone)
    {
        var content = new MultipartFormDataContent();
        foreach (Match hidden in HiddenInput().Matches(page))
        {
            content.Add(new StringContent(WebUtility.HtmlDecode(hidden.Groups["value"].Value)), WebUtility.HtmlDecode(hidden.Groups["name"].Value));
        }

        content.Add(new StringContent(institution), "Form.InstitutionName");
        content.Add(new StringContent("FeesRefunds"), "Form.Category");
        content.Add(new StringContent("上了三次课后申请退费被拒绝。"), "Form.Text");
        content.Add(new StringContent("李先生"), "Form.ComplainantName");
        content.Add(new StringContent(phone), "Form.Phone");
        return content;
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenInput();
}
