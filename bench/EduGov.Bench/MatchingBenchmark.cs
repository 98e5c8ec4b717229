using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EduGov.Cli;
using EduGov.Matching;

namespace EduGov.Bench;

/// <summary>
/// The assignment benchmarks of issue 4 §10. <c>matching</c>: the deferred-acceptance core (and choice by choice) on synthetic
/// districts of 80,000 students × 700 schools × 12 choices and 274,000 × 6,400 × 12. <c>matching-cli</c>: writes the 80,000
/// case as CSV files and times <c>edugov admission match</c> end to end, in process, through the same command line parser.
/// Instances are deterministic (SplitMix64 from a fixed seed): popular schools draw most applications (Zipf-like weights),
/// every student has a catchment school where they hold category 1 or 2 and which 40 % of families put first, categories
/// 3–6 elsewhere.
/// </summary>
internal static class MatchingBenchmark
{
    private const int Choices = 12;

    /// <summary>Zipf exponent of school popularity (the report prints how oversubscribed first choices make the schools).</summary>
    private const double Skew = 0.8;

    /// <summary>Share of families who put their catchment school first.</summary>
    private const double CatchmentFirst = 0.4;

    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "timed runs per figure (median reported)", DefaultValueFactory = _ => 7 };
        var size = new Option<string>("--size") { Description = "80k | 274k | all", DefaultValueFactory = _ => "all" };
        var command = new Command("matching", "deferred acceptance and choice by choice on 80,000 × 700 × 12 and 274,000 × 6,400 × 12") { runs, size };
        command.SetAction(result =>
        {
            var which = result.GetValue(size);
            if (which is "80k" or "all")
            {
                RunCore("80,000 students × 700 schools × 12 choices", 80_000, 700, result.GetValue(runs));
            }

            if (which is "274k" or "all")
            {
                RunCore("274,000 students × 6,400 schools × 12 choices", 274_000, 6_400, result.GetValue(runs));
            }

            return 0;
        });
        return command;
    }

    public static Command CreateCli()
    {
        var runs = new Option<int>("--runs") { Description = "timed runs after the first (median reported)", DefaultValueFactory = _ => 3 };
        var keep = new Option<string?>("--keep") { Description = "write the CSV files to this folder and keep them" };
        var command = new Command("matching-cli", "edugov admission match end to end on the 80,000 × 700 × 12 case (CSV in, CSV out)") { runs, keep };
        command.SetAction(async (result, _) => await RunCliAsync(result.GetValue(runs), result.GetValue(keep)));
        return command;
    }

    private static void RunCore(string name, int students, int schools, int runs)
    {
        var timer = Stopwatch.StartNew();
        var district = District.Generate(students, schools, seed: 20260901);
        var generated = timer.Elapsed.TotalMilliseconds;

        timer.Restart();
        var single = district.Build(multiple: false);
        var buildSingle = timer.Elapsed.TotalMilliseconds;
        timer.Restart();
        var multiple = district.Build(multiple: true);
        var buildMultiple = timer.Elapsed.TotalMilliseconds;

        var (da, daAllocated, outcome) = Time(() => DeferredAcceptance.Run(single), runs);
        var (daMultiple, _, outcomeMultiple) = Time(() => DeferredAcceptance.Run(multiple), runs);
        var (sequential, _, outcomeSequential) = Time(() => ChoiceByChoice.Run(single), runs);
        var (results, _, _) = Time(() => SchoolResults.Compute(single, outcome), Math.Min(runs, 3));

        Measure.Report(name,
            ("applications", $"{single.ApplicationCount:N0}"),
            ("first-choice demand", district.FirstChoiceDemand()),
            ("generate (synthetic)", $"{generated:N0} ms"),
            ("build keys single / multiple", $"{buildSingle:N0} ms / {buildMultiple:N0} ms"),
            ("DA core, single tie-break", Describe(da)),
            ("  proposals", $"{outcome.ApplicationsConsidered:N0} ({outcome.ApplicationsConsidered / (double)students:F2} per student)"),
            ("  placed / first choice", Placement(outcome)),
            ("  allocated per run", $"{daAllocated / 1024.0 / 1024.0:F1} MiB"),
            ("DA core, multiple tie-break", Describe(daMultiple)),
            ("  placed / first choice", Placement(outcomeMultiple)),
            ("choice by choice (sequential)", Describe(sequential)),
            ("  placed / first choice", Placement(outcomeSequential)),
            ("results and cut-offs", Describe(results)),
            ("peak working set", $"{Measure.PeakMemoryMiB():N0} MiB"));
    }

    private static (List<double> Sorted, long Allocated, T Last) Time<T>(Func<T> work, int runs)
    {
        work();
        work();
        var times = new List<double>();
        long allocated = 0;
        T last = default!;
        for (var r = 0; r < Math.Max(1, runs); r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var timer = Stopwatch.StartNew();
            last = work();
            times.Add(timer.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        times.Sort();
        return (times, allocated, last);
    }

    private static string Describe(List<double> sorted) =>
        $"median {Measure.Percentile(sorted, 50):F1} ms (min {sorted[0]:F1}, max {sorted[^1]:F1}, {sorted.Count} runs after 2 warm-up)";

    private static string Placement(Assignment assignment)
    {
        var first = 0;
        for (var i = 0; i < assignment.StudentCount; i++)
        {
            first += assignment.ChoiceOf(i) == 0 ? 1 : 0;
        }

        return $"{assignment.PlacedCount:N0} ({100.0 * assignment.PlacedCount / assignment.StudentCount:F1} %) / {first:N0} ({100.0 * first / assignment.StudentCount:F1} %)";
    }

    private static async Task<int> RunCliAsync(int runs, string? keep)
    {
        var folder = keep ?? Path.Combine(Path.GetTempPath(), "edugov-bench-matching-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            var district = District.Generate(80_000, 700, seed: 20260901);
            var schoolsPath = Path.Combine(folder, "schools.csv");
            var applicationsPath = Path.Combine(folder, "applications.csv");
            var outPath = Path.Combine(folder, "assignments.csv");
            district.WriteCsv(schoolsPath, applicationsPath);
            var seed = Convert.ToHexStringLower(SHA256.HashData("edugov-bench/matching"u8));
            string[] Arguments(params string[] extra) =>
                ["admission", "match", "--schools", schoolsPath, "--applications", applicationsPath, "--seed", seed, "--out", outPath, .. extra];

            var first = await TimeCliAsync(Arguments());
            var times = new List<double>();
            for (var r = 0; r < Math.Max(1, runs); r++)
            {
                times.Add(await TimeCliAsync(Arguments()));
            }

            times.Sort();
            var multiple = await TimeCliAsync(Arguments("--tie-break", "multiple"));
            var sequential = await TimeCliAsync(Arguments("--mechanism", "sequential"));
            Measure.Report("edugov admission match, 80,000 × 700 × 12, end to end in process",
                ("applications.csv", $"{new FileInfo(applicationsPath).Length / 1024.0 / 1024.0:F1} MiB, {district.ApplicationCount:N0} rows"),
                ("first run (cold JIT)", $"{first:N0} ms"),
                ("later runs, single, da", $"median {Measure.Percentile(times, 50):N0} ms (min {times[0]:N0}, max {times[^1]:N0}, {times.Count} runs)"),
                ("multiple tie-break, da", $"{multiple:N0} ms"),
                ("single, sequential", $"{sequential:N0} ms"),
                ("peak working set", $"{Measure.PeakMemoryMiB():N0} MiB"));
            return 0;
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<double> TimeCliAsync(string[] arguments)
    {
        GC.Collect();
        var timer = Stopwatch.StartNew();
        var exit = await EduGovCli.RunAsync(arguments);
        var elapsed = timer.Elapsed.TotalMilliseconds;
        if (exit != 0)
        {
            throw new InvalidOperationException($"edugov {string.Join(' ', arguments)} exited with {exit}");
        }

        return elapsed;
    }

    /// <summary>A synthetic district: capacities, and per student 12 distinct schools with their category at each.</summary>
    private sealed class District
    {
        private District(int[] capacities, int[] schools, int[] priorities, ulong[] lottery, ulong seed)
        {
            Capacities = capacities;
            Schools = schools;
            Priorities = priorities;
            Lottery = lottery;
            Seed = seed;
        }

        public int[] Capacities { get; }

        /// <summary>Choice k of student i at index i × 12 + k.</summary>
        public int[] Schools { get; }

        public int[] Priorities { get; }

        /// <summary>One number per student (single tie-breaking).</summary>
        public ulong[] Lottery { get; }

        public ulong Seed { get; }

        public int StudentCount => Lottery.Length;

        public int ApplicationCount => Schools.Length;

        public static District Generate(int students, int schools, ulong seed)
        {
            var random = new SplitMix64(seed);

            // Seats ≈ 1.05 per student, school sizes vary from half to one and a half times the mean.
            var capacities = new int[schools];
            var mean = 1.05 * students / schools;
            for (var s = 0; s < schools; s++)
            {
                capacities[s] = Math.Max(1, (int)Math.Round(mean * (0.5 + random.NextDouble())));
            }

            // Popularity: Zipf-like weights over a shuffled order of schools, so popular schools are spread over indices.
            var rankOf = Enumerable.Range(0, schools).ToArray();
            for (var s = schools - 1; s > 0; s--)
            {
                var j = (int)random.NextBelow((ulong)(s + 1));
                (rankOf[s], rankOf[j]) = (rankOf[j], rankOf[s]);
            }

            var cumulative = new double[schools];
            var total = 0.0;
            for (var s = 0; s < schools; s++)
            {
                total += 1.0 / Math.Pow(rankOf[s] + 1, Skew);
                cumulative[s] = total;
            }

            // Catchment: a school chosen in proportion to its seats.
            var seatCumulative = new double[schools];
            var seats = 0.0;
            for (var s = 0; s < schools; s++)
            {
                seats += capacities[s];
                seatCumulative[s] = seats;
            }

            var list = new int[students * Choices];
            var priorities = new int[students * Choices];
            var lottery = new ulong[students];
            var chosen = new int[Choices];
            for (var i = 0; i < students; i++)
            {
                lottery[i] = random.Next();
                var catchment = Pick(seatCumulative, random.NextDouble() * seats);
                var count = 0;
                chosen[count++] = catchment;
                while (count < Choices)
                {
                    var s = Pick(cumulative, random.NextDouble() * total);
                    if (Array.IndexOf(chosen, s, 0, count) < 0)
                    {
                        chosen[count++] = s;
                    }
                }

                // The catchment school goes first for 40 % of families; the others put popular schools first.
                var at = random.NextDouble() < CatchmentFirst ? 0 : 1 + (int)random.NextBelow(Choices - 1);
                (chosen[0], chosen[at]) = (chosen[at], chosen[0]);
                for (var k = 0; k < Choices; k++)
                {
                    list[(i * Choices) + k] = chosen[k];
                    priorities[(i * Choices) + k] = chosen[k] == catchment
                        ? (random.NextDouble() < 0.6 ? 1 : 2)
                        : OtherCategory(random.NextDouble());
                }
            }

            return new District(capacities, list, priorities, lottery, seed);
        }

        /// <summary>How many schools get more first choices than seats, and the highest ratio.</summary>
        public string FirstChoiceDemand()
        {
            var first = new int[Capacities.Length];
            for (var i = 0; i < StudentCount; i++)
            {
                first[Schools[i * Choices]]++;
            }

            var over = Enumerable.Range(0, first.Length).Count(s => first[s] > Capacities[s]);
            var hottest = Enumerable.Range(0, first.Length).Max(s => first[s] / (double)Capacities[s]);
            return $"{over:N0} of {first.Length:N0} schools oversubscribed, hottest {hottest:F1} first choices per seat";
        }

        public MatchingInstance Build(bool multiple)
        {
            var builder = new MatchingInstanceBuilder(Capacities);
            var choices = new Choice[Choices];
            for (var i = 0; i < StudentCount; i++)
            {
                for (var k = 0; k < Choices; k++)
                {
                    choices[k] = new Choice(Schools[(i * Choices) + k], Priorities[(i * Choices) + k]);
                }

                builder.AddStudent(choices);
            }

            var seed = Seed;
            return builder.Build(multiple
                ? TieBreak.PerSchool((school, student) => SplitMix64.Mix(seed ^ ((ulong)school << 32) ^ (ulong)student))
                : TieBreak.Shared(Lottery));
        }

        public void WriteCsv(string schoolsPath, string applicationsPath)
        {
            var schools = new StringBuilder("school_id,capacity\n");
            for (var s = 0; s < Capacities.Length; s++)
            {
                schools.Append(CultureInfo.InvariantCulture, $"{SchoolId(s)},{Capacities[s]}\n");
            }

            File.WriteAllText(schoolsPath, schools.ToString());
            var applications = new StringBuilder("student_id,rank,school_id,priority\n", ApplicationCount * 28);
            for (var i = 0; i < StudentCount; i++)
            {
                var id = $"2026{i:D8}";
                for (var k = 0; k < Choices; k++)
                {
                    applications.Append(CultureInfo.InvariantCulture, $"{id},{k},{SchoolId(Schools[(i * Choices) + k])},{Priorities[(i * Choices) + k]}\n");
                }
            }

            File.WriteAllText(applicationsPath, applications.ToString());
        }

        private static string SchoolId(int school) => $"21310{school:D5}";

        /// <summary>Categories 3–6 at non-catchment schools: 10 %, 25 %, 35 %, 30 %.</summary>
        private static int OtherCategory(double u) => u < 0.10 ? 3 : u < 0.35 ? 4 : u < 0.70 ? 5 : 6;

        private static int Pick(double[] cumulative, double target)
        {
            var index = Array.BinarySearch(cumulative, target);
            return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
        }
    }

    /// <summary>SplitMix64: a fixed, portable generator for synthetic data (System.Random is banned in this code base).</summary>
    private sealed class SplitMix64(ulong state)
    {
        private ulong state = state;

        public ulong Next()
        {
            state += 0x9E3779B97F4A7C15UL;
            return Mix(state);
        }

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        public ulong NextBelow(ulong bound) => (ulong)(NextDouble() * bound);

        public static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
