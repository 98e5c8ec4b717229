using System.CommandLine;
using EduGov.Bench;

var root = new RootCommand("EduGov benchmarks: each prints its figures; results and commands are recorded in docs/benchmarks.md");
foreach (var benchmark in Benchmarks.All)
{
    root.Subcommands.Add(benchmark);
}

return await root.Parse(args).InvokeAsync();
