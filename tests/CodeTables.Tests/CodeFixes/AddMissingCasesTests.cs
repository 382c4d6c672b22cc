using System.Threading.Tasks;
using CodeTables.CodeFixes;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.CodeFixes;

/// <summary>
/// CT1001/CT1002 "Add missing cases" and, for a large gap, "Delegate the other values to ToOutcome()": the exact
/// fixed source, which the framework also gets from Fix All in document, project and solution.
/// </summary>
public class AddMissingCasesTests
{
    private const string Usings = "using System;\nusing CodeTables;\nusing Consumer;\n";

    /// <summary>13 Q.850 causes, transcribed from tables/q850-cause.csv: enough for a gap of more than <see cref="AddMissingCasesCodeFix.LargeGap"/>.</summary>
    private static readonly TableFile Q850 = new("tables/q850.csv", """
        # enum: Q850
        Code,Name,Outcome,Description
        1,UnallocatedNumber,InvalidNumber,Unallocated (unassigned) number
        3,NoRouteToDestination,InvalidNumber,No route to destination
        16,NormalClearing,Answered,Normal call clearing
        17,UserBusy,Busy,User busy
        18,NoUserResponding,Unreachable,No user responding
        19,NoAnswer,NoAnswer,No answer from user (user alerted)
        20,SubscriberAbsent,Unreachable,Subscriber absent
        21,CallRejected,Rejected,Call rejected
        22,NumberChanged,InvalidNumber,Number changed
        27,DestinationOutOfOrder,Failed,Destination out of order
        28,InvalidNumberFormat,InvalidNumber,Invalid number format (address incomplete)
        31,NormalUnspecified,Unknown,Normal unspecified
        34,NoCircuitAvailable,Congestion,No circuit/channel available

        """);

    private const string AddKey = "CodeTables.AddMissingCases";
    private const string DelegateKey = "CodeTables.DelegateToOutcome";

    private static Task Verify(string source, string fixedSource, string? key = null, int? index = null)
    {
        var test = new CodeFixTest<AddMissingCasesCodeFix>(Usings + source, Usings + fixedSource, [Q850]);
        test.CodeActionEquivalenceKey = key;
        test.CodeActionIndex = index;
        return test.RunAsync();
    }

    [Fact]
    public Task Statement_without_default_gets_a_break_section_per_member() => Verify(
        """
        public static class C
        {
            public static string M(ReleaseCause cause)
            {
                {|CT1001:switch|} (cause)
                {
                    case ReleaseCause.NormalClearing:
                        return "ok";
                }

                return "?";
            }
        }
        """,
        """
        public static class C
        {
            public static string M(ReleaseCause cause)
            {
                switch (cause)
                {
                    case ReleaseCause.NormalClearing:
                        return "ok";
                    case ReleaseCause.UserBusy:
                        break;
                    case ReleaseCause.NoUserResponding:
                        break;
                    case ReleaseCause.CallRejected:
                        break;
                }

                return "?";
            }
        }
        """);

    [Fact]
    public Task One_line_sections_get_one_line_sections_indented_like_them() => Verify(
        """
        public static class C
        {
            public static string M(ReleaseCause cause)
            {
                {|CT1001:switch|} (cause)
                {
                    case ReleaseCause.NormalClearing: return "ok";
                    case ReleaseCause.UserBusy: return "busy";
                }

                return "?";
            }
        }
        """,
        """
        public static class C
        {
            public static string M(ReleaseCause cause)
            {
                switch (cause)
                {
                    case ReleaseCause.NormalClearing: return "ok";
                    case ReleaseCause.UserBusy: return "busy";
                    case ReleaseCause.NoUserResponding: break;
                    case ReleaseCause.CallRejected: break;
                }

                return "?";
            }
        }
        """);

    [Fact]
    public Task Labels_join_a_swallowing_default_so_behaviour_stays_and_CT1002_clears() => Verify(
        """
        public static class C
        {
            public static bool M(HangupCause cause)
            {
                {|CT1002:switch|} (cause)
                {
                    case HangupCause.UserBusy:
                        return true;
                    default:
                        return false;
                }
            }
        }
        """,
        """
        public static class C
        {
            public static bool M(HangupCause cause)
            {
                switch (cause)
                {
                    case HangupCause.UserBusy:
                        return true;
                    case HangupCause.NoAnswer:
                    case HangupCause.CallRejected:
                    default:
                        return false;
                }
            }
        }
        """);

    /// <summary>
    /// On a switch expression without a discard arm the fix lists the members and adds the discard arm the compiler
    /// asks for (CS8524: a value no member names, such as an unknown code cast to the enum): the fixed code compiles
    /// without a warning about the switch.
    /// </summary>
    [Fact]
    public async Task Switch_expression_fix_leaves_no_compiler_warning_about_the_switch()
    {
        const string fixedSource = """
            public static class C
            {
                public static int M(ReleaseCause cause) => cause switch
                {
                    ReleaseCause.NormalClearing => 1,
                    ReleaseCause.UserBusy => throw new global::System.InvalidOperationException("ReleaseCause.UserBusy is not handled yet."),
                    ReleaseCause.NoUserResponding => throw new global::System.InvalidOperationException("ReleaseCause.NoUserResponding is not handled yet."),
                    ReleaseCause.CallRejected => throw new global::System.InvalidOperationException("ReleaseCause.CallRejected is not handled yet."),
                    _ => throw new global::System.InvalidOperationException("The value is not a member of ReleaseCause."),
                };
            }
            """;
        await Verify(
            """
            public static class C
            {
                public static int M(ReleaseCause cause) => cause {|CT1001:switch|}
                {
                    ReleaseCause.NormalClearing => 1,
                };
            }
            """,
            fixedSource);

        var run = GeneratorHarness.Run(TestTables.All, Usings + fixedSource);
        Assert.DoesNotContain(run.CompileProblems, d => d.Id.StartsWith("CS85", System.StringComparison.Ordinal) || d.Id == "CS8655");
        Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public Task Switch_expressions_copy_the_discard_value_or_throw_and_handle_null() => Verify(
        """
        public static class C
        {
            public static int A(ReleaseCause cause) => cause {|CT1002:switch|}
            {
                ReleaseCause.NormalClearing or ReleaseCause.UserBusy => 1,
                _ => 0,
            };

            public static int B(ReleaseCause? cause) => cause {|CT1001:switch|}
            {
                ReleaseCause.NormalClearing or ReleaseCause.UserBusy or ReleaseCause.NoUserResponding => 1
            };
        }
        """,
        """
        public static class C
        {
            public static int A(ReleaseCause cause) => cause switch
            {
                ReleaseCause.NormalClearing or ReleaseCause.UserBusy => 1,
                ReleaseCause.NoUserResponding => 0,
                ReleaseCause.CallRejected => 0,
                _ => 0,
            };

            public static int B(ReleaseCause? cause) => cause switch
            {
                ReleaseCause.NormalClearing or ReleaseCause.UserBusy or ReleaseCause.NoUserResponding => 1,
                ReleaseCause.CallRejected => throw new global::System.InvalidOperationException("ReleaseCause.CallRejected is not handled yet."),
                null => throw new global::System.InvalidOperationException("null is not handled yet."),
                _ => throw new global::System.InvalidOperationException("The value is not a member of ReleaseCause."),
            };
        }
        """);

    private const string LargeOneLiners = """
        public static class C
        {
            public static CallOutcome M(Q850 cause)
            {
                {|CT1001:switch|} (cause)
                {
                    case Q850.NormalClearing: return CallOutcome.Answered;
                    case Q850.UserBusy: return CallOutcome.Busy;
                }

                return CallOutcome.Unknown;
            }
        }
        """;

    [Fact]
    public Task A_large_gap_still_gets_every_case_when_asked() => Verify(
        LargeOneLiners,
        """
        public static class C
        {
            public static CallOutcome M(Q850 cause)
            {
                switch (cause)
                {
                    case Q850.NormalClearing: return CallOutcome.Answered;
                    case Q850.UserBusy: return CallOutcome.Busy;
                    case Q850.UnallocatedNumber: break;
                    case Q850.NoRouteToDestination: break;
                    case Q850.NoUserResponding: break;
                    case Q850.NoAnswer: break;
                    case Q850.SubscriberAbsent: break;
                    case Q850.CallRejected: break;
                    case Q850.NumberChanged: break;
                    case Q850.DestinationOutOfOrder: break;
                    case Q850.InvalidNumberFormat: break;
                    case Q850.NormalUnspecified: break;
                    case Q850.NoCircuitAvailable: break;
                }

                return CallOutcome.Unknown;
            }
        }
        """,
        AddKey,
        0);

    [Fact]
    public Task A_large_gap_in_a_statement_can_delegate_to_the_tables_outcome_in_one_line() => Verify(
        LargeOneLiners,
        """
        public static class C
        {
            public static CallOutcome M(Q850 cause)
            {
                switch (cause)
                {
                    case Q850.NormalClearing: return CallOutcome.Answered;
                    case Q850.UserBusy: return CallOutcome.Busy;
                    default: return cause.ToOutcome();
                }

                return CallOutcome.Unknown;
            }
        }
        """,
        DelegateKey,
        1);

    [Fact]
    public Task A_swallowing_default_of_a_statement_can_return_the_tables_outcome() => Verify(
        """
        public static class C
        {
            public static CallOutcome M(Q850 cause)
            {
                {|CT1002:switch|} (cause)
                {
                    case Q850.NormalClearing:
                        return CallOutcome.Answered;
                    case Q850.UserBusy:
                        return CallOutcome.Busy;
                    default:
                        return CallOutcome.Unknown;
                }
            }
        }
        """,
        """
        public static class C
        {
            public static CallOutcome M(Q850 cause)
            {
                switch (cause)
                {
                    case Q850.NormalClearing:
                        return CallOutcome.Answered;
                    case Q850.UserBusy:
                        return CallOutcome.Busy;
                    default:
                        return cause.ToOutcome();
                }
            }
        }
        """,
        DelegateKey,
        1);

    [Fact]
    public Task Switch_expressions_with_a_large_gap_delegate_their_default_and_small_gaps_are_left_alone() => Verify(
        """
        public static class C
        {
            public static CallOutcome Swallowing(Q850 cause) => cause {|CT1002:switch|}
            {
                Q850.NormalClearing => CallOutcome.Answered,
                _ => CallOutcome.Unknown,
            };

            public static CallOutcome Missing(Q850 cause) => cause {|CT1001:switch|}
            {
                Q850.UserBusy => CallOutcome.Busy
            };

            public static CallOutcome Small(ReleaseCause cause) => cause {|CT1002:switch|}
            {
                ReleaseCause.UserBusy => CallOutcome.Busy,
                _ => CallOutcome.Unknown,
            };
        }
        """,
        """
        public static class C
        {
            public static CallOutcome Swallowing(Q850 cause) => cause switch
            {
                Q850.NormalClearing => CallOutcome.Answered,
                _ => cause.ToOutcome(),
            };

            public static CallOutcome Missing(Q850 cause) => cause switch
            {
                Q850.UserBusy => CallOutcome.Busy,
                _ => cause.ToOutcome(),
            };

            public static CallOutcome Small(ReleaseCause cause) => cause {|CT1002:switch|}
            {
                ReleaseCause.UserBusy => CallOutcome.Busy,
                _ => CallOutcome.Unknown,
            };
        }
        """,
        DelegateKey,
        1);

    [Fact]
    public Task A_large_gap_in_a_block_statement_gets_a_block_default() => Verify(
        """
        public static class C
        {
            public static CallOutcome M(Q850 cause)
            {
                {|CT1001:switch|} (cause)
                {
                    case Q850.NormalClearing:
                        return CallOutcome.Answered;
                }

                throw new ArgumentOutOfRangeException(nameof(cause));
            }
        }
        """,
        """
        public static class C
        {
            public static CallOutcome M(Q850 cause)
            {
                switch (cause)
                {
                    case Q850.NormalClearing:
                        return CallOutcome.Answered;
                    default:
                        return cause.ToOutcome();
                }

                throw new ArgumentOutOfRangeException(nameof(cause));
            }
        }
        """,
        DelegateKey,
        1);

    [Fact]
    public async Task Fix_All_adds_the_cases_in_every_document_and_project()
    {
        // Its own Fix All provider (syntax edits, then the formatter): two documents, and a second project that
        // uses the tables through a project reference.
        var test = new CodeFixTest<AddMissingCasesCodeFix>(
            Usings + """
                public static class A
                {
                    public static int M(SipResponse sip) => sip {|CT1001:switch|}
                    {
                        SipResponse.BusyHere => 1,
                    };
                }
                """,
            Usings + """
                public static class A
                {
                    public static int M(SipResponse sip) => sip switch
                    {
                        SipResponse.BusyHere => 1,
                        SipResponse.TemporarilyUnavailable => throw new global::System.InvalidOperationException("SipResponse.TemporarilyUnavailable is not handled yet."),
                        SipResponse.Decline => throw new global::System.InvalidOperationException("SipResponse.Decline is not handled yet."),
                        _ => throw new global::System.InvalidOperationException("The value is not a member of SipResponse."),
                    };
                }
                """);
        test.TestState.Sources.Add(("/0/Test1.cs", Usings + """
            public static class B
            {
                public static bool M(HangupCause cause)
                {
                    {|CT1002:switch|} (cause)
                    {
                        case HangupCause.UserBusy: return true;
                        default: return false;
                    }
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Test1.cs", Usings + """
            public static class B
            {
                public static bool M(HangupCause cause)
                {
                    switch (cause)
                    {
                        case HangupCause.UserBusy: return true;
                        case HangupCause.NoAnswer:
                        case HangupCause.CallRejected:
                        default: return false;
                    }
                }
            }
            """));
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalProjects["Second"].AdditionalProjectReferences.Add("TestProject");
            state.AdditionalProjects["Second"].AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(CodeTableAttribute).Assembly.Location));
        }

        test.TestState.AdditionalProjects["Second"].Sources.Add(("/Second/Test0.cs", """
            public static class D
            {
                public static string M(Consumer.ReleaseCause cause)
                {
                    {|CT1001:switch|} (cause)
                    {
                        case Consumer.ReleaseCause.NormalClearing:
                        case Consumer.ReleaseCause.UserBusy:
                            return "a";
                    }

                    return "b";
                }
            }
            """));
        test.FixedState.AdditionalProjects["Second"].Sources.Add(("/Second/Test0.cs", """
            public static class D
            {
                public static string M(Consumer.ReleaseCause cause)
                {
                    switch (cause)
                    {
                        case Consumer.ReleaseCause.NormalClearing:
                        case Consumer.ReleaseCause.UserBusy:
                            return "a";
                        case Consumer.ReleaseCause.NoUserResponding:
                            break;
                        case Consumer.ReleaseCause.CallRejected:
                            break;
                    }

                    return "b";
                }
            }
            """));
        await test.RunAsync();
    }
}
