using System;
using System.Linq;
using System.Threading.Tasks;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Analyzers;

/// <summary>CT2001 (magic code) and CT2002 (not a code) in every context where a literal meets a table.</summary>
public class MagicCodeTests
{
    private const string Usings = "using System;\nusing CodeTables;\nusing Consumer;\n";

    private const string Event = """
        public sealed class CallEvent
        {
            [CodeOf(typeof(ReleaseCause))] public int Cause { get; set; }
            [CodeOf(typeof(HangupCause))] public string Hangup { get; set; } = "";
            [CodeOf(typeof(MissedCall), Column = "MissedCallType")] public string MissedType { get; set; } = "";
            public int Attempts { get; set; }
            public string Agent { get; set; } = "";
        }

        """;

    [Fact]
    public Task Comparisons_with_marked_values_casts_and_ToCode() => AnalyzerTest.VerifyAsync(
        Usings + Event + """
            public static class C
            {
                public static bool A(CallEvent e) => e.Cause == {|#0:17|};
                public static bool B(CallEvent e) => {|CT2001:18|} != e.Cause;
                public static bool C1(CallEvent e) => e.Cause == {|#1:99|};
                public static bool D(ReleaseCause cause) => (int)cause == {|CT2001:21|};
                public static bool E(HangupCause cause) => cause.ToCode() == {|#2:"USER_BUSY"|};
                public static bool F(CallEvent e) => e.Hangup == {|CT2002:"NORMAL_CLEARING"|};
                public static bool G(MissedCall call) => call.ToCode().HangupCause == {|#3:"NO_ANSWER"|};
                public static bool H(CallEvent e) => e.MissedType == {|#4:"USER_BUSY"|};
            }
            """,
        AnalyzerTest.Diagnostic(Rules.MagicCode, 0, "17 is ReleaseCause.UserBusy"),
        AnalyzerTest.Diagnostic(Rules.NotACode, 1, "99 is not a code of 'ReleaseCause' (table release-cause.csv; nearest codes: 17, 18, 21): a bug, or a code missing from the table"),
        AnalyzerTest.Diagnostic(Rules.MagicCode, 2, "\"USER_BUSY\" is HangupCause.UserBusy"),
        AnalyzerTest.Diagnostic(Rules.MagicCode, 3, "\"NO_ANSWER\" is a HangupCause code of MissedCall (as in MissedCall.RingingNoAnswer)"),
        AnalyzerTest.Diagnostic(Rules.NotACode, 4, "\"USER_BUSY\" is not a MissedCallType code of 'MissedCall' (table missed-call.csv): a bug, or a code missing from the table"));

    /// <summary>
    /// CT2002 names the nearest codes, as CT0010 and CT0044 do: the three numerically nearest of an integer table
    /// (16, 17, 18, 21: 28 is nearest 21, 18 and 17), the close spellings of a text code (of its own key column).
    /// </summary>
    [Fact]
    public Task Not_a_code_suggests_the_nearest_codes() => AnalyzerTest.VerifyAsync(
        Usings + Event + """
            public static class C
            {
                public static bool A(CallEvent e) => e.Cause == {|#0:28|};
                public static bool B(CallEvent e) => e.Hangup == {|#1:"USER_BUSSY"|};
                public static bool D(CallEvent e) => e.MissedType == {|#2:"Ringin"|};
                public static bool F(CallEvent e) => e.Hangup == {|#3:"SOMETHING_ELSE_ENTIRELY"|};
            }
            """,
        AnalyzerTest.Diagnostic(Rules.NotACode, 0, "28 is not a code of 'ReleaseCause' (table release-cause.csv; nearest codes: 17, 18, 21): a bug, or a code missing from the table"),
        AnalyzerTest.Diagnostic(Rules.NotACode, 1, "\"USER_BUSSY\" is not a code of 'HangupCause' (table hangup-cause.csv; nearest codes: \"USER_BUSY\"): a bug, or a code missing from the table"),
        AnalyzerTest.Diagnostic(Rules.NotACode, 2, "\"Ringin\" is not a MissedCallType code of 'MissedCall' (table missed-call.csv; nearest codes: \"Ringing\"): a bug, or a code missing from the table"),
        AnalyzerTest.Diagnostic(Rules.NotACode, 3, "\"SOMETHING_ELSE_ENTIRELY\" is not a code of 'HangupCause' (table hangup-cause.csv): a bug, or a code missing from the table"));

    [Fact]
    public Task Case_labels_arms_and_is_patterns_including_or_combinations() => AnalyzerTest.VerifyAsync(
        Usings + Event + """
            public static class C
            {
                public static string Statement(CallEvent e)
                {
                    switch (e.Cause)
                    {
                        case {|CT2001:17|}:
                            return "busy";
                        case {|CT2001:18|} or {|CT2002:500|}:
                            return "no answer";
                        default:
                            return "other";
                    }
                }

                public static string Expression(CallEvent e) => e.Hangup switch
                {
                    {|CT2001:"USER_BUSY"|} => "busy",
                    {|CT2002:"LOSE_RACE"|} => "elsewhere",
                    _ => "other",
                };

                public static bool Is(CallEvent e) => e.Cause is {|CT2001:17|} or {|CT2001:21|};
                public static bool Property(CallEvent e) => e is { Cause: {|CT2001:16|} };
                public static bool Relational(CallEvent e) => e.Cause is >= 16 and < 32;
            }
            """);

    [Fact]
    public async Task Assignments_initializers_returns_and_arguments()
    {
        var source = Usings + Event + """
            public static class Api
            {
                public static void Send([CodeOf(typeof(SipResponse))] int status) { }

                [return: CodeOf(typeof(SipResponse))]
                public static int Busy() => {|CT2001:486|};

                [CodeOf(typeof(SipResponse))] public static int Default { get; } = {|CT2001:603|};
            }

            public static class C
            {
                public static CallEvent Make() => new CallEvent { Cause = {|CT2001:21|}, Attempts = 3 };
                public static void Assign(CallEvent e) { e.Cause = {|CT2002:404|}; }
                public static void Pass() => Api.Send({|CT2001:480|});
                public static ReleaseCause Lookup() => ReleaseCauseExtensions.FromCode({|CT2001:18|});
                public static CallOutcome Classify() => SipResponseExtensions.Classify({|CT2002:999|});
                public static bool Try() => HangupCauseExtensions.TryFromCode({|CT2001:"NO_ANSWER"|}, out _);
                public static MissedCall Composite() => MissedCallExtensions.FromCode({|CT2001:"Ringing"|}, {|CT2001:"NO_ANSWER"|});
            }
            """;

        await AnalyzerTest.VerifyAsync(source);

        // The form "Use the named member" writes: the member, its integer code, its string code. Diagnostics are
        // located in the source without its markup, so positions are looked up there.
        var diagnostics = AnalyzerHarness.Diagnostics(source);
        var plain = AnalyzerHarness.Plain(source);
        Assert.Equal("Member", diagnostics.Single(d => d.Spanned(source) == "18").Properties["Form"]);
        var tryAt = plain.IndexOf("TryFromCode(\"NO_ANSWER\"", StringComparison.Ordinal) + "TryFromCode(".Length;
        var stringCode = diagnostics.Single(d => d.Location.SourceSpan.Start == tryAt);
        Assert.Equal(("\"NO_ANSWER\"", "StringCode", "NoAnswer"), (stringCode.Spanned(source), stringCode.Properties["Form"], stringCode.Properties["Member"]));

        // Both parts of a composite FromCode are literals and a member's key: the whole call becomes the member.
        var composite = diagnostics.Where(d => d.Location.SourceSpan.Start > plain.IndexOf("MissedCallExtensions.FromCode", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, composite.Count);
        Assert.All(composite, d => Assert.Equal(("Member", "RingingNoAnswer"), (d.Properties["Form"], d.Properties["Member"])));
        Assert.Equal("IntegerCode", diagnostics.Single(d => d.Spanned(source) == "480").Properties["Form"]);
    }

    [Fact]
    public Task Literals_that_do_not_meet_a_table_are_never_reported() => AnalyzerTest.VerifyAsync(
        Usings + Event + """
            public static class C
            {
                public static int Count(CallEvent e) => e.Attempts == 17 ? 1 : 0;
                public static bool Agent(CallEvent e) => e.Agent == "USER_BUSY";
                public static bool Class(CallEvent e) => e.Cause >= 16 && e.Cause < 32;
                public static int Arithmetic(CallEvent e) => e.Cause + 17;
                public static bool Local(CallEvent e) { var cause = e.Cause; return cause == 17; }
                public static bool Named(CallEvent e) => e.Cause == Codes.Busy;
                public static void Timeout() => System.Threading.Thread.Sleep(17);
            }

            public static class Codes
            {
                public const int Busy = 17;
            }
            """);
}
