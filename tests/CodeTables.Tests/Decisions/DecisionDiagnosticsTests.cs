using System.Linq;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.Decisions;

/// <summary>
/// One test per decision-table diagnostic (CT0050-CT0059): id, severity, line and column, the words an analyst reads,
/// and what is still generated. The input table is <see cref="DecisionTableTests.Hangup"/> (NORMAL_CLEARING, USER_BUSY,
/// NO_ANSWER, CALL_REJECTED, ORIGINATOR_CANCEL, NORMAL_UNSPECIFIED).
/// </summary>
public class DecisionDiagnosticsTests
{
    private const string Path = "/p/tables/rules.csv";

    private static GeneratorRun Run(string csv, string? source = null)
        => GeneratorHarness.Run([DecisionTableTests.Hangup, new TableFile(Path, csv)], source);

    /// <summary>Asserts the run reported exactly one diagnostic, with this id, at this line and column, saying these words.</summary>
    private static Diagnostic AssertSingle(GeneratorRun run, string id, int line, int column, params string[] words)
        => run.AssertSingleDiagnostic(Path, id, line, column, words);

    private static void AssertCompiles(GeneratorRun run) => Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);

    [Fact]
    public void CT0050_input_column_not_in_the_header()
    {
        var run = Run("# inputs: HangupCause=HangupCause, Answerd=bool\nHangupCause,Answered,Outcome\nUSER_BUSY,no,Busy\n");
        AssertSingle(run, "CT0050", 1, 1, "names the column 'Answerd', which is not in the header", "HangupCause, Answered, Outcome", "Column=Type");
        Assert.DoesNotContain(run.Sources.Keys, k => k.Contains("Rules"));
    }

    [Fact]
    public void CT0050_input_that_is_the_outcome_and_a_key_beside_inputs()
    {
        AssertSingle(Run("# inputs: Outcome=string\nHangupCause,Outcome\nUSER_BUSY,Busy\n"), "CT0050", 1, 1, "'Outcome', which holds the rule's Outcome");
        AssertSingle(Run("# key: HangupCause\n# inputs: HangupCause=HangupCause\nHangupCause,Outcome\nUSER_BUSY,Busy\n"), "CT0050", 2, 1, "remove the key setting");
        AssertSingle(Run("# inputs: HangupCause\nHangupCause,Outcome\nUSER_BUSY,Busy\n"), "CT0050", 1, 1, "'HangupCause', which is not of the form Column=Type");
    }

    [Fact]
    public void CT0051_input_type_that_is_not_found()
    {
        var run = Run("# inputs: HangupCause=HangupCauses, Answered=bool\nHangupCause,Answered,Outcome\nUSER_BUSY,no,Busy\n");
        AssertSingle(run, "CT0051", 1, 1, "the input 'HangupCause' has the type 'HangupCauses', which is not found in this project or its references");
    }

    [Fact]
    public void CT0051_input_type_that_is_not_a_code_table()
    {
        var run = Run("# inputs: Day=System.DayOfWeek\nDay,Outcome\nMonday,Busy\n");
        AssertSingle(run, "CT0051", 1, 1, "'System.DayOfWeek'", "not generated from a code table");
    }

    [Fact]
    public void CT0052_range_that_ends_before_it_starts_at_the_cell()
    {
        var run = Run("# inputs: Billsec=int\n# complete: no\nBillsec,Outcome\n1..5,Answered\n9..1,Answered\n");
        AssertSingle(run, "CT0052", 5, 1, "'9..1' in the Billsec column on line 5", "ends before it starts", "a range (1..5)");
        Assert.DoesNotContain("9..1", run.Source("Consumer.Rules.g.cs").Split("GetCode")[1]);
        AssertCompiles(run);
    }

    [Fact]
    public void CT0052_maybe_in_a_bool_column_at_the_cell()
    {
        var run = Run("# inputs: HangupCause=HangupCause, Answered=bool\n# complete: no\nHangupCause,Answered,Outcome\nUSER_BUSY,maybe,Busy\nNO_ANSWER,no,NoAnswer\n");
        AssertSingle(run, "CT0052", 4, 11, "'maybe' in the Answered column on line 4", "'maybe', which is not yes or no", "yes, no, true or false");
        AssertCompiles(run);
    }

    [Fact]
    public void CT0052_condition_that_matches_nothing()
    {
        var run = Run("# inputs: Answered=bool\n# complete: no\nAnswered,Outcome\n!yes|no,Busy\nyes,Answered\n");
        AssertSingle(run, "CT0052", 4, 1, "'!yes|no'", "matches neither yes nor no");
    }

    [Fact]
    public void CT0053_unknown_code_with_the_nearest_codes()
    {
        var run = Run("# inputs: HangupCause=HangupCause, Answered=bool\n# complete: no\nHangupCause,Answered,Outcome\nNO_ANSWER|USER_BUSSY,no,Busy\nNO_ANSWER,yes,NoAnswer\n");
        AssertSingle(run, "CT0053", 4, 1, "'USER_BUSSY' in the HangupCause column on line 4 is not a code of Consumer.HangupCause ('hangup.csv')", "nearest codes: USER_BUSY");
        AssertCompiles(run);
    }

    [Fact]
    public void CT0054_condition_in_a_metadata_column()
    {
        var run = Run("# inputs: HangupCause=HangupCause\n# complete: no\nHangupCause,Direction,Outcome\nUSER_BUSY,!inbound,Busy\nNO_ANSWER,inbound,NoAnswer\n");
        AssertSingle(run, "CT0054", 4, 11, "the cell '!inbound' in the Direction column on line 4 is a condition, but Direction is not an input", "Add the column to the 'inputs' directive");
        AssertCompiles(run);
    }

    [Fact]
    public void CT0055_unique_rows_that_overlap_name_both_rows_and_a_shared_input()
    {
        var run = Run("# inputs: HangupCause=HangupCause, Answered=bool\n# complete: no\nHangupCause,Answered,Outcome\nUSER_BUSY,*,Busy\nCALL_REJECTED|USER_BUSY,no,Rejected\n");
        AssertSingle(run, "CT0055", 5, 1, "rows 4 and 5 both match HangupCause=USER_BUSY, Answered=no", "different results (Busy and Rejected)", "hit policy is unique", "'# hit-policy: first'");
        AssertCompiles(run);
    }

    [Fact]
    public void CT0056_first_row_covered_by_earlier_rows_names_them()
    {
        var run = Run("# inputs: HangupCause=HangupCause, Answered=bool\n# hit-policy: first\n# complete: no\nHangupCause,Answered,Outcome\nUSER_BUSY|NO_ANSWER,no,NoAnswer\n*,yes,Answered\nUSER_BUSY,*,Busy\n");
        AssertSingle(run, "CT0056", 7, 1, "row 7 can never be chosen", "taken by an earlier row (rows 5 and 6)");

        // The unreachable rule stays a member, and is not an arm the compiler would reject (CS8510/CS8120).
        var source = run.Source("Consumer.Rules.g.cs");
        Assert.Contains(" UserBusy = 3,", source);
        Assert.DoesNotContain("rule = global::Consumer.Rules.UserBusy;", source);
        AssertCompiles(run);
    }

    [Fact]
    public void CT0057_identical_conditions_written_differently()
    {
        var run = Run("# inputs: HangupCause=HangupCause, Answered=bool\n# complete: no\nHangupCause,Answered,Name,Outcome\nUSER_BUSY,no,Busy,Busy\nUSER_BUSY,false,Rejected,Rejected\n");
        AssertSingle(run, "CT0057", 5, 1, "row 5 has exactly the same conditions as row 4");
        AssertCompiles(run);
    }

    [Fact]
    public void CT0058_row_subsumed_by_a_row_with_the_same_result_is_a_warning()
    {
        var run = Run("# inputs: HangupCause=HangupCause, Answered=bool\n# complete: no\nHangupCause,Answered,Outcome\nUSER_BUSY,no,Busy\nUSER_BUSY,*,Busy\n");
        var diagnostic = AssertSingle(run, "CT0058", 4, 1, "row 4 is redundant", "decided the same way (Busy) by row 5", "merge it into row 5");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertCompiles(run);
    }

    [Fact]
    public void CT0059_gap_names_one_concrete_uncovered_combination()
    {
        var run = Run("# inputs: HangupCause=HangupCause, Answered=bool\nHangupCause,Answered,Outcome\nUSER_BUSY,*,Busy\n!USER_BUSY,yes,Answered\n");
        AssertSingle(run, "CT0059", 2, 1, "no row matches HangupCause=NORMAL_CLEARING, Answered=no", "'# complete: no'");
        AssertCompiles(run);
    }

    [Fact]
    public void CT0059_integer_gap_between_ranges_names_the_missing_value()
    {
        var run = Run("# inputs: Billsec=int\nBillsec,Outcome\n<0,Failed\n1..10,Answered\n>10,Answered\n");
        AssertSingle(run, "CT0059", 2, 1, "no row matches Billsec=0");
    }

    [Fact]
    public void Complete_tables_of_every_kind_of_input_are_clean()
    {
        // Ranges reaching both ends, x and !x, yes and no, every code: complete without a catch-all row.
        var run = Run("""
            # inputs: HangupCause=HangupCause, Answered=bool, Billsec=int, Direction=string
            HangupCause,Answered,Billsec,Direction,Outcome
            USER_BUSY,*,*,*,Busy
            !USER_BUSY,yes,>=1,*,Answered
            !USER_BUSY,yes,<1,inbound,Dropped
            !USER_BUSY,yes,<=0,!inbound,Failed
            !USER_BUSY,no,*,*,NoAnswer

            """);
        Assert.Empty(run.Diagnostics);
        AssertCompiles(run);
        Assert.Contains("public static __Enum Decide(", run.Source("Consumer.Rules.g.cs"));
    }

    [Fact]
    public void Incomplete_table_gets_TryDecide_and_Classify_but_no_Decide()
    {
        var run = Run("# inputs: Answered=bool\n# complete: no\nAnswered,Outcome\nyes,Answered\n");
        Assert.Empty(run.Diagnostics);
        var source = run.Source("Consumer.Rules.g.cs");
        Assert.Contains("public static bool TryDecide(bool answered, out __Enum rule)", source);
        Assert.Contains("public static __Outcome Classify(bool answered)", source);
        Assert.DoesNotContain(" Decide(", source);
        AssertCompiles(run);
    }
}
