using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EduGov.Cli;
using EduGov.Inspection.Bulletins;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EduGov.Bench;

/// <summary>
/// <c>bulletin</c>: the bureau's quarterly bulletin (issue 6 §8) on a district-size inspection history. A fresh database
/// (SQLite file in a temp folder, or a new PostgreSQL database on the given server) is migrated; the registry gets a bureau,
/// Z zones and N schools; the inspection module one inspector per 5 schools and, for each of the last M months, one planned
/// visit per school (about 95 % done by a submitted visit, 3 % missed, 2 % cancelled), about 3 % extra emergency visits, and
/// 1–3 issue-list items per visit with mixed severities and statuses (closed out on time or late, rectifying, open).
/// Then, as the system user, it times the bureau bulletin of the last full quarter: composing it (the JSON of the API),
/// and the Word and Excel downloads (each composes again, writes the file and records the audit event), after one warm-up.
/// </summary>
internal static class BulletinBenchmark
{
    public static Command Create()
    {
        var provider = new Option<string>("--provider") { Description = "sqlite | postgres", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL server connection string (a new database is created on it)" };
        var schools = new Option<int>("--schools") { Description = "schools in the district", DefaultValueFactory = _ => 650 };
        var zones = new Option<int>("--zones") { Description = "school zones", DefaultValueFactory = _ => 10 };
        var months = new Option<int>("--months") { Description = "months of inspection history before today (at least the last full quarter)", DefaultValueFactory = _ => 12 };
        var runs = new Option<int>("--runs") { Description = "timed runs after one warm-up", DefaultValueFactory = _ => 10 };
        var command = new Command("bulletin", "bureau quarterly bulletin (compose, Word, Excel) on a district-size inspection history: p50/max") { provider, connection, schools, zones, months, runs };
        command.SetAction(async (result, ct) => await RunAsync(
            result.GetValue(provider)!, result.GetValue(connection), new Size(result.GetValue(schools), result.GetValue(zones), Math.Max(6, result.GetValue(months))), result.GetValue(runs), ct));
        return command;
    }

    private sealed record Size(int Schools, int Zones, int Months);

    private static async Task<int> RunAsync(string provider, string? serverConnection, Size size, int runs, CancellationToken ct)
    {
        var postgres = provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
        if (postgres && string.IsNullOrWhiteSpace(serverConnection))
        {
            Console.Error.WriteLine("--connection is required for postgres");
            return 2;
        }

        var folder = Path.Combine(Path.GetTempPath(), "edugov-bench-bulletin-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var database = postgres ? "edugov_bench_bulletin_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) : null;
        try
        {
            var connectionString = postgres
                ? await CreatePostgresDatabaseAsync(serverConnection!, database!, ct)
                : $"Data Source={Path.Combine(folder, "edugov.db")}";
            Environment.SetEnvironmentVariable("Database__Provider", postgres ? "Postgres" : "Sqlite");
            Environment.SetEnvironmentVariable("ConnectionStrings__EduGov", connectionString);
            Environment.SetEnvironmentVariable("DataFolder", folder);
            await using var services = EduGovCli.BuildServices();
            var system = CurrentUser.System("基准测试", services.GetRequiredService<PermissionCatalog>());
            var timer = Stopwatch.StartNew();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>());
            History history;
            using (CurrentUserAccessor.Use(system))
            using (AuditScope.Summarize("Bench", "基准测试：生成区县规模的督导历史"))
            {
                var schoolIds = await AddDistrictAsync(services, size, ct);
                history = await AddHistoryAsync(services, schoolIds, size.Months, today, ct);
            }

            var generateTime = timer.Elapsed;
            var (year, quarter) = LastFullQuarter(today);
            var query = new ComposeBulletin.Query(BulletinPeriod.Quarter, year, quarter);
            var sample = await TimeAsync(services, system, query, ct);
            var timings = new List<Timing>();
            for (var i = 0; i < runs; i++)
            {
                timings.Add(await TimeAsync(services, system, query, ct));
            }

            var f = sample.Bulletin.Figures;
            Measure.Report($"bureau bulletin {sample.Bulletin.PeriodName}, {size.Schools} schools, {size.Zones} zones, {runs} runs after 1 warm-up",
            [
                ("database", postgres ? $"PostgreSQL ({database})" : "SQLite (temp file)"),
                ("migrate + generate", $"{generateTime.TotalSeconds:F1} s: {history.Plans:N0} planned visits, {history.Visits:N0} visits, {history.Issues:N0} issue-list items over {size.Months} months"),
                ("quarter figures", $"planned {f.Planned:N0}, done {f.PlannedDone:N0}, visits {f.Visits:N0}, findings {f.Findings:N0}, closed {f.ClosedOut:N0}, open {f.OpenAtEnd:N0}, overdue {f.OverdueAtEnd:N0}"),
                ("files", $"docx {sample.WordBytes / 1024.0:F0} KiB, xlsx {sample.ExcelBytes / 1024.0:F0} KiB"),
                .. Figures("compose (JSON)", timings.Select(t => t.Compose)),
                .. Figures("Word download", timings.Select(t => t.Word)),
                .. Figures("Excel download", timings.Select(t => t.Excel)),
                .. Figures("all three, one after another", timings.Select(t => t.Compose + t.Word + t.Excel)),
                ("goal", "≤ 5 s for the bulletin of a quarter"),
                ("peak working set", $"{Measure.PeakMemoryMiB():N0} MiB (whole process, generation included)"),
            ]);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (database is not null)
            {
                await DropPostgresDatabaseAsync(serverConnection!, database);
            }
        }
    }

    private sealed record Timing(ComposeBulletin.Bulletin Bulletin, double Compose, double Word, double Excel, int WordBytes, int ExcelBytes);

    private static async Task<Timing> TimeAsync(IServiceProvider services, CurrentUser user, ComposeBulletin.Query query, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserAccessor>().Set(user);
        var composer = scope.ServiceProvider.GetRequiredService<ComposeBulletin.Handler>();
        var exporter = scope.ServiceProvider.GetRequiredService<ExportBulletin.Handler>();
        var timer = Stopwatch.StartNew();
        var bulletin = await composer.HandleAsync(query, ct);
        var compose = timer.Elapsed.TotalMilliseconds;
        timer.Restart();
        var word = await exporter.WordAsync(query, ct);
        var wordTime = timer.Elapsed.TotalMilliseconds;
        timer.Restart();
        var excel = await exporter.ExcelAsync(query, ct);
        return new Timing(bulletin, compose, wordTime, timer.Elapsed.TotalMilliseconds, word.Content.Length, excel.Content.Length);
    }

    private static IEnumerable<(string, string)> Figures(string name, IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        return [($"{name} p50", $"{Measure.Percentile(sorted, 50):F0} ms"), ($"{name} max", $"{sorted[^1]:F0} ms")];
    }

    private static (int Year, int Quarter) LastFullQuarter(DateOnly today)
    {
        var (year, quarter) = PeriodSpan.Containing(BulletinPeriod.Quarter, today);
        return quarter == 1 ? (year - 1, 4) : (year, quarter - 1);
    }

    /// <summary>The bureau, the zones and the schools, written straight to the registry's tables.</summary>
    private static async Task<List<Guid>> AddDistrictAsync(IServiceProvider services, Size size, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ct);
        db.Bureaus.Add(new Bureau { Name = "上海市浦东新区教育局", RegionCode = "310115" });
        var zones = Enumerable.Range(1, size.Zones).Select(z => new SchoolZone { Name = $"第{z}学区", RegionCode = "310115" }).ToList();
        db.AddRange(zones);
        var schools = Enumerable.Range(1, size.Schools).Select(s => new School
        {
            Code = (2131000000 + s).ToString(CultureInfo.InvariantCulture),
            Name = $"浦东新区第{s}学校",
            Type = (s % 3) switch { 0 => SchoolType.Junior, 1 => SchoolType.Primary, _ => SchoolType.Kindergarten },
            Ownership = Ownership.Public,
            RegionCode = "310115",
            ZoneId = zones[s % zones.Count].Id,
            FoundedOn = new DateOnly(2000, 9, 1),
        }).ToList();
        db.AddRange(schools);
        await db.SaveChangesAsync(ct);
        return [.. schools.Select(s => s.Id)];
    }

    private sealed record History(int Plans, int Visits, int Issues);

    /// <summary>Inspectors, assignments, and month by month the plans, visits and issue-list items, each month one save.</summary>
    private static async Task<History> AddHistoryAsync(IServiceProvider services, List<Guid> schools, int months, DateOnly today, CancellationToken ct)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<InspectionDbContext>>();
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-months);
        var inspectors = new List<Guid>();
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            for (var i = 0; i < schools.Count; i += 5)
            {
                var inspector = new Inspector { Name = $"督学{(i / 5) + 1}", Employment = InspectorEmployment.PartTime, CertificateNumber = $"DX-{(i / 5) + 1:0000}", CreatedAt = DateTime.UnixEpoch };
                db.Inspectors.Add(inspector);
                inspectors.Add(inspector.Id);
                db.Assignments.AddRange(schools.Skip(i).Take(5).Select(s => new Assignment { InspectorId = inspector.Id, SchoolId = s, From = first }));
            }

            await db.SaveChangesAsync(ct);
        }

        var counts = new History(0, 0, 0);
        var issueNumbers = new Dictionary<int, int>();
        for (var m = 0; m < months; m++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var month = first.AddMonths(m);
            counts = AddMonth(db, schools, inspectors, month, today, issueNumbers, counts);
            await db.SaveChangesAsync(ct);
        }

        return counts;
    }

    private static History AddMonth(InspectionDbContext db, List<Guid> schools, List<Guid> inspectors, DateOnly month, DateOnly today, Dictionary<int, int> issueNumbers, History counts)
    {
        var (plans, visits, issues) = (counts.Plans, counts.Visits, counts.Issues);
        var days = month.AddMonths(1).AddDays(-1).Day;
        for (var s = 0; s < schools.Count; s++)
        {
            var seed = (month.DayNumber * 1_000) + s;
            var plan = new PlannedVisit { InspectorId = inspectors[s / 5], SchoolId = schools[s], Month = month };
            db.PlannedVisits.Add(plan);
            plans++;
            var roll = Roll(seed, 100);
            var visitedOn = month.AddDays(Roll(seed + 1, days));
            if (roll < 2)
            {
                plan.Status = PlannedVisitStatus.Cancelled;
            }
            else if (roll < 5 || visitedOn > today)
            {
                plan.Status = PlannedVisitStatus.Planned;
            }
            else
            {
                var visit = NewVisit(plan.SchoolId, plan.InspectorId, visitedOn, emergency: false);
                (plan.Status, plan.VisitId, visit.PlannedVisitId) = (PlannedVisitStatus.Done, visit.Id, plan.Id);
                db.Visits.Add(visit);
                visits++;
                issues += AddFindings(db, visit, seed, today, issueNumbers);
            }

            var emergencyOn = month.AddDays(Roll(seed + 2, days));
            if (Roll(seed + 3, 100) < 3 && emergencyOn <= today)
            {
                var emergency = NewVisit(plan.SchoolId, plan.InspectorId, emergencyOn, emergency: true);
                db.Visits.Add(emergency);
                visits++;
                issues += AddFindings(db, emergency, seed + 4, today, issueNumbers);
            }
        }

        return new History(plans, visits, issues);
    }

    private static Visit NewVisit(Guid school, Guid inspector, DateOnly on, bool emergency) => new()
    {
        SchoolId = school, InspectorId = inspector, VisitedOn = on, IsEmergency = emergency, Status = VisitStatus.Submitted,
        Kind = emergency ? InspectionKind.Thematic : (on.Day % 10) switch { 0 => InspectionKind.Comprehensive, 1 => InspectionKind.Thematic, _ => InspectionKind.Routine },
        Methods = VisitMethods.CampusPatrol | VisitMethods.DocumentReview, Summary = "基准测试督导记录", CreatedAt = DateTime.UnixEpoch, SubmittedAt = DateTime.UnixEpoch,
    };

    /// <summary>1–3 items: 60 % closed out (some after the deadline), 25 % in rectification, 15 % still open.</summary>
    private static int AddFindings(InspectionDbContext db, Visit visit, int seed, DateOnly today, Dictionary<int, int> issueNumbers)
    {
        var count = 1 + Roll(seed + 5, 3);
        for (var k = 0; k < count; k++)
        {
            var roll = Roll(seed + 10 + k, 100);
            var severity = visit.IsEmergency || roll % 10 == 0 ? IssueSeverity.Critical : roll % 3 == 0 ? IssueSeverity.Serious : IssueSeverity.Minor;
            var deadline = visit.VisitedOn.AddDays(severity switch { IssueSeverity.Critical => 5, IssueSeverity.Serious => 14, _ => 30 });
            var closedOn = visit.VisitedOn.AddDays(1 + Roll(seed + 20 + k, 45));
            var closed = roll < 60 && closedOn <= today;
            var year = visit.VisitedOn.Year;
            issueNumbers[year] = issueNumbers.GetValueOrDefault(year) + 1;
            db.Issues.Add(new Issue
            {
                Number = $"{year}-{issueNumbers[year]:00000}", SchoolId = visit.SchoolId, VisitId = visit.Id, InspectorId = visit.InspectorId,
                Source = visit.IsEmergency ? IssueSource.Emergency : IssueSource.Visit, Item = (SupervisionItem)(1 + Roll(seed + 30 + k, 8)),
                Description = "基准测试问题", Severity = severity, Rule = "《中小学校责任督学挂牌督导办法》", OpenedOn = visit.VisitedOn, Deadline = deadline,
                Status = closed ? IssueStatus.ClosedOut : roll < 85 ? IssueStatus.Rectifying : IssueStatus.Open, ClosedOn = closed ? closedOn : null,
                OpenedByName = "基准测试", CreatedAt = DateTime.UnixEpoch,
            });
        }

        return count;
    }

    /// <summary>A reproducible number in [0, n) from a seed (SplitMix64 finaliser); the data only needs to look mixed.</summary>
    private static int Roll(int seed, int n)
    {
        var z = (ulong)seed + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) % (ulong)n);
    }

    private static async Task<string> CreatePostgresDatabaseAsync(string server, string database, CancellationToken ct)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync(ct);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
        await create.ExecuteNonQueryAsync(ct);
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    private static async Task DropPostgresDatabaseAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync(CancellationToken.None);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
