using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.IO;
using System.Linq;
using CodeTables.Generator;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeTables.Benchmarks.GeneratorCost;

/// <summary>
/// The generator's first run in a fresh process, as a build without the compiler server pays it: the shipped tables
/// (tables/*.csv) against the 20-file consumer. Roslyn's own driver and the compilation's references are warmed first
/// by a trivial generator (a build pays those whether or not CodeTables runs), so what is left is the generator's own
/// first-use cost: loading, JIT, type initialisers. Prints the first run, the JIT work inside it, each pipeline
/// step's time, and a second run with a fresh driver (the same work, warm code) for comparison.
/// Run: <c>dotnet run -c Release --project tests/CodeTables.Benchmarks -- cold-run [repository root]</c>.
/// </summary>
public static class ColdRun
{
    public static void Run(string[] args)
    {
        Dictionary<string, double> firstSteps;
        var root = args.Length > 1 ? args[1] : FindRoot();
        var tables = Directory.GetFiles(Path.Combine(root, "tables"), "*.csv").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToList();
        var parseOptions = GeneratorHarnessLite.ParseOptions;
        var (compilation, _, _) = GeneratorHarnessLite.Consumer(parseOptions);

        // Roslyn's driver, the compilation's reference symbols and the harness's own types, warmed by another generator.
        var warmup = CSharpGeneratorDriver.Create([new WarmupGenerator().AsSourceGenerator()], [], parseOptions, GeneratorHarnessLite.Options(tables));
        warmup.RunGeneratorsAndUpdateCompilation(compilation, out _, out _);

        Dictionary<string, int> jitted;
        (TimeSpan Elapsed, TimeSpan JitTime, long JitMethods) first;
        using (var listener = new JitListener())
        {
            first = Measure(tables, parseOptions, compilation, out var steps);
            jitted = listener.ByAssembly();
            firstSteps = steps;
        }

        var second = Measure(tables, parseOptions, compilation, out var secondSteps);

        Console.WriteLine($"shipped tables: {tables.Count}; runtime {Environment.Version}; tiered compilation {(AppContext.TryGetSwitch("System.Runtime.TieredCompilation", out var tiered) ? tiered.ToString() : "default")}");
        Console.WriteLine($"first run:  {first.Elapsed.TotalMilliseconds,8:F1} ms, JIT {first.JitTime.TotalMilliseconds:F1} ms for {first.JitMethods} methods");
        Console.WriteLine($"second run: {second.Elapsed.TotalMilliseconds,8:F1} ms, JIT {second.JitTime.TotalMilliseconds:F1} ms for {second.JitMethods} methods");
        Console.WriteLine("methods jitted in the first run, by namespace: " + string.Join(", ", jitted.OrderByDescending(j => j.Value).Select(j => $"{j.Key} {j.Value}")));
        Console.WriteLine("step (sum over its outputs)          first ms   second ms");
        foreach (var step in firstSteps.Keys)
        {
            Console.WriteLine($"  {step,-34} {firstSteps[step],8:F1} {secondSteps.GetValueOrDefault(step),10:F1}");
        }
    }

    private static (TimeSpan Elapsed, TimeSpan JitTime, long JitMethods) Measure(
        List<(string Path, string Text)> tables, CSharpParseOptions parseOptions, Compilation compilation, out Dictionary<string, double> steps)
    {
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var stopwatch = Stopwatch.StartNew();
        var driver = GeneratorHarnessLite.CreateDriver(tables, parseOptions, trackSteps: true, out _);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        stopwatch.Stop();
        var result = driver.GetRunResult().Results.Single();
        if (diagnostics.Length > 0 || result.Exception is not null)
        {
            throw new InvalidOperationException("The shipped tables do not generate cleanly: " + result.Exception + string.Join("; ", diagnostics.Take(5)));
        }

        steps = result.TrackedSteps.Select(s => (s.Key, s.Value))
            .Concat(result.TrackedOutputSteps.Select(s => ("output: " + s.Key, s.Value)))
            .ToDictionary(s => s.Item1, s => s.Item2.Sum(step => step.ElapsedTime.TotalMilliseconds));
        return (stopwatch.Elapsed, System.Runtime.JitInfo.GetCompilationTime() - jitTime, System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CodeGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Pass the repository root: no CodeGen.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>Reads what any generator reads (a type of the compilation, additional texts, options) and adds a source.</summary>
    private sealed class WarmupGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var found = context.CompilationProvider.Select((c, _) => c.GetTypeByMetadataName("CodeTables.CallOutcome") is not null);
            var texts = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider).Select((pair, ct) => pair.Left.GetText(ct)?.Length ?? 0).Collect();
            context.RegisterSourceOutput(found.Combine(texts), static (spc, pair) => spc.AddSource("Warmup.g.cs", $"// {pair.Left} {pair.Right.Length}"));
        }
    }

    /// <summary>Counts the methods the JIT compiles, by the first two parts of their type's namespace (the runtime's JIT events).</summary>
    private sealed class JitListener : EventListener
    {
        private readonly Dictionary<string, int> _counts = [];

        public Dictionary<string, int> ByAssembly()
        {
            lock (_counts)
            {
                return new Dictionary<string, int>(_counts);
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10); // JIT
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) || e.PayloadNames is null)
            {
                return;
            }

            var index = e.PayloadNames.IndexOf("MethodNamespace");
            var type = index >= 0 ? e.Payload![index] as string ?? "?" : "?";
            var parts = type.Split('.', '`', '[', '+');
            var key = parts.Length > 1 ? parts[0] + "." + parts[1] : parts[0];
            lock (_counts)
            {
                _counts[key] = _counts.GetValueOrDefault(key) + 1;
            }
        }
    }
}
