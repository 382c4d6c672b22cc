using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CodeTables.Generator.Analysis;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeTables.Benchmarks.GeneratorCost;

/// <summary>
/// What the table-diagnostics analyzer costs a host, through <see cref="CompilationWithAnalyzers"/> (as the compiler
/// and the IDE run it), on the same 50 tables x 500 rows: a cold validation (a new analyzer: every table read, parsed
/// and validated), the next compilation after an unrelated .cs edit (the analyzer instance the host keeps, which
/// remembers its tables), and the next compilation after one table's edit (that table is re-parsed and re-validated).
/// </summary>
[Config(typeof(GeneratorCostConfig))]
public class TableDiagnosticsBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private Compilation _withGenerated = null!;
    private SyntaxTree _unrelated = null!;
    private SyntaxTree _unrelatedEdited = null!;
    private AnalyzerOptions _options = null!;
    private AnalyzerOptions _editedOptions = null!;
    private AnalyzerOptions _noTables = null!;
    private TableDiagnosticsAnalyzer _primed = null!;
    private bool _edited;

    [GlobalSetup]
    public void Setup()
    {
        var tables = SyntheticTables.Create();
        (_compilation, _unrelated, _unrelatedEdited) = GeneratorHarnessLite.Consumer(GeneratorHarnessLite.ParseOptions);
        var texts = tables.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.Text)).ToImmutableArray();
        var editedTable = tables[SyntheticTables.EditedTable];
        var editedTexts = texts.SetItem(SyntheticTables.EditedTable, new InMemoryAdditionalText(editedTable.Path, editedTable.Text + SyntheticTables.AddedRow(SyntheticTables.EditedTable)));
        var provider = GeneratorHarnessLite.Options(tables);
        _options = new AnalyzerOptions(texts, provider);
        _editedOptions = new AnalyzerOptions(editedTexts, provider);
        _noTables = new AnalyzerOptions([], provider);

        // As an IDE's compilation is: the project's files and the generator's output (52 files of 500 members).
        GeneratorHarnessLite.CreateDriver(tables, GeneratorHarnessLite.ParseOptions, trackSteps: false, out _)
            .RunGeneratorsAndUpdateCompilation(_compilation, out _withGenerated, out _);

        _primed = new TableDiagnosticsAnalyzer();
        Analyze(_primed, _withGenerated, _options);
        var diagnostics = Analyze(_primed, _compilation, _options);
        if (diagnostics.Length > 0)
        {
            throw new InvalidOperationException("The synthetic tables are not clean: " + string.Join("; ", diagnostics.Take(5)));
        }
    }

    /// <summary>A build, or the first analysis in an IDE: every table read, parsed and validated.</summary>
    [Benchmark(Baseline = true)]
    public int ColdValidation() => Analyze(new TableDiagnosticsAnalyzer(), _compilation, _options).Length;

    /// <summary>The IDE after a keystroke in a .cs file: a new compilation, the same tables, the same analyzer.</summary>
    [Benchmark]
    public int AfterUnrelatedEdit() => Analyze(_primed, _compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited), _options).Length;

    /// <summary>A cold validation on a compilation that holds the generated code, as an IDE's does.</summary>
    [Benchmark]
    public int ColdValidationWithGeneratedCode() => Analyze(new TableDiagnosticsAnalyzer(), _withGenerated, _options).Length;

    /// <summary>The IDE after a keystroke, on a compilation that holds the generated code as an IDE's does.</summary>
    [Benchmark]
    public int AfterUnrelatedEditWithGeneratedCode() => Analyze(_primed, _withGenerated.ReplaceSyntaxTree(_unrelated, _unrelatedEdited), _options).Length;

    /// <summary>The host's own cost of running an analyzer on a new compilation: the same analyzer in a project without tables.</summary>
    [Benchmark]
    public int HostWithoutTables() => Analyze(_primed, _compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited), _noTables).Length;

    /// <summary>One table gained a row, or lost it again: each invocation changes that table against the last one.</summary>
    [Benchmark]
    public int AfterOneTableEdit()
    {
        _edited = !_edited;
        return Analyze(_primed, _compilation, _edited ? _editedOptions : _options).Length;
    }

    private static ImmutableArray<Diagnostic> Analyze(DiagnosticAnalyzer analyzer, Compilation compilation, AnalyzerOptions options)
        => compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
}
