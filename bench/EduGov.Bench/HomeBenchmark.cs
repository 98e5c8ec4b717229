using System.CommandLine;
using System.Diagnostics;
using System.Net;

namespace EduGov.Bench;

/// <summary>
/// <c>home</c>: the home page (<c>GET /</c>, prerendered with the whole-scope aggregation of
/// <c>IRegistryDirectory.SummarizeAsync</c>) for a signed-in account, one request at a time against a running host.
/// </summary>
internal static class HomeBenchmark
{
    public static Command Create()
    {
        var baseUrl = new Option<string>("--base-url") { Description = "running EduGov host", DefaultValueFactory = _ => "http://localhost:5080" };
        var user = new Option<string>("--user") { Description = "demo account", DefaultValueFactory = _ => "officer" };
        var password = new Option<string>("--password") { Description = "its password", DefaultValueFactory = _ => "Demo@2026edu" };
        var requests = new Option<int>("--requests") { Description = "sequential requests after 3 warm-up", DefaultValueFactory = _ => 50 };
        var command = new Command("home", "home page aggregation: GET / sequentially, p50/p99") { baseUrl, user, password, requests };
        command.SetAction(async (result, ct) =>
        {
            using var client = await ListBenchmark.SignInAsync(result.GetValue(baseUrl)!, result.GetValue(user)!, result.GetValue(password)!, ct);
            var root = new Uri("/", UriKind.Relative);
            for (var i = 0; i < 3; i++)
            {
                using var warm = await client.GetAsync(root, ct);
            }

            var times = new List<double>();
            var failures = 0;
            for (var i = 0; i < result.GetValue(requests); i++)
            {
                var timer = Stopwatch.StartNew();
                using var response = await client.GetAsync(root, HttpCompletionOption.ResponseContentRead, ct);
                times.Add(timer.Elapsed.TotalMilliseconds);
                failures += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }

            times.Sort();
            Measure.Report($"GET / as {result.GetValue(user)}, sequential",
                ("requests (non-200)", $"{times.Count} ({failures})"),
                ("p50", $"{Measure.Percentile(times, 50):F0} ms"),
                ("p99", $"{Measure.Percentile(times, 99):F0} ms"),
                ("min / max", $"{times[0]:F0} / {times[^1]:F0} ms"));
            return 0;
        });
        return command;
    }
}
