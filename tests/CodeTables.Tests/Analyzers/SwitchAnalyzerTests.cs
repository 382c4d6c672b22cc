using System.Collections.Generic;
using System.Threading.Tasks;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Analyzers;

/// <summary>CT1001 (non-exhaustive switch), CT1002 (default swallows codes), CT1003 (mapping contradicts the table).</summary>
public class SwitchAnalyzerTests
{
    private const string Usings = "using System;\nusing CodeTables;\nusing Consumer;\n";

    [Fact]
    public async Task CT1001_reports_switches_that_leave_members_unhandled_without_a_default()
    {
        var source = Usings + """
            public static class C
            {
                public static string Statement(ReleaseCause cause)
                {
                    {|#0:switch|} (cause)
                    {
                        case ReleaseCause.NormalClearing:
                            return "ok";
                        case ReleaseCause.UserBusy:
                            return "busy";
                    }

                    return "?";
                }

                public static string Expression(ReleaseCause cause) => cause {|#1:switch|}
                {
                    ReleaseCause.NormalClearing => "ok",
                    _ => throw new ArgumentOutOfRangeException(nameof(cause)),
                };

                public static string Strings(HangupCause cause) => cause {|#2:switch|}
                {
                    HangupCause.UserBusy or HangupCause.NoAnswer => "retry",
                    HangupCause.CallRejected when DateTime.Now.Year > 2000 => "guarded arms do not count",
                    _ => throw new InvalidOperationException(),
                };
            }
            """;

        await AnalyzerTest.VerifyAsync(
            source,
            AnalyzerTest.Diagnostic(Rules.NonExhaustiveSwitch, 0, "The switch over 'ReleaseCause' does not handle 2 values: NoUserResponding, CallRejected"),
            AnalyzerTest.Diagnostic(Rules.NonExhaustiveSwitch, 1, "The switch over 'ReleaseCause' does not handle 3 values: UserBusy, NoUserResponding, CallRejected"),
            AnalyzerTest.Diagnostic(Rules.NonExhaustiveSwitch, 2, "The switch over 'HangupCause' does not handle 1 value: CallRejected"));

        // No list of names for the fix: "Add missing cases" recomputes them through SwitchCoverage (AddMissingCasesTests).
        Assert.All(AnalyzerHarness.Diagnostics(source), d => Assert.Empty(d.Properties));
    }

    [Fact]
    public async Task CT1001_requires_null_for_a_nullable_value()
    {
        var source = Usings + """
            public static class C
            {
                public static int Missing(ReleaseCause? cause) => cause {|#0:switch|}
                {
                    ReleaseCause.NormalClearing or ReleaseCause.UserBusy or ReleaseCause.NoUserResponding or ReleaseCause.CallRejected => 1,
                };

                public static int Handled(ReleaseCause? cause) => cause switch
                {
                    ReleaseCause.NormalClearing or ReleaseCause.UserBusy or ReleaseCause.NoUserResponding or ReleaseCause.CallRejected => 1,
                    null => 0,
                };
            }
            """;

        await AnalyzerTest.VerifyAsync(source, AnalyzerTest.Diagnostic(Rules.NonExhaustiveSwitch, 0, "The switch over 'ReleaseCause' does not handle 1 value: null"));
        Assert.Empty(Assert.Single(AnalyzerHarness.Diagnostics(source)).Properties);
    }

    [Fact]
    public async Task Complete_switches_or_patterns_and_delegating_defaults_stay_silent()
    {
        var source = Usings + """
            public static class C
            {
                public static string Complete(ReleaseCause cause)
                {
                    switch (cause)
                    {
                        case ReleaseCause.NormalClearing:
                        case ReleaseCause.UserBusy:
                            return "a";
                        case ReleaseCause.NoUserResponding or ReleaseCause.CallRejected:
                            return "b";
                        default:
                            throw new ArgumentOutOfRangeException(nameof(cause));
                    }
                }

                public static CallOutcome Delegating(ReleaseCause cause) => cause switch
                {
                    ReleaseCause.UserBusy => CallOutcome.Busy,
                    _ => cause.ToOutcome(),
                };

                public static CallOutcome DelegatingStatement(ReleaseCause cause)
                {
                    switch (cause)
                    {
                        case ReleaseCause.UserBusy:
                            return CallOutcome.Busy;
                        default:
                            return cause.ToOutcome();
                    }
                }

                public static bool DelegatingVar(ReleaseCause cause) => cause switch
                {
                    ReleaseCause.UserBusy => true,
                    var other => other.IsRetryable(),
                };

                public static string NotAnalysed(ReleaseCause cause) => cause switch
                {
                    < ReleaseCause.UserBusy => "relational patterns are a class check",
                    _ => "other",
                };

                public static string Ordinary(DayOfWeek day) => day switch
                {
                    DayOfWeek.Monday => "ordinary enums are never reported",
                    _ => "other",
                };

                public static string Composite(MissedCall call) => call switch
                {
                    MissedCall.RingingRejected or MissedCall.RingingNoAnswer or MissedCall.BusyUserBusy => "all",
                    _ => throw new ArgumentOutOfRangeException(nameof(call)),
                };
            }
            """;

        await AnalyzerTest.VerifyAsync(source);
    }

    [Fact]
    public async Task CT1002_reports_a_default_that_silently_handles_members()
    {
        var source = Usings + """
            public static class C
            {
                public static bool Retry(ReleaseCause cause)
                {
                    {|#0:switch|} (cause)
                    {
                        case ReleaseCause.UserBusy:
                            return true;
                        default:
                            return false;
                    }
                }

                public static CallOutcome Map(HangupCause cause) => cause {|CT1002:switch|}
                {
                    HangupCause.UserBusy => CallOutcome.Busy,
                    _ => CallOutcome.Unknown,
                };

                public static CallOutcome OtherValue(ReleaseCause cause, ReleaseCause other) => cause {|CT1002:switch|}
                {
                    ReleaseCause.UserBusy => CallOutcome.Busy,
                    _ => other.ToOutcome(),
                };
            }
            """;

        await AnalyzerTest.VerifyAsync(
            source,
            AnalyzerTest.Diagnostic(Rules.DefaultSwallowsCodes, 0, "The default arm of the switch over 'ReleaseCause' silently handles 3 values: NormalClearing, NoUserResponding, CallRejected. Handle them explicitly, or delegate to the table with ToOutcome()."));
    }

    [Fact]
    public async Task Options_exclude_outcome_switches_and_accept_throwing_defaults()
    {
        const string Switch = """
            public static class C
            {
                public static int Outcome(CallOutcome outcome) => outcome {|CT1001:switch|}
                {
                    CallOutcome.Answered => 1,
                    _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
                };
            }
            """;

        await AnalyzerTest.VerifyAsync(Usings + Switch);

        var silent = Usings + AnalyzerHarness.Plain(Switch);
        await new AnalyzerTest(silent, new Dictionary<string, string> { ["codetables.analyze_outcome_switches"] = "false" }).RunAsync();
        await new AnalyzerTest(silent, new Dictionary<string, string> { ["codetables.throwing_default_is_exhaustive"] = "true" }).RunAsync();
    }

    [Fact]
    public async Task CT1003_reports_a_hand_written_mapping_that_contradicts_the_table()
    {
        var source = Usings + """
            public static class C
            {
                public static CallOutcome Expression(ReleaseCause cause) => cause switch
                {
                    ReleaseCause.NormalClearing => CallOutcome.Answered,
                    {|#0:ReleaseCause.UserBusy|} => CallOutcome.NoAnswer,
                    ReleaseCause.NoUserResponding or {|CT1003:ReleaseCause.CallRejected|} => CallOutcome.NoAnswer,
                    _ => CallOutcome.Unknown,
                };

                public static CallOutcome Statement(HangupCause cause)
                {
                    switch (cause)
                    {
                        case HangupCause.UserBusy:
                            return CallOutcome.Busy;
                        case {|CT1003:HangupCause.NoAnswer|}:
                            return CallOutcome.Busy;
                        case HangupCause.CallRejected:
                            return CallOutcome.Rejected;
                        default:
                            throw new ArgumentOutOfRangeException(nameof(cause));
                    }
                }

                public static bool NotAnOutcome(ReleaseCause cause) => cause switch
                {
                    ReleaseCause.UserBusy => true,
                    _ => cause.IsRetryable(),
                };
            }
            """;

        await AnalyzerTest.VerifyAsync(
            source,
            AnalyzerTest.Diagnostic(Rules.ContradictsTable, 0, "'ReleaseCause.UserBusy' maps to 'CallOutcome.NoAnswer' here, but the table release-cause.csv gives it 'CallOutcome.Busy'. Use ToOutcome() instead of a hand-written mapping."));

        // What "Use the table's outcome" and "Use ToOutcome()" read.
        var busy = AnalyzerHarness.Diagnostics(source)[0];
        Assert.Equal("Busy", busy.Properties["TableOutcome"]);
        Assert.Equal("true", busy.Properties["ReplaceableByToOutcome"]);
    }
}
