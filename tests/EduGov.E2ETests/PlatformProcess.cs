using EduGov.Tests.Shared;
using Microsoft.Playwright;
using Xunit;

namespace EduGov.E2ETests;

/// <summary>The running platform and a headless Chromium (Debian's) to drive it.</summary>
public sealed class PlatformProcess : IAsyncLifetime
{
    private PlatformHostProcess? _host;

    public string BaseUrl => _host!.BaseUrl;
    public IPlaywright? Playwright { get; private set; }
    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _host = await PlatformHostProcess.StartAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("EDUGOV_TEST_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
