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

    /// <summary>
    /// A host hands every compilation the same file and options objects while they are unchanged, which the analyzer
    /// keeps its reading of: the same answers as a new analyzer when the type a table names comes and goes.
    /// </summary>
    [Fact]
    public void The_same_file_and_options_objects_in_every_compilation_get_the_answers_of_a_new_analyzer()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var analyzer = new TableDiagnosticsAnalyzer();
        var inputs = Inputs([ReferenceTests.Q850, Acme], parseOptions);
        var withVerdict = Compilation(parseOptions, Verdict);
        var renamed = Compilation(parseOptions, "namespace Acme { public enum Verdict { Good, Poor } }");

        Assert.Equal(["CT0044 acme.csv 6:8"], Analyze(withVerdict, inputs, analyzer));
        Assert.Equal(["CT0010 acme.csv 5:3", "CT0044 acme.csv 6:8"], Analyze(renamed, inputs, analyzer));
        Assert.Equal(["CT0044 acme.csv 6:8"], Analyze(withVerdict, inputs, analyzer));
    }

    /// <summary>
    /// What the references answer is kept while they are the same objects, but never hides the project's own types:
    /// a type the references lack is found once the project declares it, and a project's type that shadows a
    /// referenced one (here the runtime's CallOutcome) is the one the table is checked against.
    /// </summary>
    [Fact]
    public void A_type_the_project_declares_after_a_lookup_in_the_references_is_seen()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var analyzer = new TableDiagnosticsAnalyzer();
        var runtime = new TableFile("/p/tables/runtime.csv", "# outcome-type: CodeTables.CallOutcome\nCode,Outcome\n1,Busy\n2,NoAnswer\n");
        var inputs = Inputs([Acme with { Text = "# outcome-type: Acme.Verdict\nCode,Outcome\n1,Good\n2,Bad\n" }, runtime], parseOptions);
        var bare = Compilation(parseOptions, "namespace Acme { internal static class Other { } }");
        var declared = Compilation(parseOptions, Verdict);
        var shadowing = Compilation(parseOptions, Verdict + " namespace CodeTables { public enum CallOutcome { Busy } }");

        var missing = Analyze(bare, inputs, analyzer);
        Assert.Equal(["CT0013 acme.csv 1:1"], missing);
        Assert.Empty(Analyze(declared, inputs, analyzer));
        var shadowed = Analyze(shadowing, inputs, analyzer);
        Assert.Equal(["CT0010 runtime.csv 4:3"], shadowed);
        Assert.Equal(Analyze(shadowing, inputs, analyzer: null), shadowed);
        Assert.Equal(missing, Analyze(bare, inputs, analyzer));
    }

    /// <summary>New references (a project that drops the runtime package) are looked up again, not answered from the last ones.</summary>
    [Fact]
    public void Other_references_are_looked_up_again()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var analyzer = new TableDiagnosticsAnalyzer();
        var inputs = Inputs([new TableFile("/p/tables/runtime.csv", "Code,Outcome\n1,Busy\n")], parseOptions);
        var compilation = Compilation(parseOptions, "class C { }");
        var withoutRuntime = compilation.RemoveReferences(compilation.References.Where(r => r.Display?.EndsWith("CodeTables.dll", System.StringComparison.Ordinal) == true));

        Assert.Empty(Analyze(compilation, inputs, analyzer));
        var missing = Analyze(withoutRuntime, inputs, analyzer);
        Assert.Equal(["CT0013 runtime.csv 1:1"], missing);
        Assert.Equal(Analyze(withoutRuntime, inputs, analyzer: null), missing);
        Assert.Empty(Analyze(compilation, inputs, analyzer));
    }

    /// <summary>New item metadata for the same file objects (the project file edited): the table is read again.</summary>
    [Fact]
    public void New_item_metadata_for_the_same_file_is_read_again()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var analyzer = new TableDiagnosticsAnalyzer();
        var table = new TableFile("/p/tables/runtime.csv", "Code,Outcome\n1,Busy\n");
        var inputs = Inputs([table], parseOptions);
        var compilation = Compilation(parseOptions, "class C { }");
        var otherOutcomeType = inputs with { Options = GeneratorHarness.Options([table with { Metadata = new Dictionary<string, string> { ["OutcomeType"] = "Acme.Verdict" } }], null) };

        Assert.Empty(Analyze(compilation, inputs, analyzer));
        Assert.Equal(["CT0013 runtime.csv 1:1"], Analyze(compilation, otherOutcomeType, analyzer));
        Assert.Empty(Analyze(compilation, inputs, analyzer));
    }

    private static AnalyzerInputs Inputs(IReadOnlyList<TableFile> tables, CSharpParseOptions parseOptions)
        => new(tables.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.Text)).ToImmutableArray(), GeneratorHarness.Options(tables, null), parseOptions);

    private static CSharpCompilation Compilation(CSharpParseOptions parseOptions, string source)
        => GeneratorHarness.CreateCompilation(source, parseOptions);

    /// <summary>The diagnostics as "ID file line:column", sorted.</summary>
    private static List<string> Analyze(Compilation compilation, IReadOnlyList<TableFile> tables, CSharpParseOptions parseOptions, TableDiagnosticsAnalyzer? analyzer)
        => Analyze(compilation, Inputs(tables, parseOptions), analyzer);

    private static List<string> Analyze(Compilation compilation, AnalyzerInputs inputs, TableDiagnosticsAnalyzer? analyzer)
        => GeneratorHarness.AnalyzeTables(compilation, inputs, analyzer)
            .Select(d => d.Location.GetLineSpan() is var span
                ? $"{d.Id} {System.IO.Path.GetFileName(span.Path)} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}"
                : d.Id)
            .OrderBy(d => d, System.StringComparer.Ordinal)
            .ToList();
}
