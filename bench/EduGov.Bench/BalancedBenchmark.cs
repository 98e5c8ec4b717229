using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EduGov.Cli;
using EduGov.Inspection.Balanced;
using EduGov.Inspection.Data;
using EduGov.Metrics.BalancedDevelopment;
using EduGov.Platform.Data;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Bench;

/// <summary>
/// <c>balanced</c>: the 优质均衡 evaluation of a whole district from the database (issue 6 item 8). A fresh database (a new
/// PostgreSQL database on the given server, or a SQLite file in a temp folder), migrated, seeded with a demo preset
/// (<c>district</c>: about 270 primary and junior schools and 400,000 pupils) and the demo 办学条件 of the current year; then
/// <c>EvaluateBalanced.Handler</c> as the bureau (registry staffing GROUP BY queries, facilities, evaluator, issue marks),
/// warmed up, then timed N times one after the other. The registry's staffing contract alone is timed the same way.
/// </summary>
internal static class BalancedBenchmark
{
    private const int WarmUpRuns = 3;

    public static Command Create()
    {
        var provider = new Option<string>("--provider") { Description = "postgres | sqlite", DefaultValueFactory = _ => "postgres" };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL server connection string (a new database is created on it)" };
        var preset = new Option<string>("--preset") { Description = "demo district: district | small", DefaultValueFactory = _ => "district" };
        var runs = new Option<int>("--runs") { Description = "timed evaluations after the warm-up", DefaultValueFactory = _ => 20 };
        var command = new Command("balanced", "balanced-development evaluation of a seeded district from the database: p50/p95/max") { provider, connection, preset, runs };
        command.SetAction(async (result, ct) =>
            await RunAsync(result.GetValue(provider)!, result.GetValue(connection), result.GetValue(preset)!, result.GetValue(runs), ct));
        return command;
    }

    private static async Task<int> RunAsync(string provider, string? serverConnection, string preset, int runs, CancellationToken ct)
    {
        var postgres = provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
        if (postgres && string.IsNullOrWhiteSpace(serverConnection))
        {
            Console.Error.WriteLine("--connection is required for postgres");
            return 2;
        }

        var suffix = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "edugov-bench-balanced-" + suffix);
        Directory.CreateDirectory(folder);
        var database = postgres ? "edugov_bench_balanced_" + suffix : null;
        try
        {
            var connectionString = database is null ? $"Data Source={Path.Combine(folder, "edugov.db")}" : await BenchDatabase.CreateAsync(serverConnection!, database, ct);
            Environment.SetEnvironmentVariable("Database__Provider", postgres ? "Postgres" : "Sqlite");
            Environment.SetEnvironmentVariable("ConnectionStrings__EduGov", connectionString);
            Environment.SetEnvironmentVariable("DataFolder", folder);
            await using var services = EduGovCli.BuildServices();
            var year = ChinaTime.Today(TimeProvider.System).Year;
            var timer = Stopwatch.StartNew();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var seeded = await RegistryDemo.SeedAsync(services, preset, 20260901, null, ct);
            await using (var db = await services.GetRequiredService<IDbContextFactory<InspectionDbContext>>().CreateDbContextAsync(ct))
            {
                await FacilitiesDemo.SeedAsync(db, services.GetRequiredService<IRegistryDirectory>(), 20260901, year, ct);
            }

            var seedTime = timer.Elapsed;
            using var actor = CurrentUserAccessor.Use(CurrentUser.System("基准测试", services.GetRequiredService<PermissionCatalog>()));
            await using var scope = services.CreateAsyncScope();
            var evaluate = scope.ServiceProvider.GetRequiredService<EvaluateBalanced.Handler>();
            var registry = services.GetRequiredService<IRegistryDirectory>();
            var query = new EvaluateBalanced.Query(year);
            var (evaluation, last) = await TimeAsync(runs, () => evaluate.HandleAsync(query, ct));
            var (staffing, _) = await TimeAsync(runs, () => registry.CompulsoryStaffingAsync(ct));

            Measure.Report($"balanced evaluation, {preset} preset, {runs} runs after {WarmUpRuns} warm-up",
            [
                ("database", postgres ? $"PostgreSQL ({database})" : "SQLite (temp file)"),
                ("migrate + seed", $"{seedTime.TotalSeconds:F1} s ({seeded.Schools} schools, {seeded.Students:N0} pupils, {seeded.Staff:N0} staff; 办学条件 {year - 1}–{year})"),
                ("school stages evaluated", $"{last.Schools.Count} ({last.Schools.Sum(s => s.Pupils):N0} pupils); not evaluated {last.NotEvaluated.Count}"),
                .. last.Stages.Select(s => ($"{s.Stage.Code()}", Describe(s))),
                ("evaluation p50 / p95 / max", Percentiles(evaluation)),
                ("staffing contract p50 / p95 / max", Percentiles(staffing)),
                ("goal", "≤ 1,000 ms for the whole page computation"),
            ]);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (database is not null)
            {
                await BenchDatabase.DropAsync(serverConnection!, database);
            }
        }
    }

    private static string Describe(EvaluateBalanced.StageSummary stage)
    {
        var failing = stage.FailingCoefficients.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Indicator.Code()} {c.Value:0.000} > {c.Maximum:0.00}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{stage.SchoolsMeetingStandard} of {stage.SchoolsEvaluated} schools meet the standard; coefficients over the maximum: {(stage.FailingCoefficients.Count == 0 ? "none" : string.Join(", ", failing))}");
    }

    /// <summary>Runs <paramref name="work"/> <see cref="WarmUpRuns"/> times unmeasured, then <paramref name="runs"/> times; sorted milliseconds and the last result.</summary>
    private static async Task<(List<double> Sorted, T Last)> TimeAsync<T>(int runs, Func<Task<T>> work)
    {
        var last = default(T)!;
        for (var i = 0; i < WarmUpRuns; i++)
        {
            last = await work();
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var timer = Stopwatch.StartNew();
            last = await work();
            times.Add(timer.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times, last);
    }

    private static string Percentiles(List<double> sorted) => sorted.Count == 0
        ? "no runs"
        : string.Create(CultureInfo.InvariantCulture, $"{Measure.Percentile(sorted, 50):F0} / {Measure.Percentile(sorted, 95):F0} / {sorted[^1]:F0} ms");
}
