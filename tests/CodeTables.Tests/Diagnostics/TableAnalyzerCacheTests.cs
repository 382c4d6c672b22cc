using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CodeTables.Generator.Analysis;
using CodeTables.Tests.Generator;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeTables.Tests.Diagnostics;

/// <summary>
/// The table analyzer remembers its tables across compilations (a host keeps one analyzer instance): what it reports
/// on each new compilation is exactly what a new analyzer reports, after an unrelated edit, an edit to a type a table
/// names, and a table edit (a new error in the edited table; a fixed reference in the table that uses it).
/// </summary>
public class TableAnalyzerCacheTests
{
    private const string Verdict = "namespace Acme { public enum Verdict { Good, Bad } }";

    /// <summary>Outcomes from a C# enum of the project; the third row names Q.850 cause 20, which Q.850 lacks (CT0044 at line 6, column 8).</summary>
    private static readonly TableFile Acme = new("/p/tables/acme.csv", "# outcome-type: Acme.Verdict\n# references: Q850=Q850Cause\nCode,Outcome,Q850\n1,Good,17\n2,Bad,19\n3,Good,20\n");

    [Fact]
    public void Each_compilation_reports_what_a_new_analyzer_reports()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var analyzer = new TableDiagnosticsAnalyzer();
        var tables = new[] { ReferenceTests.Q850, Acme };
        var compilation = Compilation(parseOptions, Verdict);

        var first = Analyze(compilation, tables, parseOptions, analyzer);
        Assert.Equal(["CT0044 acme.csv 6:8"], first);

        // An unrelated edit: the same diagnostics, from the cache.
        var unrelated = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", parseOptions, path: "Unrelated.cs"));
        Assert.Equal(first, Analyze(unrelated, tables, parseOptions, analyzer));

        // An edit to the type a table names: Bad is gone, so row 5's outcome is unknown (CT0010 at its Outcome cell).
        var renamed = Compilation(parseOptions, "namespace Acme { public enum Verdict { Good, Poor } }");
        var afterTypeEdit = Analyze(renamed, tables, parseOptions, analyzer);
        Assert.Equal(["CT0010 acme.csv 5:3", "CT0044 acme.csv 6:8"], afterTypeEdit);
        Assert.Equal(Analyze(renamed, tables, parseOptions, analyzer: null), afterTypeEdit);

        // A table edit: Q.850 gains cause 20 (Acme's reference now resolves) and repeats cause 16 on line 9 (CT0006).
        var editedQ850 = ReferenceTests.Q850 with { Text = ReferenceTests.Q850.Text + "20,NumberChanged,Failed,Number changed.\n16,Again,Answered,Repeated.\n" };
        var afterTableEdit = Analyze(compilation, [editedQ850, Acme], parseOptions, analyzer);
        Assert.Equal(["CT0006 q850.csv 9:1"], afterTableEdit);
        Assert.Equal(Analyze(compilation, [editedQ850, Acme], parseOptions, analyzer: null), afterTableEdit);

        // And back: the first diagnostics again.
        Assert.Equal(first, Analyze(unrelated, tables, parseOptions, analyzer));
    }

    private static CSharpCompilation Compilation(CSharpParseOptions parseOptions, string source)
        => GeneratorHarness.CreateCompilation(source, parseOptions);

    /// <summary>The diagnostics as "ID file line:column", sorted.</summary>
    private static List<string> Analyze(Compilation compilation, IReadOnlyList<TableFile> tables, CSharpParseOptions parseOptions, TableDiagnosticsAnalyzer? analyzer)
    {
        var texts = tables.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.Text)).ToImmutableArray();
        var inputs = new AnalyzerInputs(texts, GeneratorHarness.Options(tables, null), parseOptions);
        return GeneratorHarness.AnalyzeTables(compilation, inputs, analyzer)
            .Select(d => d.Location.GetLineSpan() is var span
                ? $"{d.Id} {System.IO.Path.GetFileName(span.Path)} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}"
                : d.Id)
            .OrderBy(d => d, System.StringComparer.Ordinal)
            .ToList();
    }
}
