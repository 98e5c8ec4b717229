using System.CommandLine;

namespace EduGov.Bench;

/// <summary>Every benchmark, one sub-command each: <c>dotnet run -c Release --project bench/EduGov.Bench -- NAME [options]</c>.</summary>
internal static class Benchmarks
{
    public static IEnumerable<Command> All =>
    [
        MatchingBenchmark.Create(), MatchingBenchmark.CreateCli(),
        ImportBenchmark.Create(),
        ListBenchmark.Create(),
        HomeBenchmark.Create(),
        BulletinBenchmark.Create(),
        BalancedBenchmark.Create(),
        AdmissionRoundBenchmark.Create(),
        TrainingLedgerBenchmark.Create(),
        TrainingListBenchmark.Create(),
    ];
}
