using System.Linq;
using System.Threading;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CodeTables.Tests.Diagnostics;

/// <summary>One test per table diagnostic: its id, where it points (1-based line and column), and what it says.</summary>
public class TableDiagnosticsTests
{
    private const string Path = "/p/tables/acme.csv";

    private static GeneratorRun Run(string csv, string? source = null, LanguageVersion version = LanguageVersion.CSharp12)
        => GeneratorHarness.Run([new TableFile(Path, csv)], source, languageVersion: version);

    /// <summary>Asserts the run reported exactly one diagnostic, with this id, at this line and column, saying these words.</summary>
    private static Diagnostic AssertSingle(GeneratorRun run, string id, int line, int column, params string[] words)
        => run.AssertSingleDiagnostic(Path, id, line, column, words);

    private static void AssertGenerated(GeneratorRun run, params string[] members)
    {
        var source = run.Source("Consumer.Acme.g.cs");
        foreach (var member in members)
        {
            // A member line: "Name = value," after its [CodeTableMember] metadata, if any.
            Assert.Matches(new System.Text.RegularExpressions.Regex("(?m)^\\s*(\\[global::CodeTables\\.CodeTableMember\\(.*\\)\\] )?" + member + " = "), source);
        }

        Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static void AssertNotGenerated(GeneratorRun run) => Assert.Empty(run.Sources);

    [Fact]
    public void CT0001_unterminated_quote_points_where_the_field_starts()
    {
        var run = Run("Code,Outcome,Description\n1,Busy,ok\n2,Busy,\"never closed\n3,Busy,x\n");
        AssertSingle(run, "CT0001", 3, 8, "closing quote is missing");
        AssertNotGenerated(run);
    }

    [Fact]
    public void CT0001_stray_quote_drops_the_row()
    {
        var run = Run("Code,Outcome,Description\n1,Busy,ok\n2,Busy,ab\"c\n3,Failed,x\n");
        AssertSingle(run, "CT0001", 3, 8, "quote appears inside an unquoted field");
        AssertGenerated(run, "Code1", "Code3");
    }

    [Fact]
    public void CT0002_row_with_more_fields_than_the_header()
    {
        var run = Run("Code,Outcome,Description\n1,Busy,ok\n2,Busy,x,extra\n");
        AssertSingle(run, "CT0002", 3, 10, "line 3 has 4 fields but the header has 3");
        AssertGenerated(run, "Code1");
    }

    [Fact]
    public void CT0003_missing_code_column_at_the_header()
    {
        var run = Run("# vendor: Acme\nId,Outcome\n1,Busy\n");
        AssertSingle(run, "CT0003", 2, 1, "no 'Code' column", "split at ',' (comma)", "'Id', 'Outcome'", "'# key: Column'", "Key=\"Column\"", "# delimiter:");
        AssertNotGenerated(run);
    }

    [Fact]
    public void CT0004_missing_key_column_at_the_header()
    {
        var run = Run("# key: Leg, Status\nLeg,Outcome\nagent,Busy\n");
        AssertSingle(run, "CT0004", 1, 1, "'Status'", "'Leg', 'Outcome'", "split at ',' (comma)");
        AssertNotGenerated(run);
    }

    [Fact]
    public void CT0005_empty_table_is_a_warning()
    {
        var run = Run(string.Empty);
        Assert.Equal(DiagnosticSeverity.Warning, AssertSingle(run, "CT0005", 1, 1, "is empty").Severity);
        AssertNotGenerated(run);
    }

    [Fact]
    public void CT0005_header_without_rows_is_a_warning()
    {
        var run = Run("# enum: Acme\n\nCode,Outcome\n");
        AssertSingle(run, "CT0005", 3, 1, "has a header but no rows");
        AssertNotGenerated(run);
    }

    [Fact]
    public void CT0006_duplicate_code_at_the_second_occurrence_naming_the_first()
    {
        var run = Run("Code,Outcome\n17,Busy\n18,NoAnswer\n17,Failed\n");
        AssertSingle(run, "CT0006", 4, 1, "'17'", "on line 4", "already defined on line 2");
        AssertGenerated(run, "Code17", "Code18");
    }

    [Fact]
    public void CT0007_code_inside_a_range()
    {
        var run = Run("Code,Outcome\n613~619,Failed\n615,Busy\n");
        AssertSingle(run, "CT0007", 3, 1, "code 615 on line 3 overlaps the range 613~619 on line 2");
        AssertGenerated(run, "Code613", "Code619");
    }

    [Fact]
    public void CT0007_overlapping_ranges()
    {
        var run = Run("Code,Name,Outcome\n600~615,Low,Failed\n610..620,High,Busy\n");
        AssertSingle(run, "CT0007", 3, 1, "the range 610..620 on line 3 overlaps the range 600~615 on line 2");
        AssertGenerated(run, "Low600", "Low615");
    }

    [Fact]
    public void CT0008_names_that_collide_only_after_derivation()
    {
        var run = Run("Code,Outcome\nno-answer,NoAnswer\nno_answer,NoAnswer\n");
        AssertSingle(run, "CT0008", 3, 1, "'NoAnswer'", "line 2", "derived from 'no_answer'");
        AssertGenerated(run, "NoAnswer");
    }

    [Fact]
    public void CT0009_invalid_explicit_name_with_the_reason()
    {
        var run = Run("Code,Name,Outcome\n1,Good,Busy\n2,1abc,Busy\n3,has-dash,Busy\n");
        var diagnostics = run.Diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(["CT0009", "CT0009"], diagnostics.Select(d => d.Id));
        Assert.Equal(new LinePosition(2, 2), diagnostics[0].Location.GetLineSpan().StartLinePosition);
        Assert.Contains("it starts with '1'", diagnostics[0].GetMessage());
        Assert.Contains("it contains '-'", diagnostics[1].GetMessage());
        AssertGenerated(run, "Good");
    }

    [Fact]
    public void CT0010_unknown_outcome_suggests_the_nearest_member()
    {
        var run = Run("Code,Outcome\n1,Busy\n2,Bussy\n");
        AssertSingle(run, "CT0010", 3, 3, "'Bussy'", "CodeTables.CallOutcome", "did you mean 'Busy'?", "NoAnswer");
        AssertGenerated(run, "Code1");
    }

    [Fact]
    public void CT0011_invalid_retry_value()
    {
        var run = Run("Code,Outcome,Retry\n1,Busy,maybe\n2,Busy,YES\n");
        AssertSingle(run, "CT0011", 2, 8, "'maybe'", "yes, no, true or false");
        AssertGenerated(run, "Code2");
    }

    [Fact]
    public void CT0012_unknown_directive_is_a_warning_with_a_suggestion()
    {
        var run = Run("# vendor: Acme\n# enmu: Foo\nCode,Outcome\n1,Busy\n");
        Assert.Equal(DiagnosticSeverity.Warning, AssertSingle(run, "CT0012", 2, 1, "'enmu'", "did you mean 'enum'?", "columns, code-type, delimiter").Severity);
        AssertGenerated(run, "Code1");
    }

    [Fact]
    public void CT0013_outcome_type_not_found_at_the_directive()
    {
        var run = Run("# outcome-type: Acme.Nope\nCode,Outcome\n1,Busy\n");
        AssertSingle(run, "CT0013", 1, 1, "'Acme.Nope'", "is not found");
        AssertNotGenerated(run);
    }

    [Fact]
    public void CT0013_outcome_type_that_is_not_an_enum()
    {
        var run = Run("# outcome-type: Acme.Verdict\nCode,Outcome\n1,Busy\n", "namespace Acme { /// <summary>Not an enum.</summary>\npublic class Verdict { } }");
        AssertSingle(run, "CT0013", 1, 1, "is not an enum");
    }

    [Fact]
    public void CT0014_two_tables_that_generate_the_same_type()
    {
        var run = GeneratorHarness.Run(
            new TableFile("/p/a.csv", "# enum: Same\nCode,Outcome\n1,Busy\n"),
            new TableFile("/p/b.csv", "# enum: Same\nCode,Outcome\n2,Busy\n"));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CT0014", diagnostic.Id);
        Assert.Equal("/p/b.csv", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'Consumer.Same', which table 'a.csv' already generates", diagnostic.GetMessage());
        Assert.Contains("Code1 = 1", run.Source("Consumer.Same.g.cs"));
    }

    [Fact]
    public void CT0015_invalid_enum_name()
    {
        var run = Run("# vendor: Acme\n# enum: 9lives\nCode,Outcome\n1,Busy\n");
        AssertSingle(run, "CT0015", 2, 1, "'9lives'", "it starts with '9'", "'enum' directive");
        AssertNotGenerated(run);
    }

    [Fact]
    public void CT0016_code_without_letters_or_digits_needs_a_name()
    {
        var run = Run("Code,Outcome\nok,Busy\n---,Failed\n");
        AssertSingle(run, "CT0016", 3, 1, "'---'", "Add a Name column");
        AssertGenerated(run, "Ok");
    }

    [Fact]
    public void CT0017_range_that_ends_before_it_starts()
    {
        var run = Run("Code,Outcome\n1,Busy\n619~613,Failed\n");
        AssertSingle(run, "CT0017", 3, 1, "'619~613'", "ends before it starts");
        AssertGenerated(run, "Code1");
    }

    [Fact]
    public void CT0017_range_too_large()
    {
        var run = Run("Code,Outcome\n0~99999,Failed\n");
        AssertSingle(run, "CT0017", 2, 1, "covers too many codes", "10000");
    }

    [Fact]
    public void CT0018_language_version_too_low()
    {
        // Generated code compiles from C# 7.3 (a netstandard2.0 library's default); below it, the error names 7.3.
        var run = Run("Code,Outcome\n1,Busy\n", version: LanguageVersion.CSharp7_2);
        AssertSingle(run, "CT0018", 1, 1, "uses C# 7.2", "needs C# 7.3 or later", "<LangVersion>7.3</LangVersion>");
        AssertNotGenerated(run);
    }

    [Fact]
    public void CT0019_unreadable_file()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var driver = GeneratorHarness.CreateDriver([new UnreadableText(Path)], GeneratorHarness.Options([new TableFile(Path, "")], null), parseOptions);
        var run = GeneratorHarness.RunDriver(driver, GeneratorHarness.CreateCompilation(null, parseOptions));
        AssertSingle(run, "CT0019", 1, 1, "cannot be read");
    }

    [Fact]
    public void CT0020_row_without_a_code()
    {
        var run = Run("Code,Outcome\n1,Busy\n,Failed\n");
        AssertSingle(run, "CT0020", 3, 1, "line 3 has an empty Code cell");
        AssertGenerated(run, "Code1");
    }

    [Fact]
    public void CT0021_duplicate_column()
    {
        var run = Run("Code,Outcome,code\n1,Busy,2\n");
        AssertSingle(run, "CT0021", 1, 1, "'code' appears twice");
        AssertNotGenerated(run);
    }

    [Fact]
    public void CT0022_empty_outcome_when_the_outcome_type_has_no_Unknown()
    {
        var run = Run(
            "# outcome-type: Acme.Verdict\nCode,Outcome\n1,Good\n2,\n",
            "namespace Acme { /// <summary>Verdicts.</summary>\npublic enum Verdict { /// <summary>Good.</summary>\nGood, /// <summary>Bad.</summary>\nBad } }");
        AssertSingle(run, "CT0022", 4, 3, "line 4 has an empty Outcome", "Acme.Verdict has no member named Unknown");
        AssertGenerated(run, "Code1");
    }

    [Fact]
    public void CT0023_malformed_directive_is_a_warning()
    {
        var run = Run("# just a comment\nCode,Outcome\n1,Busy\n");
        Assert.Equal(DiagnosticSeverity.Warning, AssertSingle(run, "CT0023", 1, 1, "line 1").Severity);
        AssertGenerated(run, "Code1");
    }

    [Fact]
    public void CT0015_padded_enum_directive_is_read_without_its_padding_and_reported_at_its_line()
    {
        AssertGenerated(Run("# enum: Acme,,,,\nCode,Outcome,,\n1,Busy,,\n"), "Code1");

        var run = Run("# vendor: Acme,,\n# enum: 9lives,,,,\nCode,Outcome\n1,Busy\n");
        AssertSingle(run, "CT0015", 2, 1, "'9lives'", "it starts with '9'");
    }

    [Fact]
    public void CT0026_columns_naming_a_header_that_is_not_there_at_the_directive()
    {
        var run = Run("# vendor: Acme\n# columns: Description=Cause,,\nCode,Outcome,Reason\n1,Busy,x\n");
        AssertSingle(run, "CT0026", 2, 1, "the 'columns' directive on line 2", "the column 'Cause' is not in the header", "'Code', 'Outcome', 'Reason'", "split at ',' (comma)");
        AssertNotGenerated(run);
    }

    [Fact]
    public void CT0026_columns_with_an_unknown_role()
    {
        var run = Run("# columns: Label=Reason\nCode,Outcome,Reason\n1,Busy,x\n");
        AssertSingle(run, "CT0026", 1, 1, "'Label' is not a role", "Name, Outcome, Retry, Description");
    }

    [Fact]
    public void CT0026_columns_from_item_metadata_point_at_the_header()
    {
        var run = GeneratorHarness.Run([new TableFile(Path, "# vendor: Acme\nCode,Outcome\n1,Busy\n", new System.Collections.Generic.Dictionary<string, string> { ["Columns"] = "Description" })]);
        AssertSingle(run, "CT0026", 2, 1, "the Columns metadata of the <CodeTable> item", "not of the form Role=Header");
    }

    [Fact]
    public void CT0026_invalid_code_type_and_delimiter()
    {
        AssertSingle(Run("# code-type: number\nCode,Outcome\n1,Busy\n"), "CT0026", 1, 1, "'code-type' directive on line 1 ('number')", "use int", "or string");
        AssertSingle(Run("# enum: Acme\n# delimiter: pipe\nCode,Outcome\n1,Busy\n"), "CT0026", 2, 1, "'delimiter' directive on line 2 ('pipe')", "comma, semicolon or tab");
        AssertSingle(Run("# key: Leg, Status\n# code-type: int\nLeg,Status,Outcome\na,b,Busy\n"), "CT0026", 2, 1, "several key columns is always text");
    }

    [Fact]
    public void CT0027_a_heading_row_in_an_integer_table_is_skipped_and_the_table_stays_integer()
    {
        var run = Run("# key: Number\nNumber,Description,Reference\n1xx: Provisional,,\n100,Trying,[RFC3261]\n180,Ringing,[RFC3261]\n");
        var diagnostic = AssertSingle(run, "CT0027", 3, 1, "'1xx: Provisional' on line 3 is not an integer", "other 2 codes", "start it with '#'", "# code-type: string");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertGenerated(run, "Code100", "Code180");
        Assert.Contains("Code100 = 100", run.Source("Consumer.Acme.g.cs"));

        // Stated as int, every non-integer code is reported with the setting as the reason.
        run = Run("# code-type: int\nCode,Outcome\nbusy,Busy\n17,Busy\n");
        AssertSingle(run, "CT0027", 3, 1, "'busy'", "the 'code-type' directive on line 1 says the codes are integers");
        AssertGenerated(run, "Code17");
        Assert.Contains("Code17 = 17", run.Source("Consumer.Acme.g.cs"));
    }

    [Fact]
    public void CT0028_spaces_around_a_code_are_trimmed_with_a_warning_at_the_cell()
    {
        var run = Run("Code,Outcome\nbusy ,Busy\nfailed,Failed\n");
        var diagnostic = AssertSingle(run, "CT0028", 2, 1, "the code 'busy '", "read as 'busy'");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertGenerated(run, "Busy", "Failed");
        var extensions = Reflect.Type(run.Load(), "Consumer.AcmeExtensions");
        Assert.Equal("Busy", Reflect.Call(extensions, "Classify", "busy")!.ToString());

        // Integer codes too: " 17" is 17, so the table stays an integer table.
        run = Run("Code,Outcome\n 17,Busy\n18,Busy\n");
        AssertSingle(run, "CT0028", 2, 1, "the code ' 17'", "read as '17'");
        AssertGenerated(run, "Code17");
        Assert.Contains("Code17 = 17", run.Source("Consumer.Acme.g.cs"));
    }

    [Fact]
    public void CT0029_value_under_an_empty_header_cell_drops_the_row()
    {
        var run = Run("Code,Outcome,,Description\n1,Busy,oops,x\n2,Busy,,y\n");
        AssertSingle(run, "CT0029", 2, 8, "line 2 has the value 'oops' in column 3", "header cell is empty");
        AssertGenerated(run, "Code2");
    }

    [Fact]
    public void CT0030_text_that_was_not_utf8_is_a_warning_at_its_first_line()
    {
        var run = Run("Code,Outcome,Description\n1,Busy,ok\n2,Busy,Caf\uFFFD \uFFFD bar\n3,Busy,\uFFFD\n");
        var diagnostic = AssertSingle(run, "CT0030", 3, 1, "line 3", "not valid UTF-8", "Save the file as UTF-8");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertGenerated(run, "Code1", "Code2", "Code3");
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}

/// <summary>A table listed twice (a glob plus an explicit item) is an error that says so, never a generator crash.</summary>
public class DuplicateItemTests
{
    [Fact]
    public void CT0024_the_same_file_listed_twice()
    {
        var run = GeneratorHarness.Run(
            new TableFile("/p/tables/acme.csv", "Code,Outcome\n1,Busy\n"),
            new TableFile("/p/tables/acme.csv", "Code,Outcome\n1,Busy\n"));

        // Once, though the compiler sees two additional texts with this path.
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CT0024", diagnostic.Id);
        Assert.Empty(run.Sources);
        Assert.Contains("listed more than once", diagnostic.GetMessage());
    }
}
