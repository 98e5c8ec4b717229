using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EduGov.Cli;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Security;
using EduGov.Registry;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Funds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace EduGov.Bench;

/// <summary>
/// <c>training-ledger</c>: the prepaid-fee alert scan at the size of issue 5 item 11 — 5,000 institutions and 2,000,000
/// ledger entries (payments, releases and lesson records) on PostgreSQL. Written untimed (institutions, permits and
/// accounts through EF Core; enrolments, money entries and lessons by binary COPY), then ANALYZE. Timed: the scan over
/// every institution (GROUP BY queries, positions and alerts written in one save) the first time, when every position
/// and alert is new, and again in steady state, when only changes are written. Goal ≤ 5 s. With <c>--keep</c> the database
/// stays, with the small demo district and its accounts seeded first, so that a host can serve it to <c>training-list</c>.
/// </summary>
internal static class TrainingLedgerBenchmark
{
    public static Command Create()
    {
        var connection = new Option<string>("--connection") { Description = "PostgreSQL server connection string (a new database is created on it)", Required = true };
        var institutions = new Option<int>("--institutions") { Description = "institutions under supervision", DefaultValueFactory = _ => 5_000 };
        var entries = new Option<int>("--entries") { Description = "ledger entries: payments, releases and lesson records", DefaultValueFactory = _ => 2_000_000 };
        var keep = new Option<bool>("--keep") { Description = "seed the small demo district and its accounts first and keep the database for training-list" };
        var command = new Command("training-ledger", "prepaid-fee scan: recompute every institution's balances and alerts") { connection, institutions, entries, keep };
        command.SetAction(async (result, ct) => await RunAsync(result.GetValue(connection)!, result.GetValue(institutions), result.GetValue(entries), result.GetValue(keep), ct));
        return command;
    }

    /// <summary>Per enrolment: one payment, eight lesson records, one release.</summary>
    private const int EntriesPerEnrolment = 10;
    private const int LessonRecords = 8;
    private const int LessonsPerRecord = 2;
    private const int ContractLessons = 20;
    private const long LessonFen = 15_000;
    private static readonly TrainingCategory[] Categories = [TrainingCategory.Sports, TrainingCategory.ArtsCulture, TrainingCategory.Science];

    private static async Task<int> RunAsync(string server, int institutionCount, int entryCount, bool keep, CancellationToken ct)
    {
        var suffix = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "edugov-bench-training-" + suffix);
        Directory.CreateDirectory(folder);
        var database = "edugov_bench_training_" + suffix;
        var connectionString = "";
        try
        {
            connectionString = await BenchDatabase.CreateAsync(server, database, ct);
            Environment.SetEnvironmentVariable("Database__Provider", "Postgres");
            Environment.SetEnvironmentVariable("ConnectionStrings__EduGov", connectionString);
            Environment.SetEnvironmentVariable("DataFolder", folder);
            await using var services = EduGovCli.BuildServices();
            var setup = Stopwatch.StartNew();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            if (keep)
            {
                await RegistryDemo.SeedAsync(services, "small", 20260901, null, ct);
            }

            using var actor = CurrentUserAccessor.Use(CurrentUser.System("基准测试", services.GetRequiredService<PermissionCatalog>()));
            var today = EduGov.Platform.Localization.ChinaTime.Today(TimeProvider.System);
            var ids = await WriteInstitutionsAsync(services, institutionCount, today, ct);
            var enrolments = entryCount / EntriesPerEnrolment;
            await CopyLedgerAsync(connectionString, ids, enrolments, today, ct);
            await ExecuteAsync(connectionString, "ANALYZE", ct);
            var written = setup.Elapsed;

            await using var scope = services.CreateAsyncScope();
            var scan = scope.ServiceProvider.GetRequiredService<RecomputeFunds.Handler>();
            var first = Stopwatch.StartNew();
            var firstOutcome = await scan.AllAsync(ct);
            first.Stop();
            var steady = Stopwatch.StartNew();
            var steadyOutcome = await scan.AllAsync(ct);
            steady.Stop();

            Measure.Report("training-ledger (PostgreSQL)",
                ("institutions", $"{institutionCount:N0} written, {firstOutcome.Institutions:N0} scanned"),
                ("enrolments", enrolments.ToString("N0", CultureInfo.InvariantCulture)),
                ("ledger entries", (enrolments * EntriesPerEnrolment).ToString("N0", CultureInfo.InvariantCulture)),
                ("data written (untimed)", $"{written.TotalSeconds:F1} s"),
                ("scan, first run", $"{first.Elapsed.TotalSeconds:F2} s ({firstOutcome.Raised:N0} alerts raised)"),
                ("scan, steady state", $"{steady.Elapsed.TotalSeconds:F2} s ({steadyOutcome.Updated:N0} updated, {steadyOutcome.Resolved:N0} resolved)"),
                ("goal", "≤ 5 s"),
                ("peak working set", $"{Measure.PeakMemoryMiB():F0} MiB"));
            return 0;
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine($"kept: Database__Provider=Postgres ConnectionStrings__EduGov=\"{connectionString}\" DataFolder={folder}");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
                await BenchDatabase.DropAsync(server, database);
            }
        }
    }

    /// <summary>Institutions of three categories with a permit (every 25th expiring soon) and both accounts; every 10th holds less than it should and is graded C.</summary>
    private static async Task<List<Guid>> WriteInstitutionsAsync(ServiceProvider services, int count, DateOnly today, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TrainingDbContext>>().CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var ids = new List<Guid>(count);
        var perInstitution = LessonFen * ContractLessons * 40;
        for (var i = 0; i < count; i++)
        {
            var institution = new TrainingInstitution
            {
                Name = $"基准培训机构{i + 1:D5}", CreditCode = $"91310115{i:D9}X", Kind = TrainingKind.NonAcademic, Category = Categories[i % Categories.Length],
                Status = InstitutionStatus.Licensed, CreditScore = i % 10 == 0 ? 750 : 1000, CreditGrade = i % 10 == 0 ? CreditGrade.C : CreditGrade.A, CreatedAt = now, UpdatedAt = now,
            };
            ids.Add(institution.Id);
            db.Institutions.Add(institution);
            db.Permits.Add(new SchoolPermit { InstitutionId = institution.Id, Number = $"教民{i:D6}", IssuedOn = today.AddYears(-2), ValidUntil = i % 25 == 0 ? today.AddDays(30) : today.AddYears(2), CreatedAt = now });
            db.FundAccounts.Add(new FundAccount { InstitutionId = institution.Id, Kind = FundAccountKind.Custody, BankBalanceFen = i % 10 == 0 ? perInstitution / 4 : perInstitution, BankBalanceOn = today, OpenedOn = today.AddYears(-2), CreatedAt = now });
            db.FundAccounts.Add(new FundAccount { InstitutionId = institution.Id, Kind = FundAccountKind.RiskDeposit, BankBalanceFen = i % 7 == 0 ? 0 : perInstitution, BankBalanceOn = today, OpenedOn = today.AddYears(-2), CreatedAt = now });
        }

        using (AuditScope.Summarize("Bench", $"基准测试：{count} 家机构"))
        {
            await db.SaveChangesAsync(ct);
        }

        return ids;
    }

    /// <summary>Enrolments spread evenly over the institutions; each paid, taught eight times (the latest pending), and partly released.</summary>
    private static async Task CopyLedgerAsync(string connectionString, List<Guid> institutions, int enrolments, DateOnly today, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var start = today.AddDays(-60);
        var amount = LessonFen * ContractLessons;
        var rows = Enumerable.Range(0, enrolments).Select(i => (Id: Guid.CreateVersion7(), Institution: institutions[i % institutions.Count], Index: i)).ToList();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY training_enrolment (\"Id\", \"InstitutionId\", \"CourseId\", \"CourseName\", \"PupilName\", \"GuardianName\", \"GuardianPhoneCipher\", \"GuardianPhoneLookup\", \"GuardianPhoneMasked\", \"Lessons\", \"AmountFen\", \"PaidOn\", \"CourseStart\", \"CoversUntil\", \"CoveredMonths\", \"Status\", \"RecordedBy\", \"CreatedAt\", \"UpdatedAt\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(row.Id, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(row.Institution, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(Guid.Empty, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync("少儿篮球", NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync("学员", NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync("家长", NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync("", NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync("", NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync("139****0000", NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(ContractLessons, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(amount, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(start.AddDays(-(row.Index % 20)), NpgsqlDbType.Date, ct);
                await copy.WriteAsync(start, NpgsqlDbType.Date, ct);
                await copy.WriteAsync(start.AddMonths(3).AddDays(-1), NpgsqlDbType.Date, ct);
                await copy.WriteAsync(3, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync((int)EnrolmentStatus.Active, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync("基准测试", NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY training_ledger_entry (\"Id\", \"InstitutionId\", \"EnrolmentId\", \"Kind\", \"AmountFen\", \"Date\", \"Reference\", \"Note\", \"RecordedBy\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                var confirmedValue = LessonFen * LessonsPerRecord * (LessonRecords - 1);
                await Money(copy, row.Id, row.Institution, LedgerEntryKind.Payment, amount, start.AddDays(-(row.Index % 20)), now, ct);
                await Money(copy, row.Id, row.Institution, LedgerEntryKind.Release, confirmedValue - (row.Index % 3) * LessonFen, today.AddDays(-2), now, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY training_lesson_record (\"Id\", \"InstitutionId\", \"EnrolmentId\", \"TaughtOn\", \"Lessons\", \"ValueFen\", \"Status\", \"DueOn\", \"TokenHash\", \"AnsweredBy\", \"DisputeNote\", \"RecordedBy\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                for (var k = 0; k < LessonRecords; k++)
                {
                    var taught = start.AddDays(7 * k + 1);
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(row.Institution, NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(row.Id, NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(taught, NpgsqlDbType.Date, ct);
                    await copy.WriteAsync(LessonsPerRecord, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(LessonFen * LessonsPerRecord, NpgsqlDbType.Bigint, ct);
                    await copy.WriteAsync((int)(k == LessonRecords - 1 ? LessonConfirmation.Pending : LessonConfirmation.Confirmed), NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(taught.AddDays(21), NpgsqlDbType.Date, ct);
                    await copy.WriteAsync(Convert.ToHexStringLower(row.Id.ToByteArray()) + k.ToString("D32", CultureInfo.InvariantCulture), NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync("", NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync("", NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync("基准测试", NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                }
            }

            await copy.CompleteAsync(ct);
        }
    }

    private static async Task Money(NpgsqlBinaryImporter copy, Guid enrolment, Guid institution, LedgerEntryKind kind, long fen, DateOnly date, DateTime now, CancellationToken ct)
    {
        await copy.StartRowAsync(ct);
        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
        await copy.WriteAsync(institution, NpgsqlDbType.Uuid, ct);
        await copy.WriteAsync(enrolment, NpgsqlDbType.Uuid, ct);
        await copy.WriteAsync((int)kind, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(fen, NpgsqlDbType.Bigint, ct);
        await copy.WriteAsync(date, NpgsqlDbType.Date, ct);
        await copy.WriteAsync("", NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync("", NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync("基准测试", NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
