using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Playwright;
using Xunit;

namespace EduGov.E2ETests;

/// <summary>Starts the real web host as its own process on a free local port, on a fresh SQLite database with the demo district.</summary>
public sealed class PlatformProcess : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"edugov-e2e-{Guid.NewGuid():N}");
    private Process? _process;

    public string BaseUrl { get; private set; } = "";
    public IPlaywright? Playwright { get; private set; }
    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var webDll = Path.Combine(RepositoryRoot(), "src", "EduGov.Web", "bin", BuildConfiguration(), "net10.0", "EduGov.Web.dll");
        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", BaseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__EduGov"] = $"Data Source={Path.Combine(_dataFolder, "edugov.db")}";
        start.Environment["DataFolder"] = _dataFolder;
        start.Environment["Demo__SeedOnFirstStart"] = "true";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
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
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"平台进程已退出，退出码 {_process.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync($"{BaseUrl}/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("平台在 120 秒内没有启动。");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string BuildConfiguration() => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EduGov.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("找不到仓库根目录（EduGov.slnx）。");
    }
}
