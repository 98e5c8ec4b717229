using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EduGov.Bench;

/// <summary>
/// <c>list</c>: the pupil list under concurrent users against a running host. Every user signs in through the real form
/// (as tests/Shared/SignedInClient does) with its own cookie, then fires filtered, sorted, paged requests one after the other:
/// first <c>GET /api/v1/students</c> (page 1–50, sort name | grade | birthDate, filter none | grade | school | search),
/// then the server-rendered <c>/registry/students</c> page (first response, with and without <c>schoolId</c>).
/// </summary>
internal static partial class ListBenchmark
{
    private static readonly string[] Sorts = ["name", "grade", "birthDate"];
    private static readonly string[] Searches = ["王", "李", "张", "陈", "刘"];

    public static Command Create()
    {
        var baseUrl = new Option<string>("--base-url") { Description = "running EduGov host", DefaultValueFactory = _ => "http://localhost:5080" };
        var user = new Option<string>("--user") { Description = "demo account", DefaultValueFactory = _ => "officer" };
        var password = new Option<string>("--password") { Description = "its password", DefaultValueFactory = _ => "Demo@2026edu" };
        var users = new Option<int>("--users") { Description = "concurrent signed-in clients", DefaultValueFactory = _ => 50 };
        var requests = new Option<int>("--requests") { Description = "requests per client and per target", DefaultValueFactory = _ => 20 };
        var command = new Command("list", "pupil list API and page: p50/p90/p99 under concurrent signed-in users") { baseUrl, user, password, users, requests };
        command.SetAction(async (result, ct) =>
        {
            var url = result.GetValue(baseUrl)!;
            var clients = await SignInManyAsync(url, result.GetValue(user)!, result.GetValue(password)!, result.GetValue(users), ct);
            try
            {
                var schools = await SchoolIdsAsync(clients[0], ct);
                var perUser = result.GetValue(requests);

                // Warm-up: one of each kind per client, not measured.
                await RunAsync(clients, 1, (u, i) => ApiQuery(u, i, schools), ct);
                await RunAsync(clients, 1, (u, i) => PageQuery(u, i, schools), ct);

                Report($"GET /api/v1/students, {clients.Count} users × {perUser}", await RunAsync(clients, perUser, (u, i) => ApiQuery(u, i, schools), ct));
                Report($"GET /registry/students (server-rendered), {clients.Count} users × {perUser}", await RunAsync(clients, perUser, (u, i) => PageQuery(u, i, schools), ct));
                return 0;
            }
            finally
            {
                foreach (var client in clients)
                {
                    client.Dispose();
                }
            }
        });
        return command;
    }

    internal static async Task<List<HttpClient>> SignInManyAsync(string baseUrl, string user, string password, int count, CancellationToken ct)
    {
        var clients = new List<HttpClient>();
        for (var i = 0; i < count; i++)
        {
            clients.Add(await SignInAsync(baseUrl, user, password, ct));
        }

        return clients;
    }

    internal static async Task<HttpClient> SignInAsync(string baseUrl, string userName, string password, CancellationToken ct)
    {
#pragma warning disable CA2000 // the client owns the handler
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        };
#pragma warning restore CA2000
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), ct);
        var fields = HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = password;
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), content, ct);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true)
        {
            client.Dispose();
            throw new InvalidOperationException($"{userName} sign-in failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>Runs <paramref name="perUser"/> requests on every client at once (each client sequentially); latencies sorted.</summary>
    internal static async Task<(List<double> Sorted, double Seconds, int Failures)> RunAsync(List<HttpClient> clients, int perUser, Func<int, int, string> target, CancellationToken ct)
    {
        var latencies = new List<double>[clients.Count];
        var failures = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, u) => Task.Run(async () =>
        {
            var own = latencies[u] = [];
            for (var i = 0; i < perUser; i++)
            {
                var timer = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(target(u, i), UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct);
                own.Add(timer.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }, ct)));
        var seconds = wall.Elapsed.TotalSeconds;
        var sorted = latencies.SelectMany(l => l).Order().ToList();
        return (sorted, seconds, failures);
    }

    internal static void Report(string name, (List<double> Sorted, double Seconds, int Failures) run)
    {
        var (sorted, seconds, failures) = run;
        Measure.Report(name,
            ("requests (non-200)", $"{sorted.Count:N0} ({failures})"),
            ("p50", $"{Measure.Percentile(sorted, 50):F0} ms"),
            ("p90", $"{Measure.Percentile(sorted, 90):F0} ms"),
            ("p99", $"{Measure.Percentile(sorted, 99):F0} ms"),
            ("max", $"{sorted[^1]:F0} ms"),
            ("throughput", $"{sorted.Count / seconds:F1} requests/s over {seconds:F1} s"));
    }

    private static string ApiQuery(int user, int request, IReadOnlyList<string> schools)
    {
        var n = (user * 7919) + (request * 104729);
        var page = 1 + (n % 50);
        var sort = Sorts[(n / 50) % Sorts.Length];
        var desc = (n / 150) % 2 == 1 ? "&desc=true" : "";
        var filter = ((user + request) % 4) switch
        {
            0 => "",
            1 => $"&grade={1 + (n % 12)}",
            2 => $"&schoolId={schools[n % schools.Count]}",
            _ => $"&search={Uri.EscapeDataString(Searches[n % Searches.Length])}",
        };
        return string.Create(CultureInfo.InvariantCulture, $"/api/v1/students?page={page}&size=20&sort={sort}{desc}{filter}");
    }

    private static string PageQuery(int user, int request, IReadOnlyList<string> schools) =>
        (user + request) % 2 == 0 ? "/registry/students" : $"/registry/students?schoolId={schools[((user * 31) + request) % schools.Count]}";

    private static async Task<List<string>> SchoolIdsAsync(HttpClient client, CancellationToken ct)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/schools?size=100", UriKind.Relative), ct));
        return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenInput();
}
