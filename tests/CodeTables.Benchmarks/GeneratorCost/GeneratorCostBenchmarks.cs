using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using CodeTables.Generator;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeTables.Benchmarks.GeneratorCost;

/// <summary>
/// What the generator costs the compiler and the IDE, on 50 synthetic tables x 500 rows: a full run (a fresh driver,
/// as a command-line build does), a re-run after an unrelated .cs edit (what the IDE does on every keystroke), and a
/// re-run after one table's edit. Each re-run starts from the same primed driver, so every invocation measures the
/// same incremental work; the edited compilation is new each time, as the IDE's is.
/// </summary>
[Config(typeof(GeneratorCostConfig))]
public class GeneratorCostBenchmarks
{
    private CSharpParseOptions _parseOptions = GeneratorHarnessLite.ParseOptions;
    private CSharpCompilation _compilation = null!;
    private SyntaxTree _unrelated = null!;
    private SyntaxTree _unrelatedEdited = null!;
    private IReadOnlyList<(string Path, string Text)> _tables = [];
    private GeneratorDriver _primed = null!;
    private GeneratorDriver _primedWithOneTableEdited = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tables = SyntheticTables.Create();
        (_compilation, _unrelated, _unrelatedEdited) = GeneratorHarnessLite.Consumer(_parseOptions);
        var driver = GeneratorHarnessLite.CreateDriver(_tables, _parseOptions, trackSteps: false, out var texts);
        _primed = driver.RunGeneratorsAndUpdateCompilation(_compilation, out _, out var diagnostics);
        if (diagnostics.Length > 0 || _primed.GetRunResult().Diagnostics.Length > 0 || _primed.GetRunResult().GeneratedTrees.Length != _tables.Count + 1) // and the CodeTableRegistry
        {
            throw new InvalidOperationException("The synthetic tables do not generate cleanly: " + string.Join("; ", _primed.GetRunResult().Diagnostics.Take(5)));
        }

        var edited = texts[SyntheticTables.EditedTable];
        _primedWithOneTableEdited = _primed.ReplaceAdditionalText(
            edited,
            new InMemoryAdditionalText(edited.Path, edited.GetText()!.ToString() + SyntheticTables.AddedRow(SyntheticTables.EditedTable)));
    }

    /// <summary>A build: a fresh driver reads, parses, validates and emits every table.</summary>
    [Benchmark(Baseline = true)]
    public Compilation FullRun()
    {
        var driver = GeneratorHarnessLite.CreateDriver(_tables, _parseOptions, trackSteps: false, out _);
        driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out _);
        return output;
    }

    /// <summary>The IDE after a keystroke in a .cs file: a new compilation, the same tables.</summary>
    [Benchmark]
    public Compilation RerunAfterUnrelatedEdit()
    {
        _primed.RunGeneratorsAndUpdateCompilation(_compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited), out var output, out _);
        return output;
    }

    /// <summary>One table gained a row: that table is re-parsed, re-validated and re-emitted.</summary>
    [Benchmark]
    public Compilation RerunAfterOneTableEdit()
    {
        _primedWithOneTableEdited.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out _);
        return output;
    }
}

/// <summary>
/// The generator-cost job: a full run takes seconds, so few iterations (one invocation each); the re-runs are
/// fast and get BenchmarkDotNet's usual invocation count. Ratios are against the full run.
/// </summary>
public sealed class GeneratorCostConfig : ManualConfig
{
    public GeneratorCostConfig()
    {
        AddJob(Job.Default.WithId("GeneratorCost").WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, new MedianRatioColumn());
        HideColumns(Column.Error, Column.StdDev, Column.RatioSD, Column.Gen0, Column.Gen1, Column.Gen2, Column.Job);
    }
}

/// <summary>The parts of the tests' GeneratorHarness the benchmarks need, without xunit.</summary>
internal static class GeneratorHarnessLite
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(CallOutcome).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    /// <summary>A consumer of 20 ordinary source files; the last one is the file the "unrelated edit" changes.</summary>
    public static (CSharpCompilation Compilation, SyntaxTree Unrelated, SyntaxTree Edited) Consumer(CSharpParseOptions parseOptions)
    {
        var trees = Enumerable.Range(0, 20).Select(i => CSharpSyntaxTree.ParseText(ConsumerFile(i, edited: false), parseOptions, path: $"/src/File{i}.cs")).ToList();
        var compilation = CSharpCompilation.Create(
            "Consumer",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var edited = CSharpSyntaxTree.ParseText(ConsumerFile(19, edited: true), parseOptions, path: "/src/File19.cs");
        return (compilation, trees[^1], edited);
    }

    private static string ConsumerFile(int index, bool edited)
        => $$"""
           namespace Consumer.App;

           public sealed class Service{{index}}
           {
               private int _count;

               public int Handle(int code) => code % 2 == 0 ? ++_count : _count{{(edited ? " + 1" : string.Empty)}};

               public override string ToString() => "Service{{index}}: " + _count;
           }
           """;

    public static GeneratorDriver CreateDriver(IReadOnlyList<(string Path, string Text)> tables, CSharpParseOptions parseOptions, bool trackSteps, out IReadOnlyList<AdditionalText> texts)
    {
        texts = tables.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.Text)).ToList();
        return CSharpGeneratorDriver.Create(
            [new CodeTablesGenerator().AsSourceGenerator()],
            texts,
            parseOptions,
            Options(tables),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>The project's options: root namespace Consumer, every file a CodeTable item.</summary>
    public static TestOptionsProvider Options(IReadOnlyList<(string Path, string Text)> tables)
    {
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" };
        var perFile = tables.ToDictionary(
            t => t.Path,
            _ => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CodeTablesTable"] = "true" });
        return new TestOptionsProvider(global, perFile);
    }
}
