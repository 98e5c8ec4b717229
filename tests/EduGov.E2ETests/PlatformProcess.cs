using EduGov.Tests.Shared;
using Microsoft.Playwright;
using Xunit;

namespace EduGov.E2ETests;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PlatformProcess>
{
    public const string Name = "platform in a browser";
}

/// <summary>The running platform and a headless Chromium (Debian's) to drive it, shared by every browser test.</summary>
public sealed class PlatformProcess : IAsyncLifetime
{
    private PlatformHostProcess? _host;

    public string BaseUrl => _host!.BaseUrl;

    /// <summary>What the host has written to its console so far (the development text-message sender logs there).</summary>
    public string Output => _host!.Output;
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("EDUGOV_TEST_CHROMIUM") ?? "/usr/bin/chromium";
    private IBrowser? _browser;

    public IPlaywright? Playwright { get; private set; }

    /// <summary>The browser; without Chromium on the machine the test is skipped with the reason, except under CI where it fails.</summary>
    public IBrowser Browser => _browser ?? throw MissingChromium();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _host = await PlatformHostProcess.StartAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    private static Exception MissingChromium()
    {
        var reason = $"找不到 Chromium（{ChromiumPath}）：浏览器测试需要 Debian 的 chromium 包（请用 ./test.sh 运行）";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return new InvalidOperationException(reason);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        Playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
