using System;
using System.Linq;
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
    public void Comparisons_with_marked_values_casts_and_ToCode()
    {
        var source = Usings + Event + """
            public static class C
            {
                public static bool A(CallEvent e) => e.Cause == 17; //! CT2001
                public static bool B(CallEvent e) => 18 != e.Cause; //! CT2001
                public static bool C1(CallEvent e) => e.Cause == 99; //! CT2002
                public static bool D(ReleaseCause cause) => (int)cause == 21; //! CT2001
                public static bool E(HangupCause cause) => cause.ToCode() == "USER_BUSY"; //! CT2001
                public static bool F(CallEvent e) => e.Hangup == "NORMAL_CLEARING"; //! CT2002
                public static bool G(MissedCall call) => call.ToCode().HangupCause == "NO_ANSWER"; //! CT2001
                public static bool H(CallEvent e) => e.MissedType == "USER_BUSY"; //! CT2002
            }
            """;

        var diagnostics = AnalyzerHarness.AssertMarked(source);
        Assert.Contains(diagnostics, d => d.GetMessage() == "17 is ReleaseCause.UserBusy" && d.Spanned(source) == "17");
        Assert.Contains(diagnostics, d => d.GetMessage() == "99 is not a code of 'ReleaseCause' (table release-cause.csv): a bug, or a code missing from the table");
        Assert.Contains(diagnostics, d => d.GetMessage() == "\"USER_BUSY\" is HangupCause.UserBusy" && d.Spanned(source) == "\"USER_BUSY\"");
        Assert.Contains(diagnostics, d => d.GetMessage() == "\"NO_ANSWER\" is a HangupCause code of MissedCall (as in MissedCall.RingingNoAnswer)");
        Assert.Contains(diagnostics, d => d.GetMessage() == "\"USER_BUSY\" is not a MissedCallType code of 'MissedCall' (table missed-call.csv): a bug, or a code missing from the table");
    }

    [Fact]
    public void Case_labels_arms_and_is_patterns_including_or_combinations()
    {
        var source = Usings + Event + """
            public static class C
            {
                public static string Statement(CallEvent e)
                {
                    switch (e.Cause)
                    {
                        case 17: //! CT2001
                            return "busy";
                        case 18 or 500: //! CT2001 CT2002
                            return "no answer";
                        default:
                            return "other";
                    }
                }

                public static string Expression(CallEvent e) => e.Hangup switch
                {
                    "USER_BUSY" => "busy", //! CT2001
                    "LOSE_RACE" => "elsewhere", //! CT2002
                    _ => "other",
                };

                public static bool Is(CallEvent e) => e.Cause is 17 or 21; //! CT2001 CT2001
                public static bool Property(CallEvent e) => e is { Cause: 16 }; //! CT2001
                public static bool Relational(CallEvent e) => e.Cause is >= 16 and < 32;
            }
            """;

        AnalyzerHarness.AssertMarked(source);
    }

    [Fact]
    public void Assignments_initializers_returns_and_arguments()
    {
        var source = Usings + Event + """
            public static class Api
            {
                public static void Send([CodeOf(typeof(SipResponse))] int status) { }

                [return: CodeOf(typeof(SipResponse))]
                public static int Busy() => 486; //! CT2001

                [CodeOf(typeof(SipResponse))] public static int Default { get; } = 603; //! CT2001
            }

            public static class C
            {
                public static CallEvent Make() => new CallEvent { Cause = 21, Attempts = 3 }; //! CT2001
                public static void Assign(CallEvent e) { e.Cause = 404; } //! CT2002
                public static void Pass() => Api.Send(480); //! CT2001
                public static ReleaseCause Lookup() => ReleaseCauseExtensions.FromCode(18); //! CT2001
                public static CallOutcome Classify() => SipResponseExtensions.Classify(999); //! CT2002
                public static bool Try() => HangupCauseExtensions.TryFromCode("NO_ANSWER", out _); //! CT2001
                public static MissedCall Composite() => MissedCallExtensions.FromCode("Ringing", "NO_ANSWER"); //! CT2001 CT2001
            }
            """;

        var diagnostics = AnalyzerHarness.AssertMarked(source);
        Assert.Equal("Member", diagnostics.Single(d => d.Spanned(source) == "18").Properties["Form"]);
        var tryAt = source.IndexOf("TryFromCode(\"NO_ANSWER\"", StringComparison.Ordinal);
        Assert.Equal("StringCode", diagnostics.Single(d => d.Spanned(source) == "\"NO_ANSWER\"" && d.Location.SourceSpan.Start < tryAt + 20 && d.Location.SourceSpan.Start > tryAt).Properties["Form"]);

        // Both parts of a composite FromCode are literals and a member's key: the whole call becomes the member.
        var composite = diagnostics.Where(d => d.Location.SourceSpan.Start > source.IndexOf("MissedCallExtensions.FromCode", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, composite.Count);
        Assert.All(composite, d => Assert.Equal(("Member", "RingingNoAnswer"), (d.Properties["Form"], d.Properties["Member"])));
        Assert.Equal("IntegerCode", diagnostics.Single(d => d.Spanned(source) == "480").Properties["Form"]);
    }

    [Fact]
    public void Literals_that_do_not_meet_a_table_are_never_reported()
    {
        var source = Usings + Event + """
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
            """;

        AnalyzerHarness.AssertMarked(source);
    }
}
