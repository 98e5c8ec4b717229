using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EduGov.Cli;
using EduGov.Platform.Data;
using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using EduGov.Registry;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Students;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Npgsql;

namespace EduGov.Bench;

/// <summary>
/// <c>import</c>: the pupil import of issue 3 §4 end to end. A fresh database (SQLite file in a temp folder, or a new
/// PostgreSQL database on the given server), migrated and seeded with the <c>small</c> preset; then N valid pupil rows for the
/// seeded schools (身份证号 with region 440106, which the seed never uses, birth dates matching the grade, no class number)
/// written to xlsx with the template headers and imported through <see cref="ImportRunner"/> as the system user.
/// The import caps a file at <see cref="ImportDefinition.MaxRows"/> rows, so N above it is split into that many files,
/// imported one after the other (one transaction each); the figure is the sum. On PostgreSQL the floor is the time
/// <c>COPY … FROM STDIN (FORMAT binary)</c> takes for the same number of student and guardian rows (the rows just imported,
/// exported with COPY TO first) into <c>CREATE TEMP TABLE … (LIKE registry_student INCLUDING ALL)</c>, indexes included.
/// </summary>
internal static class ImportBenchmark
{
    private const string Region = "440106";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"];
    private static readonly string[] GivenChars = ["子", "涵", "浩", "宇", "欣", "怡", "梓", "轩", "雨", "泽", "晨", "思", "嘉", "一", "诺", "俊", "佳", "琪", "博", "文", "昊", "然", "可", "馨"];

    public static Command Create()
    {
        var provider = new Option<string>("--provider") { Description = "sqlite | postgres", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL server connection string (a new database is created on it)" };
        var rows = new Option<int>("--rows") { Description = "pupil rows to import", DefaultValueFactory = _ => 400_000 };
        var command = new Command("import", "pupil import from xlsx into a fresh database seeded with the small preset; PostgreSQL COPY floor") { provider, connection, rows };
        command.SetAction(async (result, ct) => await RunAsync(result.GetValue(provider)!, result.GetValue(connection), result.GetValue(rows), ct));
        return command;
    }

    private static async Task<int> RunAsync(string provider, string? serverConnection, int rowCount, CancellationToken ct)
    {
        var postgres = provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
        if (postgres && string.IsNullOrWhiteSpace(serverConnection))
        {
            Console.Error.WriteLine("--connection is required for postgres");
            return 2;
        }

        var folder = Path.Combine(Path.GetTempPath(), "edugov-bench-import-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        string? database = null;
        try
        {
            string connectionString;
            if (postgres)
            {
                database = "edugov_bench_import_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
                await using (var admin = new NpgsqlConnection(serverConnection))
                {
                    await admin.OpenAsync(ct);
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                    await create.ExecuteNonQueryAsync(ct);
                }

                connectionString = new NpgsqlConnectionStringBuilder(serverConnection) { Database = database }.ConnectionString;
            }
            else
            {
                connectionString = $"Data Source={Path.Combine(folder, "edugov.db")}";
            }

            Environment.SetEnvironmentVariable("Database__Provider", postgres ? "Postgres" : "Sqlite");
            Environment.SetEnvironmentVariable("ConnectionStrings__EduGov", connectionString);
            Environment.SetEnvironmentVariable("DataFolder", folder);
            await using var services = EduGovCli.BuildServices();
            var timer = Stopwatch.StartNew();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var seeded = await RegistryDemo.SeedAsync(services, "small", 20260901, null, ct);
            var seedTime = timer.Elapsed;

            List<(string Code, SchoolType Type)> schools;
            await using (var db = await services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ct))
            {
                schools = [.. (await db.Schools.AsNoTracking().Select(s => new { s.Code, s.Type }).ToListAsync(ct)).Select(s => (s.Code, s.Type))];
            }

            timer.Restart();
            var maxRows = ImportStudents.Definition.MaxRows;
            var files = new List<string>();
            var generated = Generate(schools, rowCount).Chunk(maxRows).ToList();
            for (var i = 0; i < generated.Count; i++)
            {
                var path = Path.Combine(folder, $"学生_{i + 1}.xlsx");
                await using var output = File.Create(path);
                await output.SaveAsAsync(generated[i], sheetName: ImportStudents.Definition.SheetName, cancellationToken: ct);
                files.Add(path);
            }

            generated.Clear();
            var writeTime = timer.Elapsed;
            GC.Collect();

            var catalog = services.GetRequiredService<PermissionCatalog>();
            var imported = 0;
            var perFile = new List<string>();
            var phases = new PhaseTimer();
            var importTimer = Stopwatch.StartNew();
            using (CurrentUserAccessor.Use(CurrentUser.System("基准测试导入", catalog)))
            {
                foreach (var path in files)
                {
                    var fileTimer = Stopwatch.StartNew();
                    await using var scope = services.CreateAsyncScope();
                    await using var stream = File.OpenRead(path);
                    var outcome = await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync("students", stream, Path.GetFileName(path), dryRun: false, new ImmediateProgress(phases.Observe), ct);
                    if (!outcome.Succeeded)
                    {
                        foreach (var error in outcome.Errors.Take(20))
                        {
                            Console.Error.WriteLine($"row {error.RowNumber} {error.Column}: {error.Message}");
                        }

                        Console.Error.WriteLine($"{outcome.Errors.Count:N0} errors: nothing written");
                        return 1;
                    }

                    imported += outcome.Rows;
                    perFile.Add($"{outcome.Rows:N0} rows {fileTimer.Elapsed.TotalSeconds:F1} s");
                }
            }

            var importTime = importTimer.Elapsed;
            var figures = new List<(string, string)>
            {
                ("database", postgres ? $"PostgreSQL ({database})" : "SQLite (temp file)"),
                ("migrate + seed small", $"{seedTime.TotalSeconds:F1} s ({seeded.Schools} schools, {seeded.Students:N0} pupils)"),
                ("generate + write xlsx", $"{writeTime.TotalSeconds:F1} s, {files.Count} file(s) of ≤ {maxRows:N0} rows, {files.Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0:F1} MiB"),
                ("import wall time", $"{importTime.TotalSeconds:F1} s ({string.Join("; ", perFile)})"),
                ("by phase", phases.Describe(importTime)),
                ("rows imported", $"{imported:N0}"),
                ("rows per second", $"{imported / importTime.TotalSeconds:N0}"),
                ("peak working set", $"{Measure.PeakMemoryMiB():N0} MiB (whole process, seeding included)"),
            };
            if (postgres)
            {
                figures.AddRange(await CopyFloorAsync(connectionString, imported, ct));
            }

            Measure.Report($"import students, {rowCount:N0} rows", [.. figures]);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(serverConnection);
                await admin.OpenAsync(CancellationToken.None);
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>COPY of the same number of student and guardian rows, as binary, into temp tables LIKE the real ones (indexes included).</summary>
    private static async Task<IEnumerable<(string, string)>> CopyFloorAsync(string connectionString, int rows, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var results = new List<(string, string)>();
        var total = TimeSpan.Zero;
        foreach (var table in new[] { "registry_student", "registry_guardian" })
        {
            using var buffer = new MemoryStream();
            await using (var source = await connection.BeginRawBinaryCopyAsync($"COPY (SELECT * FROM {table} LIMIT {rows}) TO STDOUT (FORMAT binary)", ct))
            {
                await source.CopyToAsync(buffer, ct);
            }

            await using (var create = new NpgsqlCommand($"CREATE TEMP TABLE floor_{table} (LIKE {table} INCLUDING ALL)", connection))
            {
                await create.ExecuteNonQueryAsync(ct);
            }

            var timer = Stopwatch.StartNew();
            await using (var target = await connection.BeginRawBinaryCopyAsync($"COPY floor_{table} FROM STDIN (FORMAT binary)", ct))
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(target, ct);
            }

            total += timer.Elapsed;
            results.Add(($"COPY floor {table}", $"{timer.Elapsed.TotalSeconds:F2} s ({rows:N0} rows, {buffer.Length / 1024.0 / 1024.0:F0} MiB binary)"));
        }

        results.Add(("COPY floor total", $"{total.TotalSeconds:F2} s"));
        return results;
    }

    /// <summary>Valid rows: 身份证号 from region 440106 with a per-birth-date sequence, birth dates inside the grade's school year.</summary>
    private static IEnumerable<Dictionary<string, object?>> Generate(List<(string Code, SchoolType Type)> schools, int count)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        var schoolYear = today.Month >= 9 ? today.Year : today.Year - 1;
        var sequences = new Dictionary<DateOnly, int>();
        var random = new SplitMix(20260901);
        var gradesOf = schools.Select(s => StageNames.GradesOf(s.Type)).ToArray();
        for (var i = 0; i < count; i++)
        {
            var s = (int)random.Below((ulong)schools.Count);
            var grades = gradesOf[s];
            var grade = grades[(int)random.Below((ulong)grades.Count)];

            // Grade 1 in school year Y: born 1 Sep (Y − 7) to 31 Aug (Y − 6).
            var first = new DateOnly(schoolYear - 6 - grade, 9, 1);
            DateOnly birth;
            int sequence;
            do
            {
                birth = first.AddDays((int)random.Below(365));
                sequences.TryGetValue(birth, out sequence);
                sequences[birth] = sequence + 1;
            }
            while (sequence > 999);

            var male = sequence % 2 == 1;
            var yearInStage = grade switch { <= 0 => grade + 2, <= 6 => grade - 1, <= 9 => grade - 7, _ => grade - 10 };
            var surname = Surnames[random.Below((ulong)Surnames.Length)];
            yield return new Dictionary<string, object?>
            {
                ["学校标识码"] = schools[s].Code,
                ["姓名"] = surname + GivenChars[random.Below((ulong)GivenChars.Length)] + GivenChars[random.Below((ulong)GivenChars.Length)],
                ["性别"] = male ? "男" : "女",
                ["证件类型"] = "",
                ["证件号码"] = IdNumber.Compose(Region, birth, sequence),
                ["出生日期"] = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["户籍地区划代码"] = Region,
                ["家庭住址"] = $"广东省广州市天河区天河路{random.Below(2000) + 1}号{random.Below(30) + 1}{random.Below(4) + 1:D2}室",
                ["年级"] = StageNames.GradeName(grade),
                ["班号"] = "",
                ["入学日期"] = new DateOnly(schoolYear - yearInStage, 9, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["监护人姓名"] = surname + GivenChars[random.Below((ulong)GivenChars.Length)] + GivenChars[random.Below((ulong)GivenChars.Length)],
                ["监护人关系"] = random.Below(2) == 0 ? "父亲" : "母亲",
                ["监护人电话"] = "139" + random.Below(100_000_000).ToString("D8", CultureInfo.InvariantCulture),
            };
        }
    }

    /// <summary>SplitMix64 (System.Random is banned in this code base).</summary>
    private sealed class SplitMix(ulong state)
    {
        private ulong state = state;

        public ulong Below(ulong bound)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (z ^ (z >> 31)) % bound;
        }
    }
}

/// <summary>Seconds spent in each import phase, from the progress reports.</summary>
internal sealed class PhaseTimer
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan StartedAt)> _phases = [];

    public void Observe(ImportProgress progress)
    {
        if (_phases.Count == 0 || _phases[^1].Phase != progress.Phase)
        {
            _phases.Add((progress.Phase, _clock.Elapsed));
        }
    }

    public string Describe(TimeSpan total) =>
        string.Join("; ", _phases.Select((p, i) => $"{p.Phase} {((i + 1 < _phases.Count ? _phases[i + 1].StartedAt : total) - p.StartedAt).TotalSeconds:F1} s"));
}
