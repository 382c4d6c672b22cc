using System.Collections.Immutable;
using System.Linq;
using CodeTables.Analyzers.Analyzers;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CodeTables.Tests.Analyzers;

/// <summary>
/// One warning per switch expression: where CT1001 reports a code table's missing members, the compiler's CS8509
/// about the same switch is suppressed (CTS1001); everywhere else, and when CT1001 is turned off, CS8509 stays.
/// </summary>
public class SwitchExpressionSuppressorTests
{
    private const string Source = """
        using Consumer;

        public static class C
        {
            public static int A(ReleaseCause cause) => cause switch { ReleaseCause.NormalClearing => 1 };
            public static int B(int number) => number switch { 1 => 1 };
            public static int D(ReleaseCause cause) => cause switch { < ReleaseCause.UserBusy => 1 };
        }
        """;

    private static ImmutableArray<Diagnostic> Diagnostics(ReportDiagnostic ct1001)
    {
        var compilation = GeneratorHarness.Run(TestTables.All, Source).Output;
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("CT1001", ct1001)]));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        return compilation.WithAnalyzers([new SwitchAnalyzer(), new SwitchExpressionSuppressor()], options)
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Id is "CT1001" or "CS8509")
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id)
            .ToImmutableArray();
    }

    /// <summary>(id, 1-based line, suppressed) of each diagnostic, for comparison.</summary>
    private static (string, int, bool)[] Shape(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed)).ToArray();

    [Fact]
    public void CS8509_is_suppressed_only_where_CT1001_reports_the_switch()
    {
        // Line 5: a code table with missing members (CT1001; CS8509 suppressed). Line 6: an int (CS8509 stays).
        // Line 7: a relational pattern, which CT1001 does not analyse (CS8509 stays).
        var diagnostics = Diagnostics(ReportDiagnostic.Default);

        Assert.Equal([("CS8509", 5, true), ("CT1001", 5, false), ("CS8509", 6, false), ("CS8509", 7, false)], Shape(diagnostics));
    }

    [Fact]
    public void With_CT1001_turned_off_the_compiler_keeps_CS8509()
    {
        var diagnostics = Diagnostics(ReportDiagnostic.Suppress);

        Assert.Equal([("CS8509", 5, false), ("CS8509", 6, false), ("CS8509", 7, false)], Shape([.. diagnostics.Where(d => d.Id == "CS8509")]));
    }
}
