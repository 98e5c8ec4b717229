using System.Diagnostics;

namespace EduGov.Tests.Shared;

/// <summary>The built <c>edugov</c> command line, run as its own process, as an operator or auditor runs it.</summary>
public static class CliProcess
{
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var cliDll = Path.Combine(RepositoryPaths.Root(), "src", "EduGov.Cli", "bin", RepositoryPaths.BuildConfiguration(), "net10.0", "edugov.dll");
        var start = new ProcessStartInfo("dotnet", [cliDll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs to the end; returns the exit code and stdout followed by stderr.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var cli = Start(environment, args);
        var output = cli.StandardOutput.ReadToEndAsync();
        var errors = cli.StandardError.ReadToEndAsync();
        await cli.WaitForExitAsync();
        return (cli.ExitCode, await output + await errors);
    }

    public static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);
}
