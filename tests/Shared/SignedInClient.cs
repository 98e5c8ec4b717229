using System.Net;
using System.Text.RegularExpressions;

namespace EduGov.Tests.Shared;

/// <summary>An HttpClient signed in through the real sign-in form (antiforgery token and all), keeping the cookie.</summary>
public static partial class SignedInClient
{
    public static HttpClient Anonymous(string baseUrl) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };

    public static async Task<HttpClient> SignInAsync(string baseUrl, string userName, string password = PlatformHostProcess.DemoPassword)
    {
        var client = Anonymous(baseUrl);
        var form = await client.GetStringAsync("/account/login");
        var fields = HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = password;
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"{userName} 登录失败：{(int)response.StatusCode}");
        }

        return client;
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenInput();
}
