using System.Linq;
using System.Reflection;
using CodeTables.Tests.Generator;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.Diagnostics;

/// <summary>
/// One test per references diagnostic (CT0040-CT0045): id, line and column, the words of the message, and that the
/// rest of the table still generates (a directive problem drops only that column's accessor; a bad cell only that
/// row's reference).
/// </summary>
public class ReferenceDiagnosticsTests
{
    private const string Path = "/p/tables/acme.csv";

    private static GeneratorRun Run(string csv, string? source = null)
        => GeneratorHarness.Run([ReferenceTests.Q850, ReferenceTests.Hangup, ReferenceTests.Missed, new TableFile(Path, csv)], source);

    /// <summary>One reference error, at this line and column, saying these words.</summary>
    private static Diagnostic AssertSingle(GeneratorRun run, string id, int line, int column, params string[] words)
    {
        var diagnostic = run.AssertSingleDiagnostic(Path, id, line, column, words);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        return diagnostic;
    }

    /// <summary>The table generated with every row and compiles; <paramref name="accessor"/> is there or not.</summary>
    private static string AssertGenerated(GeneratorRun run, string accessor, bool present)
    {
        var source = run.Source("Consumer.Acme.g.cs");
        Assert.Contains(" Code1 = 1,", source);
        Assert.Contains(" Code2 = 2,", source);
        Assert.Equal(present, source.Contains(" " + accessor + "(this __Enum value)"));
        Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);
        return source;
    }

    [Fact]
    public void CT0040_unknown_target_at_the_directive_line()
    {
        var run = Run("# vendor: Acme\n# references: Q850=Q850Causes\nCode,Q850\n1,17\n2,\n");
        AssertSingle(run, "CT0040", 2, 1, "column 'Q850'", "'Q850Causes'", "is not found in this project or its references");
        AssertGenerated(run, "GetQ850", present: false);
    }

    [Fact]
    public void CT0041_target_that_is_not_a_code_table()
    {
        var run = Run("# references: Q850=System.DayOfWeek\nCode,Q850\n1,17\n2,\n");
        AssertSingle(run, "CT0041", 1, 1, "'System.DayOfWeek'", "not generated from a code table", "[CodeTable]");
        AssertGenerated(run, "GetQ850", present: false);
    }

    [Fact]
    public void CT0041_target_with_a_composite_key()
    {
        var run = Run("# references: Missed=MissedCall\nCode,Missed\n1,x\n2,\n");
        AssertSingle(run, "CT0041", 1, 1, "'MissedCall'", "composite key", "MissedCallType, HangupCause");
        AssertGenerated(run, "GetMissed", present: false);
    }

    [Fact]
    public void CT0042_entry_without_equals()
    {
        var run = Run("# references: Q850 Q850Cause\nCode,Q850\n1,17\n2,\n");
        AssertSingle(run, "CT0042", 1, 1, "'Q850 Q850Cause' has no '='", "Column=TargetEnum");
        AssertGenerated(run, "GetQ850", present: false);
    }

    [Fact]
    public void CT0042_malformed_list_type()
    {
        var run = Run("# references: Q850=Q850Cause, Causes=Q850Cause[\nCode,Q850,Causes\n1,17,\n2,,\n");
        AssertSingle(run, "CT0042", 1, 1, "the target 'Q850Cause['", "a list is written Type[]");

        // The well-formed entry still works.
        AssertGenerated(run, "GetQ850", present: true);
    }

    [Fact]
    public void CT0043_column_not_in_the_header_suggests_the_nearest()
    {
        var run = Run("# references: Q85=Q850Cause\nCode,Q850\n1,17\n2,\n");
        AssertSingle(run, "CT0043", 1, 1, "'Q85'", "is not in the header (did you mean 'Q850'?)", "Header columns are: Code, Q850");
        AssertGenerated(run, "GetQ85", present: false);
    }

    [Fact]
    public void CT0043_description_column_cannot_hold_references()
    {
        var run = Run("# references: Description=Q850Cause\nCode,Description\n1,17\n2,\n");
        AssertSingle(run, "CT0043", 1, 1, "'Description'", "cannot hold codes of another table");
        AssertGenerated(run, "GetDescription", present: true);
    }

    [Fact]
    public void CT0044_unknown_code_at_its_cell_names_the_nearest_codes_and_keeps_the_row()
    {
        var run = Run("# references: Q850=Q850Cause\nCode,Outcome,Q850\n1,Busy,17\n2,Busy,33\n",
            "namespace Consumer { internal static class Probe { public static object? One() => Acme.Code1.GetQ850(); public static object? Two() => Acme.Code2.GetQ850(); } }");
        AssertSingle(run, "CT0044", 4, 8, "code '33' in the Q850 column on line 4", "Consumer.Q850Cause ('q850.csv')", "(nearest codes: 18, 19, 34)");
        AssertGenerated(run, "GetQ850", present: true);

        // Only that row's reference is affected: the row is a member, its reference is null, the others resolve.
        var assembly = run.Load();
        var probe = Reflect.Type(assembly, "Consumer.Probe");
        Assert.Equal(Reflect.Member(assembly, "Consumer.Q850Cause", "UserBusy"), Reflect.Call(probe, "One"));
        Assert.Null(Reflect.Call(probe, "Two"));
    }

    [Fact]
    public void CT0044_unknown_code_in_a_list_cell_keeps_the_other_codes()
    {
        var run = Run("# references: Causes=Q850Cause[]\nCode,Causes\n1,\"17; 35\"\n2,16\n");
        AssertSingle(run, "CT0044", 3, 3, "code '35' in the Causes column on line 3", "(nearest codes: 18, 19, 34)");
        var source = AssertGenerated(run, "GetCauses", present: true);
        Assert.Contains("new global::Consumer.Q850Cause[] { global::Consumer.Q850Cause.UserBusy }", source);
    }

    [Fact]
    public void CT0044_unknown_string_code_suggests_the_closest_spelling()
    {
        var run = Run("# references: Cause=HangupCause\nCode,Cause\n1,USER_BUSY\n2,NO_ANSWR\n");
        AssertSingle(run, "CT0044", 4, 3, "code 'NO_ANSWR'", "Consumer.HangupCause ('hangup.csv')", "(nearest codes: NO_ANSWER)");
        AssertGenerated(run, "GetCause", present: true);
    }

    [Fact]
    public void CT0045_accessor_that_clashes_with_a_generated_method()
    {
        var run = Run("# references: Values=Q850Cause, Q850=Q850Cause\nCode,Values,Q850\n1,17,17\n2,,\n");
        AssertSingle(run, "CT0045", 1, 1, "'Values'", "'GetValues'", "the generated extension class already has");
        AssertGenerated(run, "GetQ850", present: true);

        // The extension class keeps its own GetValues() and gets no accessor of that name. Counted on the compiled
        // type, not in the source text: other generated code calls GetValues() (AcmeTable passes the members to its base).
        var extensions = Reflect.Type(run.Load(), "Consumer.AcmeExtensions");
        var getValues = Assert.Single(extensions.GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.Name == "GetValues");
        Assert.Empty(getValues.GetParameters());
    }

    [Fact]
    public void CT0045_two_columns_with_the_same_accessor()
    {
        var run = Run("# references: Q-850=Q850Cause, Q 850=Q850Cause\nCode,Q-850,Q 850\n1,17,17\n2,,\n");
        AssertSingle(run, "CT0045", 1, 1, "'Q 850'", "'GetQ850'", "the reference column 'Q-850' already generates");
        AssertGenerated(run, "GetQ850", present: true);
    }

    [Fact]
    public void CT0045_column_without_letters_or_digits()
    {
        var run = Run("# references: ---=Q850Cause\nCode,---\n1,17\n2,\n");
        AssertSingle(run, "CT0045", 1, 1, "'---'", "'Get'", "is not a method name made from the column's letters and digits");
        AssertGenerated(run, "Get", present: false);
    }

    [Fact]
    public void References_metadata_problems_point_at_the_header_line()
    {
        var table = new TableFile(Path, "# vendor: Acme\nCode,Q850\n1,17\n2,\n", new System.Collections.Generic.Dictionary<string, string> { ["References"] = "Q85=Q850Cause" });
        var run = GeneratorHarness.Run([ReferenceTests.Q850, table]);
        AssertSingle(run, "CT0043", 2, 1, "'Q85'", "did you mean 'Q850'?");
        AssertGenerated(run, "GetQ85", present: false);
    }

    [Fact]
    public void A_code_whose_target_row_is_dropped_is_reported_as_a_table_error_not_a_compiler_error()
    {
        // Row 17 of the target has an unknown outcome (CT0010), so it is dropped: the reference to it is CT0044.
        var target = ReferenceTests.Q850 with { Text = ReferenceTests.Q850.Text.Replace("17,UserBusy,Busy,", "17,UserBusy,Bussy,") };
        var run = GeneratorHarness.Run([target, new TableFile(Path, "# references: Q850=Q850Cause\nCode,Q850\n1,17\n2,16\n")]);

        Assert.Equal(new[] { "CT0010", "CT0044" }, run.Diagnostics.Select(d => d.Id).Order());
        Assert.Equal(3, run.Diagnostics.Single(d => d.Id == "CT0044").Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("Consumer.Q850Cause.NormalClearing", run.Source("Consumer.Acme.g.cs"));
        Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_target_that_cannot_be_generated_is_named_in_CT0040()
    {
        var target = ReferenceTests.Q850 with { Text = "# outcome-type: Acme.Nowhere\n" + ReferenceTests.Q850.Text };
        var run = GeneratorHarness.Run([target, new TableFile(Path, "# references: Q850=Q850Cause\nCode,Q850\n1,17\n2,16\n")]);

        Assert.Equal(new[] { "CT0013", "CT0040" }, run.Diagnostics.Select(d => d.Id).Order());
        Assert.Contains("is generated from 'q850.csv', which cannot be generated", run.Diagnostics.Single(d => d.Id == "CT0040").GetMessage());
        Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_reference_directive_without_problems_reports_nothing()
    {
        var run = Run("# references: Q850=Q850Cause, Causes=Q850Cause[], Cause=HangupCause\nCode,Q850,Causes,Cause\n1,17,\"16,17\",USER_BUSY\n2,,;,\n");
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }
}
