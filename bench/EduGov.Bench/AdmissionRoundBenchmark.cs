using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EduGov.Admission.Applications;
using EduGov.Admission.Ceremony;
using EduGov.Admission.Data;
using EduGov.Admission.Demo;
using EduGov.Admission.Domain;
using EduGov.Cli;
using EduGov.Platform.Data;
using EduGov.Platform.Demo;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Bench;

/// <summary>
/// <c>admission-round</c>: a Pudong-size primary round end to end (issue 4 item 10). A fresh database, migrated and seeded
/// with a demo district (<c>district</c>: Pudong-like, about 200 primary-entry schools); then a new round with seats for
/// about the number of children and N verified applications (default 45,000: catchment families in every category, one
/// in five applying to private schools) written untimed. Timed: freezing the manifest, the draw (seed, lottery numbers,
/// deferred acceptance, overflow placement, every offer, reason and history step written to the database in one
/// transaction) and publication, one after the other as at the ceremony; peak memory of the process.
/// </summary>
internal static class AdmissionRoundBenchmark
{
    private const double SeatsPerChild = 1.02;

    public static Command Create()
    {
        var provider = new Option<string>("--provider") { Description = "postgres | sqlite", DefaultValueFactory = _ => "postgres" };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL server connection string (a new database is created on it)" };
        var preset = new Option<string>("--preset") { Description = "demo district: district | small", DefaultValueFactory = _ => "district" };
        var children = new Option<int>("--children") { Description = "verified applications in the round", DefaultValueFactory = _ => 45_000 };
        var command = new Command("admission-round", "a whole admission round on the database: freeze, draw (lotteries, DA, overflow, offers written), publish") { provider, connection, preset, children };
        command.SetAction(async (result, ct) =>
            await RunAsync(result.GetValue(provider)!, result.GetValue(connection), result.GetValue(preset)!, result.GetValue(children), ct));
        return command;
    }

    private static async Task<int> RunAsync(string provider, string? serverConnection, string preset, int children, CancellationToken ct)
    {
        var postgres = provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
        if (postgres && string.IsNullOrWhiteSpace(serverConnection))
        {
            Console.Error.WriteLine("--connection is required for postgres");
            return 2;
        }

        var suffix = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "edugov-bench-admission-" + suffix);
        Directory.CreateDirectory(folder);
        var database = postgres ? "edugov_bench_admission_" + suffix : null;
        try
        {
            var connectionString = database is null ? $"Data Source={Path.Combine(folder, "edugov.db")}" : await BenchDatabase.CreateAsync(serverConnection!, database, ct);
            Environment.SetEnvironmentVariable("Database__Provider", postgres ? "Postgres" : "Sqlite");
            Environment.SetEnvironmentVariable("ConnectionStrings__EduGov", connectionString);
            Environment.SetEnvironmentVariable("DataFolder", folder);
            await using var services = EduGovCli.BuildServices();
            var timer = Stopwatch.StartNew();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var seeded = await RegistryDemo.SeedAsync(services, preset, 20260901, null, ct);
            using var actor = CurrentUserAccessor.Use(CurrentUser.System("基准测试", services.GetRequiredService<PermissionCatalog>()));
            var (roundId, seats) = await WriteRoundAsync(services, children, ct);
            var setup = timer.Elapsed;

            await using var scope = services.CreateAsyncScope();
            var freeze = await TimeAsync(() => scope.ServiceProvider.GetRequiredService<FreezeManifest.Handler>().HandleAsync(roundId, ct));
            var draw = await TimeAsync(() => scope.ServiceProvider.GetRequiredService<RunDraw.Handler>().HandleAsync(new RunDraw.Command(roundId, "福彩3D第2027150期 518", ["3807", "1945", "6620"]), ct));
            var publish = await TimeAsync(async () =>
            {
                await scope.ServiceProvider.GetRequiredService<PublishResults.Handler>().HandleAsync(roundId, ct);
                return true;
            });
            var total = freeze.Elapsed + draw.Elapsed + publish.Elapsed;

            Measure.Report($"admission round, {preset} preset, {children:N0} verified applications",
            [
                ("database", postgres ? $"PostgreSQL ({database})" : "SQLite (temp file)"),
                ("migrate + seed + round", $"{setup.TotalSeconds:F1} s ({seeded.Schools} schools; {seats:N0} seats in the round)"),
                ("freeze", $"{freeze.Elapsed.TotalSeconds:F2} s ({freeze.Value.Tokens:N0} tokens)"),
                ("draw", $"{draw.Elapsed.TotalSeconds:F2} s (main round {draw.Value.MainRound:N0}, overflow {draw.Value.Overflow:N0}, unplaced {draw.Value.Unplaced:N0})"),
                ("publish", $"{publish.Elapsed.TotalSeconds:F2} s"),
                ("freeze + draw + publish", $"{total.TotalSeconds:F2} s"),
                ("peak working set", $"{Measure.PeakMemoryMiB():F0} MiB"),
                ("goal", "≤ 30 s end to end"),
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

    /// <summary>Next year's round: the demo's catchments, seats spread over the schools as the demo plans them, scaled to the children.</summary>
    private static async Task<(Guid RoundId, int Seats)> WriteRoundAsync(IServiceProvider services, int children, CancellationToken ct)
    {
        var registry = services.GetRequiredService<IRegistryDirectory>();
        var schools = (await registry.AllSchoolsAsync(ct)).Where(s => s.Type is SchoolType.Primary or SchoolType.NineYear or SchoolType.TwelveYear).ToList();
        await using var db = await services.GetRequiredService<IDbContextFactory<AdmissionDbContext>>().CreateDbContextAsync(ct);
        var rules = await db.Catchments.AsNoTracking().ToListAsync(ct);
        var latest = await db.Rounds.OrderByDescending(r => r.Year).FirstAsync(ct);
        var plans = await db.Seats.AsNoTracking().Where(s => s.RoundId == latest.Id).ToListAsync(ct);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(TimeProvider.System);
        var round = DemoRounds.Current(latest.Year + 1, today, now);
        var scale = children * SeatsPerChild / plans.Sum(p => p.Seats);
        var seats = plans.Select(p => new SeatPlan
        {
            RoundId = round.Id, SchoolId = p.SchoolId, ClassCap = p.ClassCap, UpdatedAt = now,
            PlannedClasses = Math.Max(1, (int)Math.Round(p.PlannedClasses * scale)),
        }).ToList();
        db.Rounds.Add(round);
        db.Seats.AddRange(seats);
        await db.SaveChangesAsync(ct);

        var streets = CatchmentPlan.For([.. schools.Where(s => s.Ownership == Ownership.Public)]);
        var privateSchools = schools.Where(s => s.Ownership != Ownership.Public).Select(s => s.Id).ToList();
        var factory = new ApplicantFactory(services.GetRequiredService<FieldProtector>(), services.GetRequiredService<ApplicationClassifier>(), new SeededRandom(20270501));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var written = 0; written < children; written += 5_000)
        {
            var batch = Enumerable.Range(0, Math.Min(5_000, children - written)).Select(_ =>
            {
                var application = factory.Create(round, streets, privateSchools, rules, now);
                application.Status = ApplicationStatus.Verified;
                return application;
            }).ToList();
            db.Applications.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return (round.Id, seats.Sum(s => s.Seats));
    }

    private static async Task<(T Value, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> work)
    {
        var timer = Stopwatch.StartNew();
        var value = await work();
        return (value, timer.Elapsed);
    }
}
