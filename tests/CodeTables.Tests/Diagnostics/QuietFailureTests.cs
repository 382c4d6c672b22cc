using System.Linq;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.Diagnostics;

/// <summary>
/// The mistakes an analyst makes that used to pass quietly (#24): a row typed with another delimiter (CT0032), a code
/// holding another delimiter (CT0033), a misspelt header cell (CT0034), and a row with several bad cells (all of them
/// reported in one build). Lines and columns are 1-based, worked out from the CSV text.
/// </summary>
public class QuietFailureTests
{
    private const string Path = "/p/tables/acme.csv";

    private static GeneratorRun Run(string csv) => GeneratorHarness.Run([new TableFile(Path, csv)]);

    /// <summary>Asserts exactly these diagnostics (id, line, column), in any order, each message with its words.</summary>
    private static void AssertDiagnostics(GeneratorRun run, params (string Id, int Line, int Column, string[] Words)[] expected)
    {
        var actual = run.Diagnostics
            .Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, Column: d.Location.GetLineSpan().StartLinePosition.Character + 1, Message: d.GetMessage(), Path: d.Location.GetLineSpan().Path))
            .OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id)
            .ToList();
        var wanted = expected.OrderBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.Id).ToList();
        Assert.Equal(wanted.Select(e => (e.Id, e.Line, e.Column)), actual.Select(a => (a.Id, a.Line, a.Column)));
        for (var i = 0; i < wanted.Count; i++)
        {
            Assert.Equal(Path, actual[i].Path);
            Assert.Contains("acme.csv", actual[i].Message);
            foreach (var word in wanted[i].Words)
            {
                Assert.Contains(word, actual[i].Message);
            }
        }
    }

    private static (string, int, int, string[]) D(string id, int line, int column, params string[] words) => (id, line, column, words);

    private static string Generated(GeneratorRun run)
    {
        Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);
        return run.Source("Consumer.Acme.g.cs");
    }

    [Fact]
    public void CT0032_a_comma_row_in_a_semicolon_table_is_an_error_at_the_row_and_no_member()
    {
        // The case: the row would have been one member whose code is the whole line.
        var run = Run("Code;Outcome;Description\nBARGED_IN;Answered;Supervisor barged in\nBARGED,Answered,Supervisor barged and disconnected the agent from the call\n");
        AssertDiagnostics(run, D("CT0032", 3, 1, "line 3", "table's delimiter ';' (semicolon)", "(1 cells for 3 columns)", "split at ',' (comma) it has 3", "seems to use ',' (comma)", "dropped"));
        var source = Generated(run);
        Assert.Contains("BargedIn = 1,", source);
        Assert.DoesNotContain("Supervisor barged and disconnected", source);
    }

    [Fact]
    public void CT0032_respects_quotes_of_the_other_delimiter_and_comes_before_a_quote_error()
    {
        // Split at ';' the row is two cells with misplaced quotes (CT0001); split at ',' it is three clean cells.
        var run = Run("Code;Outcome;Description\n1;Busy;User busy\n2,NoAnswer,\"No answer; later\"\n");
        AssertDiagnostics(run, D("CT0032", 3, 1, "(2 cells for 3 columns)", "split at ',' (comma) it has 3"));
        Assert.Contains("Code1 = 1,", Generated(run));
    }

    [Fact]
    public void CT0032_a_semicolon_row_with_too_many_commas_in_a_comma_table()
    {
        // Split at ',' the row has 4 cells for 3 columns (CT0002 before); split at ';' it fits.
        var run = Run("Code,Outcome,Description\n1,Busy,User busy\n2;NoAnswer;No answer, really, truly, yes\n");
        AssertDiagnostics(run, D("CT0032", 3, 1, "table's delimiter ',' (comma)", "(4 cells for 3 columns)", "split at ';' (semicolon) it has 3"));
    }

    [Fact]
    public void CT0032_a_comma_row_in_a_tab_table()
    {
        var run = Run("Code\tOutcome\tDescription\n1\tBusy\tUser busy\n2,NoAnswer,No answer\n");
        AssertDiagnostics(run, D("CT0032", 3, 1, "table's delimiter tab", "split at ',' (comma) it has 3"));
    }

    [Fact]
    public void Rows_that_fit_are_not_reported_whatever_their_descriptions_hold()
    {
        // A description with commas in a ';' table, a row missing its trailing cells, Excel's padding: all as meant.
        var run = Run("Code;Outcome;Description\nA;Busy;Busy, try later\nB;NoAnswer\nC;Failed;x;;\n\"D,E\";Failed;quoted code\n");
        AssertDiagnostics(run);
        var source = Generated(run);
        Assert.Contains("Busy, try later", source);
    }

    [Fact]
    public void CT0033_an_unquoted_code_holding_another_delimiter_is_a_warning_at_the_code()
    {
        // Split at ',' the row has 4 cells for a 2-column header: no fit, so not CT0032; its code still holds ','.
        var run = Run("Code;Outcome\nA;Busy\nB,NoAnswer,No answer,extra\n");
        AssertDiagnostics(run, D("CT0033", 3, 1, "the code 'B,NoAnswer,No answer,extra' on line 3 contains ',' (comma)", "table's delimiter is ';' (semicolon)", "quote the cell"));
    }

    [Fact]
    public void CT0033_in_a_key_part_of_a_composite_code()
    {
        var run = Run("# key: Type, Cause\nType,Cause,Outcome\nRinging,NO_ANSWER,NoAnswer\nBusy,USER;BUSY,Busy\n");
        AssertDiagnostics(run, D("CT0033", 4, 6, "the code 'USER;BUSY' on line 4 contains ';' (semicolon)", "table's delimiter is ',' (comma)"));
    }

    [Theory]
    [InlineData("Code,Outcomes,Description\n1,Busy,x\n", 6, "Outcome", "Outcomes")]
    [InlineData("Code,Outcome,Desciption\n1,Busy,x\n", 14, "Description", "Desciption")]
    [InlineData("Code,Outcome,Retries\n1,Busy,yes\n", 14, "Retry", "Retries")]
    [InlineData("Code,Names,Outcome\n1,Busy,Busy\n", 6, "Name", "Names")]
    [InlineData("Code,Out_come\n1,Busy\n", 6, "Outcome", "Out_come")]
    [InlineData("Code,OUTCMOE\n1,Busy\n", 6, "Outcome", "OUTCMOE")]
    public void CT0034_a_near_miss_of_a_role_name_is_a_warning_at_the_header_cell(string csv, int column, string role, string cell)
    {
        var run = Run(csv);
        AssertDiagnostics(run, D("CT0034", 1, column, $"the header has no {role} column", $"the column '{cell}' looks like a misspelling of '{role}'", $"Rename it to {role}", $"'# columns: Extra={cell}'"));
        Generated(run);
    }

    [Fact]
    public void CT0034_beside_CT0003_when_the_code_column_is_misspelt()
    {
        var run = Run("Cdoe,Outcome\n1,Busy\n");
        AssertDiagnostics(run, D("CT0003", 1, 1, "no 'Code' column"), D("CT0034", 1, 1, "the header has no Code column", "'Cdoe' looks like a misspelling of 'Code'"));
    }

    [Theory]
    [InlineData("Code,Outcome,Description,Notes,Cause,Category\n1,Busy,x,n,c,k\n")] // ordinary extra columns
    [InlineData("code,outcome,DESCRIPTION\n1,Busy,x\n")] // a role's name in any case is the role
    [InlineData("# columns: Extra=Outcomes\nCode,Outcomes\n1,Busy\n")] // an extra column on purpose
    [InlineData("# columns: Outcome=Result\nCode,Result,Outcomes\n1,Busy,x\n")] // the role is played by another column
    [InlineData("# key: Id\nId,Codes,Outcome\n1,x,Busy\n")] // the key directive names the code column
    public void No_CT0034_for_headers_that_are_meant(string csv)
    {
        var run = Run(csv);
        AssertDiagnostics(run);
        Generated(run);
    }

    [Fact]
    public void Extra_keeps_a_column_headed_with_a_role_name_as_metadata()
    {
        // Outcome is an extra column on purpose: no Classify(), and its text is no outcome (no CT0010 for 'Whatever').
        var run = Run("# columns: Extra=Outcome\nCode,Outcome\n1,Whatever\n");
        AssertDiagnostics(run);
        var source = Generated(run);
        Assert.Contains("Whatever", source);
        Assert.DoesNotContain("Classify", source);
    }

    [Fact]
    public void A_row_with_a_bad_Retry_and_an_unknown_outcome_reports_both_and_is_dropped_once()
    {
        // Line 3: "2,No Answer,Y,x": the outcome at column 3, the Retry at column 13.
        var run = Run("Code,Outcome,Retry,Description\n1,Busy,no,ok\n2,No Answer,Y,x\n");
        AssertDiagnostics(
            run,
            D("CT0010", 3, 3, "outcome 'No Answer' on line 3", "did you mean 'NoAnswer'?"),
            D("CT0011", 3, 13, "Retry 'Y' on line 3"));
        var source = Generated(run);
        Assert.Contains("Code1 = 1,", source);
        Assert.DoesNotContain("Code2", source);
    }

    [Fact]
    public void A_duplicate_code_with_a_bad_Retry_reports_both()
    {
        var run = Run("Code,Outcome,Retry\n1,Busy,no\n1,Busy,maybe\n");
        AssertDiagnostics(run, D("CT0006", 3, 1, "line 3", "line 2"), D("CT0011", 3, 8, "Retry 'maybe'"));
    }

    [Fact]
    public void Every_value_under_an_empty_header_is_reported_and_the_rest_of_the_row_checked()
    {
        // Line 3: "2,a,Bussy,b,Y": values at columns 3 and 11 under empty headers, outcome at 5, Retry at 13.
        var run = Run("Code,,Outcome,,Retry\n1,,Busy,,no\n2,a,Bussy,b,Y\n");
        AssertDiagnostics(
            run,
            D("CT0029", 3, 3, "the value 'a' in column 2"),
            D("CT0010", 3, 5, "outcome 'Bussy'", "did you mean 'Busy'?"),
            D("CT0029", 3, 11, "the value 'b' in column 4"),
            D("CT0011", 3, 13, "Retry 'Y'"));
        var source = Generated(run);
        Assert.Contains("Code1 = 1,", source);
        Assert.DoesNotContain("Code2", source);
    }

    [Fact]
    public void A_text_code_in_an_integer_table_with_a_bad_Retry_reports_both()
    {
        var run = Run("Code,Outcome,Retry\n1,Busy,no\n2,Busy,no\nabc,Busy,Y\n");
        AssertDiagnostics(run, D("CT0027", 4, 1, "'abc'"), D("CT0011", 4, 10, "Retry 'Y'"));
    }

    [Fact]
    public void An_invalid_name_and_a_bad_Retry_are_both_reported()
    {
        // Line 2: "1,9lives,Busy,sometimes": the name at column 3, the Retry at column 15.
        var run = Run("Code,Name,Outcome,Retry\n1,9lives,Busy,sometimes\n2,Fine,Busy,no\n");
        AssertDiagnostics(run, D("CT0009", 2, 3, "'9lives'"), D("CT0011", 2, 15, "Retry 'sometimes'"));
        Assert.Contains("Fine = 2,", Generated(run));
    }
}
