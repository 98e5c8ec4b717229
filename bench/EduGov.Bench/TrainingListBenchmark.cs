using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace EduGov.Bench;

/// <summary>
/// <c>training-list</c>: the institution list (issue 5 item 11, goal p99 ≤ 200 ms) against a host serving the database
/// <c>training-ledger --keep</c> left (5,000 institutions). Over HTTP, under concurrent signed-in officers:
/// <c>GET /api/v1/training/institutions</c> (page 1–100, sort name | code | score | status, filter none | category | grade |
/// search) and the prerendered shell of <c>/training/institutions</c>. In headless Chromium, as an officer sees it: the page
/// loaded afresh until its first rows show (the rows load through the interactive circuit after the shell), reached from the
/// dashboard inside the application, and the next page clicked, each until its rows show.
/// </summary>
internal static class TrainingListBenchmark
{
    private static readonly string[] Sorts = ["name", "code", "score", "status"];
    private static readonly string[] Categories = ["Sports", "ArtsCulture", "Science"];
    private static readonly string[] Grades = ["A", "B", "C"];
    private const string Path = "/training/institutions";

    public static Command Create()
    {
        var baseUrl = new Option<string>("--base-url") { Description = "running EduGov host", DefaultValueFactory = _ => "http://localhost:5080" };
        var user = new Option<string>("--user") { Description = "demo account", DefaultValueFactory = _ => "officer" };
        var password = new Option<string>("--password") { Description = "its password", DefaultValueFactory = _ => "Demo@2026edu" };
        var users = new Option<int>("--users") { Description = "concurrent signed-in clients", DefaultValueFactory = _ => 20 };
        var requests = new Option<int>("--requests") { Description = "requests per client and per target", DefaultValueFactory = _ => 20 };
        var chromium = new Option<string>("--chromium") { Description = "headless Chromium for the page timings", DefaultValueFactory = _ => "/usr/bin/chromium" };
        var views = new Option<int>("--page-views") { Description = "page openings and page turns timed in the browser", DefaultValueFactory = _ => 50 };
        var command = new Command("training-list", "training institution list: API and page p50/p90/p99, over HTTP and in a browser")
        {
            baseUrl, user, password, users, requests, chromium, views,
        };
        command.SetAction(async (result, ct) =>
        {
            var url = result.GetValue(baseUrl)!;
            await TimeHttpAsync(url, result.GetValue(user)!, result.GetValue(password)!, result.GetValue(users), result.GetValue(requests), ct);
            await TimeBrowserAsync(url, result.GetValue(user)!, result.GetValue(password)!, result.GetValue(chromium)!, result.GetValue(views));
            return 0;
        });
        return command;
    }

    private static async Task TimeHttpAsync(string baseUrl, string user, string password, int users, int perUser, CancellationToken ct)
    {
        var clients = await ListBenchmark.SignInManyAsync(baseUrl, user, password, users, ct);
        try
        {
            await ListBenchmark.RunAsync(clients, 1, ApiQuery, ct);
            await ListBenchmark.RunAsync(clients, 1, (_, _) => Path, ct);
            ListBenchmark.Report($"GET /api/v1/training/institutions, {clients.Count} users × {perUser}", await ListBenchmark.RunAsync(clients, perUser, ApiQuery, ct));
            ListBenchmark.Report($"GET {Path} (prerendered shell, no rows), {clients.Count} users × {perUser}", await ListBenchmark.RunAsync(clients, perUser, (_, _) => Path, ct));
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>
    /// One officer in one tab: open the page until its rows show, then turn to the next page until its rows show. Both are timed
    /// in the page itself (navigation start, or the click, to the mutation that shows the rows), so the driver's own polling
    /// and actionability checks are not counted.
    /// </summary>
    private static async Task TimeBrowserAsync(string baseUrl, string user, string password, string chromium, int views)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.GotoAsync(baseUrl + "/account/login");
        await page.Locator("#username").FillAsync(user);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.AddInitScriptAsync(WatchFirstRows);

        var opened = new List<double>();
        var navigated = new List<double>();
        var turned = new List<double>();
        for (var view = -1; view < views; view++)
        {
            await page.GotoAsync(baseUrl + Path);
            var openMs = await (await page.WaitForFunctionAsync("() => window.egRowsShownAt", null, new() { Timeout = 30_000 })).JsonValueAsync<double>();
            var turnMs = await page.EvaluateAsync<double>(TurnPage);
            await page.EvaluateAsync("() => Blazor.navigateTo('/training')");
            await page.WaitForFunctionAsync("() => location.pathname === '/training' && !document.querySelector('.mud-table-pagination-caption')");
            var navigateMs = await page.EvaluateAsync<double>(NavigateInApp);
            if (view >= 0)
            {
                opened.Add(openMs);
                turned.Add(turnMs);
                navigated.Add(navigateMs);
            }
        }

        Report($"{Path} in Chromium: navigation start until the first rows show, {views} times", opened);
        Report($"{Path} in Chromium: in-app navigation from /training until the first rows show, {views} times", navigated);
        Report($"{Path} in Chromium: next-page click until its rows show, {views} times", turned);
    }

    private const string Caption = "() => [...document.querySelectorAll('.mud-table-pagination-caption')].map(e => e.textContent).join('|')";

    private const string WatchFirstRows = "new MutationObserver((_, observer) => {"
        + " if ((" + Caption + ")().includes('第 1–')) { window.egRowsShownAt = performance.now(); observer.disconnect(); } })"
        + ".observe(document, { subtree: true, childList: true, characterData: true });";

    private const string TurnPage = "() => new Promise(resolve => {"
        + " const caption = " + Caption + "; const before = caption(); const started = performance.now();"
        + " new MutationObserver((_, observer) => { if (caption() !== before && caption().includes('第 21–')) { observer.disconnect(); resolve(performance.now() - started); } })"
        + ".observe(document.body, { subtree: true, childList: true, characterData: true });"
        + " document.querySelectorAll('.mud-table-pagination-actions button')[2].click(); })";

    private const string NavigateInApp = "() => new Promise(resolve => {"
        + " const caption = " + Caption + "; const started = performance.now();"
        + " new MutationObserver((_, observer) => { if (caption().includes('第 1–')) { observer.disconnect(); resolve(performance.now() - started); } })"
        + ".observe(document.body, { subtree: true, childList: true, characterData: true });"
        + " Blazor.navigateTo('" + Path + "'); })";

    private static void Report(string name, List<double> latencies)
    {
        latencies.Sort();
        Measure.Report(name,
            ("p50", $"{Measure.Percentile(latencies, 50):F0} ms"),
            ("p90", $"{Measure.Percentile(latencies, 90):F0} ms"),
            ("p99", $"{Measure.Percentile(latencies, 99):F0} ms"),
            ("max", $"{latencies[^1]:F0} ms"));
    }

    private static string ApiQuery(int user, int request)
    {
        var n = (user * 7919) + (request * 104729);
        var page = 1 + (n % 100);
        var sort = Sorts[(n / 100) % Sorts.Length];
        var desc = (n / 400) % 2 == 1 ? "&desc=true" : "";
        var filter = ((user + request) % 4) switch
        {
            0 => "",
            1 => $"&category={Categories[n % Categories.Length]}",
            2 => $"&grade={Grades[n % Grades.Length]}",
            _ => $"&search={Uri.EscapeDataString("基准培训机构0" + (n % 50).ToString("D2", CultureInfo.InvariantCulture))}",
        };
        return string.Create(CultureInfo.InvariantCulture, $"/api/v1/training/institutions?page={page}&size=20&sort={sort}{desc}{filter}");
    }
}
