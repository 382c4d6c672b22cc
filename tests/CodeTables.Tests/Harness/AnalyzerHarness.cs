using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using CodeTables.Analyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Sdk;

namespace CodeTables.Tests.Harness;

/// <summary>
/// Compiles C# against generated test tables and runs the CodeTables analyzers through
/// <see cref="CompilationWithAnalyzers"/>. Fails the test when the source does not compile or an analyzer throws
/// (AD0001 in a real build).
/// </summary>
public static partial class AnalyzerHarness
{
    public const string SourcePath = "Consumer.cs";

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        [new SwitchAnalyzer(), new CastAnalyzer(), new MagicCodeAnalyzer(), new MixedTablesAnalyzer()];

    /// <summary>The compilation (source + generated tables) and the analyzers' diagnostics.</summary>
    public static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Run(
        string source,
        IReadOnlyDictionary<string, string>? options = null,
        IEnumerable<TableFile>? tables = null)
    {
        var compilation = GeneratorHarness.Run(tables ?? TestTables.All, source).Output;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new XunitException("The test source does not compile:\n" + string.Join("\n", errors));
        }

        return (compilation, Analyze(compilation, options));
    }

    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation, IReadOnlyDictionary<string, string>? options = null)
    {
        var exceptions = new List<string>();
        var provider = new TestOptionsProvider(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string>>(), options);
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], provider),
            (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(Analyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var crash = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
        if (exceptions.Count > 0 || crash is not null)
        {
            throw new XunitException("An analyzer threw:\n" + string.Join("\n", exceptions) + crash);
        }

        return diagnostics;
    }

    /// <summary>
    /// Asserts that the analyzers report exactly the diagnostics marked in the source: a line ending in
    /// <c>//! CT1001 CT2001</c> expects those ids on that line, and no other line may have any.
    /// </summary>
    public static ImmutableArray<Diagnostic> AssertMarked(string source, IReadOnlyDictionary<string, string>? options = null)
    {
        var (_, diagnostics) = Run(source, options);
        Assert.All(diagnostics, d => Assert.Equal(SourcePath, d.Location.GetLineSpan().Path));

        var expected = source.Split('\n')
            .SelectMany((line, index) => Marker().Match(line) is { Success: true } match
                ? match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => $"{index + 1}: {id}")
                : [])
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = diagnostics
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            "Expected:\n  " + string.Join("\n  ", expected) + "\nActual:\n  " + string.Join("\n  ", diagnostics.Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage()}")));
        return diagnostics;
    }

    /// <summary>The text a diagnostic's location covers in the source.</summary>
    public static string Spanned(this Diagnostic diagnostic, string source)
        => source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    [GeneratedRegex(@"//!\s*((?:CT\d{4}\s*)+)\s*$")]
    private static partial Regex Marker();
}
