using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace CodeTables.Benchmarks.GeneratorCost;

/// <summary>
/// The generator-cost and table-diagnostics benchmarks' methods timed side by side in one process with a stopwatch,
/// for a machine too loaded for BenchmarkDotNet's separate build and process (its ratios are what matter): 2 warm-up
/// calls, then 7 samples of each method, each sample as many calls as fill 100 ms (at least one); medians per call.
/// Run: <c>dotnet run -c Release --project tests/CodeTables.Benchmarks -- side-by-side</c>.
/// </summary>
public static class SideBySide
{
    public static void Run()
    {
        var generator = new GeneratorCostBenchmarks();
        generator.Setup();
        Report("GeneratorCost", [
            ("FullRun", () => generator.FullRun()),
            ("RerunAfterUnrelatedEdit", () => generator.RerunAfterUnrelatedEdit()),
            ("RerunAfterOneTableEdit", () => generator.RerunAfterOneTableEdit()),
        ]);

        var analyzer = new TableDiagnosticsBenchmarks();
        analyzer.Setup();
        Report("TableDiagnostics", [
            ("ColdValidation", () => analyzer.ColdValidation()),
            ("AfterUnrelatedEdit", () => analyzer.AfterUnrelatedEdit()),
            ("AfterOneTableEdit", () => analyzer.AfterOneTableEdit()),
            ("HostWithoutTables", () => analyzer.HostWithoutTables()),
        ]);
        Report("TableDiagnostics on a compilation holding the generated code (as an IDE's)", [
            ("ColdValidation", () => analyzer.ColdValidationWithGeneratedCode()),
            ("AfterUnrelatedEdit", () => analyzer.AfterUnrelatedEditWithGeneratedCode()),
        ]);
    }

    private static void Report(string name, (string Name, Func<object> Call)[] methods)
    {
        Console.WriteLine($"{name}: method, median per call (ms), ratio to the first, samples (ms per call)");
        double? baseline = null;
        foreach (var (method, call) in methods)
        {
            call();
            call();
            var samples = new List<double>();
            for (var sample = 0; sample < 7; sample++)
            {
                var calls = 0;
                var stopwatch = Stopwatch.StartNew();
                do
                {
                    call();
                    calls++;
                }
                while (stopwatch.ElapsedMilliseconds < 100);
                samples.Add(stopwatch.Elapsed.TotalMilliseconds / calls);
            }

            var median = samples.Order().ElementAt(samples.Count / 2);
            baseline ??= median;
            Console.WriteLine($"  {method,-26} {median,10:F3} {median / baseline.Value,9:P2}   {string.Join(" ", samples.Select(s => s.ToString("F3")))}");
        }
    }
}
