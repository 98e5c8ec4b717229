using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace EduGov.Tests.Shared;

/// <summary>
/// The real web host (the built EduGov.Web.dll) as its own process on a free loopback port, on a fresh SQLite database
/// seeded with the small demo district. Shared by the HTTP authorization matrix and the browser tests.
/// </summary>
public sealed class PlatformHostProcess : IAsyncDisposable
{
    public const string DemoPassword = "Demo@2026edu";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"edugov-host-{Guid.NewGuid():N}");
    private readonly StringBuilder _output = new();
    private Process? _process;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Everything the host has written to its console so far (the development text-message sender logs there).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string DatabasePath => Path.Combine(_dataFolder, "edugov.db");

    public static async Task<PlatformHostProcess> StartAsync()
    {
        var host = new PlatformHostProcess();
        await host.StartInternalAsync();
        return host;
    }

    private async Task StartInternalAsync()
    {
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        var webDll = Path.Combine(RepositoryPaths.Root(), "src", "EduGov.Web", "bin", RepositoryPaths.BuildConfiguration(), "net10.0", "EduGov.Web.dll");
        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", BaseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__EduGov"] = $"Data Source={DatabasePath}";
        start.Environment["DataFolder"] = _dataFolder;
        start.Environment["Demo__SeedOnFirstStart"] = "true";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
    }

    private Dictionary<string, string> CliEnvironment => new()
    {
        ["ConnectionStrings__EduGov"] = $"Data Source={DatabasePath}",
        ["DataFolder"] = _dataFolder,
    };

    /// <summary>Runs the <c>edugov</c> CLI against this host's database and data folder.</summary>
    public Task<(int ExitCode, string Output)> RunCliAsync(params string[] args) => CliProcess.RunAsync(CliEnvironment, args);

    /// <summary>Starts the <c>edugov</c> CLI against this host's database, with its output redirected, for tests that watch or stop it.</summary>
    public Process StartCli(params string[] args) => CliProcess.Start(CliEnvironment, args);

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
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
        var deadline = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(deadline) < TimeSpan.FromMinutes(3))
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"平台进程已退出，退出码 {_process.ExitCode}：{_output}");
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

        throw new TimeoutException($"平台在 3 分钟内没有启动：{_output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

}
