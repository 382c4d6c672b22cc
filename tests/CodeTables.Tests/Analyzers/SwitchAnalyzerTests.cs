using System.Collections.Generic;
using System.Linq;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Analyzers;

/// <summary>CT1001 (non-exhaustive switch), CT1002 (default swallows codes), CT1003 (mapping contradicts the table).</summary>
public class SwitchAnalyzerTests
{
    private const string Usings = "using System;\nusing CodeTables;\nusing Consumer;\n";

    [Fact]
    public void CT1001_reports_switches_that_leave_members_unhandled_without_a_default()
    {
        var source = Usings + """
            public static class C
            {
                public static string Statement(ReleaseCause cause)
                {
                    switch (cause) //! CT1001
                    {
                        case ReleaseCause.NormalClearing:
                            return "ok";
                        case ReleaseCause.UserBusy:
                            return "busy";
                    }

                    return "?";
                }

                public static string Expression(ReleaseCause cause) => cause switch //! CT1001
                {
                    ReleaseCause.NormalClearing => "ok",
                    _ => throw new ArgumentOutOfRangeException(nameof(cause)),
                };

                public static string Strings(HangupCause cause) => cause switch //! CT1001
                {
                    HangupCause.UserBusy or HangupCause.NoAnswer => "retry",
                    HangupCause.CallRejected when DateTime.Now.Year > 2000 => "guarded arms do not count",
                    _ => throw new InvalidOperationException(),
                };
            }
            """;

        var diagnostics = AnalyzerHarness.AssertMarked(source);

        var statement = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First();
        Assert.Equal("switch", statement.Spanned(source));
        Assert.Equal("The switch over 'ReleaseCause' does not handle 2 values: NoUserResponding, CallRejected", statement.GetMessage());
        Assert.Equal("NoUserResponding,CallRejected", statement.Properties["MissingMembers"]);
        Assert.Contains(diagnostics, d => d.GetMessage().EndsWith("does not handle 1 value: CallRejected", System.StringComparison.Ordinal));
    }

    [Fact]
    public void CT1001_requires_null_for_a_nullable_value()
    {
        var source = Usings + """
            public static class C
            {
                public static int Missing(ReleaseCause? cause) => cause switch //! CT1001
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

        var diagnostics = AnalyzerHarness.AssertMarked(source);
        Assert.Equal("The switch over 'ReleaseCause' does not handle 1 value: null", diagnostics.Single().GetMessage());
        Assert.Equal("true", diagnostics.Single().Properties["MissingNull"]);
    }

    [Fact]
    public void Complete_switches_or_patterns_and_delegating_defaults_stay_silent()
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

        AnalyzerHarness.AssertMarked(source);
    }

    [Fact]
    public void CT1002_reports_a_default_that_silently_handles_members()
    {
        var source = Usings + """
            public static class C
            {
                public static bool Retry(ReleaseCause cause)
                {
                    switch (cause) //! CT1002
                    {
                        case ReleaseCause.UserBusy:
                            return true;
                        default:
                            return false;
                    }
                }

                public static CallOutcome Map(HangupCause cause) => cause switch //! CT1002
                {
                    HangupCause.UserBusy => CallOutcome.Busy,
                    _ => CallOutcome.Unknown,
                };

                public static CallOutcome OtherValue(ReleaseCause cause, ReleaseCause other) => cause switch //! CT1002
                {
                    ReleaseCause.UserBusy => CallOutcome.Busy,
                    _ => other.ToOutcome(),
                };
            }
            """;

        var diagnostics = AnalyzerHarness.AssertMarked(source);
        Assert.Contains(diagnostics, d => d.GetMessage() == "The default arm of the switch over 'ReleaseCause' silently handles 3 values: NormalClearing, NoUserResponding, CallRejected. Handle them explicitly, or delegate to the table with ToOutcome().");
    }

    [Fact]
    public void Options_exclude_outcome_switches_and_accept_throwing_defaults()
    {
        var source = Usings + """
            public static class C
            {
                public static int Outcome(CallOutcome outcome) => outcome switch //! CT1001
                {
                    CallOutcome.Answered => 1,
                    _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
                };
            }
            """;

        AnalyzerHarness.AssertMarked(source);
        var (_, off) = AnalyzerHarness.Run(source, new Dictionary<string, string> { ["codetables.analyze_outcome_switches"] = "false" });
        Assert.Empty(off);
        var (_, throwing) = AnalyzerHarness.Run(source, new Dictionary<string, string> { ["codetables.throwing_default_is_exhaustive"] = "true" });
        Assert.Empty(throwing);
    }

    [Fact]
    public void CT1003_reports_a_hand_written_mapping_that_contradicts_the_table()
    {
        var source = Usings + """
            public static class C
            {
                public static CallOutcome Expression(ReleaseCause cause) => cause switch
                {
                    ReleaseCause.NormalClearing => CallOutcome.Answered,
                    ReleaseCause.UserBusy => CallOutcome.NoAnswer, //! CT1003
                    ReleaseCause.NoUserResponding or ReleaseCause.CallRejected => CallOutcome.NoAnswer, //! CT1003
                    _ => CallOutcome.Unknown,
                };

                public static CallOutcome Statement(HangupCause cause)
                {
                    switch (cause)
                    {
                        case HangupCause.UserBusy:
                            return CallOutcome.Busy;
                        case HangupCause.NoAnswer: //! CT1003
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

        var diagnostics = AnalyzerHarness.AssertMarked(source);
        var busy = diagnostics.First(d => d.GetMessage().StartsWith("'ReleaseCause.UserBusy'", System.StringComparison.Ordinal));
        Assert.Equal("'ReleaseCause.UserBusy' maps to 'CallOutcome.NoAnswer' here, but the table release-cause.csv gives it 'CallOutcome.Busy'. Use ToOutcome() instead of a hand-written mapping.", busy.GetMessage());
        Assert.Equal("Busy", busy.Properties["TableOutcome"]);
        Assert.Equal("true", busy.Properties["ReplaceableByToOutcome"]);
    }
}
