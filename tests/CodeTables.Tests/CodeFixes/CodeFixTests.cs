using CodeTables.CodeFixes;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.CodeFixes;

/// <summary>Each code fix: the exact result, that it compiles, and that the diagnostic is gone (one fix and Fix All).</summary>
public class CodeFixTests
{
    private const string Usings = "using System;\nusing CodeTables;\nusing Consumer;\n";

    [Fact]
    public void Add_missing_cases_to_a_statement_without_default_adds_break_sections()
    {
        var source = Usings + """
            public static class C
            {
                public static string M(ReleaseCause cause)
                {
                    switch (cause)
                    {
                        case ReleaseCause.NormalClearing:
                            return "ok";
                    }

                    return "?";
                }
            }
            """;

        var fixedSource = CodeFixHarness.FixAll(source, new AddMissingCasesCodeFix(), "CT1001");

        Assert.Equal(source.Replace("""
                            return "ok";
                    }
            """, """
                            return "ok";
                        case ReleaseCause.UserBusy:
                            break;
                        case ReleaseCause.NoUserResponding:
                            break;
                        case ReleaseCause.CallRejected:
                            break;
                    }
            """), fixedSource);
        CodeFixHarness.AssertCompilesWithout(fixedSource, "CT1001");
    }

    [Fact]
    public void Add_missing_cases_before_a_swallowing_default_keeps_behaviour_and_clears_CT1002()
    {
        var source = Usings + """
            public static class C
            {
                public static bool M(HangupCause cause)
                {
                    switch (cause)
                    {
                        case HangupCause.UserBusy:
                            return true;
                        default:
                            return false;
                    }
                }
            }
            """;

        var fixedSource = CodeFixHarness.FixOne(source, new AddMissingCasesCodeFix(), "CT1002");

        Assert.Equal(source.Replace("""
                        default:
            """, """
                        case HangupCause.NoAnswer:
                        case HangupCause.CallRejected:
                        default:
            """), fixedSource);
        CodeFixHarness.AssertCompilesWithout(fixedSource, "CT1002");
    }

    [Fact]
    public void Add_missing_cases_to_switch_expressions_copies_the_discard_value_or_throws()
    {
        var source = Usings + """
            public static class C
            {
                public static int A(ReleaseCause cause) => cause switch
                {
                    ReleaseCause.NormalClearing or ReleaseCause.UserBusy => 1,
                    _ => 0,
                };

                public static int B(ReleaseCause? cause) => cause switch
                {
                    ReleaseCause.NormalClearing or ReleaseCause.UserBusy or ReleaseCause.NoUserResponding => 1
                };
            }
            """;

        var fixedSource = CodeFixHarness.FixAll(source, new AddMissingCasesCodeFix(), "CT1002");
        Assert.Contains("""
                    ReleaseCause.NoUserResponding => 0,
                    ReleaseCause.CallRejected => 0,
                    _ => 0,
            """, fixedSource);

        fixedSource = CodeFixHarness.FixAll(fixedSource, new AddMissingCasesCodeFix(), "CT1001");
        Assert.Contains("""
                    ReleaseCause.NormalClearing or ReleaseCause.UserBusy or ReleaseCause.NoUserResponding => 1,
                    ReleaseCause.CallRejected => throw new global::System.InvalidOperationException("ReleaseCause.CallRejected is not handled yet."),
                    null => throw new global::System.InvalidOperationException("null is not handled yet."),
                };
            """, fixedSource);
        CodeFixHarness.AssertCompilesWithout(fixedSource, "CT1001");
        CodeFixHarness.AssertCompilesWithout(fixedSource, "CT1002");
    }

    [Fact]
    public void Use_ToOutcome_replaces_a_pure_mapping_and_use_the_tables_outcome_corrects_one_arm()
    {
        var source = Usings + """
            public static class C
            {
                public static CallOutcome Map(ReleaseCause cause) => cause switch
                {
                    ReleaseCause.NormalClearing => CallOutcome.Answered,
                    ReleaseCause.UserBusy => CallOutcome.NoAnswer,
                    ReleaseCause.NoUserResponding => CallOutcome.Rejected,
                    _ => CallOutcome.Unknown,
                };
            }
            """;

        Assert.Equal(["Use ToOutcome()", "Use the table's outcome"], CodeFixHarness.Offered(source, new UseToOutcomeCodeFix(), "CT1003"));

        var replaced = CodeFixHarness.FixAll(source, new UseToOutcomeCodeFix(), "CT1003", "CodeTables.UseToOutcome");
        Assert.Contains("public static CallOutcome Map(ReleaseCause cause) => cause.ToOutcome();", replaced);
        CodeFixHarness.AssertCompilesWithout(replaced, "CT1003");

        var corrected = CodeFixHarness.FixAll(source, new UseToOutcomeCodeFix(), "CT1003", "CodeTables.UseTableOutcome");
        Assert.Contains("ReleaseCause.UserBusy => CallOutcome.Busy,", corrected);
        Assert.Contains("ReleaseCause.NoUserResponding => CallOutcome.NoAnswer,", corrected);
        CodeFixHarness.AssertCompilesWithout(corrected, "CT1003");
    }

    [Fact]
    public void Use_FromCode_replaces_unvalidated_casts()
    {
        var source = Usings + """
            public static class C
            {
                public static ReleaseCause A(int code) => (ReleaseCause)code;
                public static SipResponse B(int[] codes) => (SipResponse)codes[0];
            }
            """;

        var fixedSource = CodeFixHarness.FixAll(source, new UseFromCodeCodeFix(), "CT1004");

        Assert.Contains("public static ReleaseCause A(int code) => ReleaseCauseExtensions.FromCode(code);", fixedSource);
        Assert.Contains("public static SipResponse B(int[] codes) => SipResponseExtensions.FromCode(codes[0]);", fixedSource);
        CodeFixHarness.AssertCompilesWithout(fixedSource, "CT1004");
    }

    [Fact]
    public void Use_the_named_member_writes_the_form_each_context_needs()
    {
        var source = Usings + """
            public sealed class CallEvent
            {
                [CodeOf(typeof(ReleaseCause))] public int Cause { get; set; }
                [CodeOf(typeof(HangupCause))] public string Hangup { get; set; } = "";
            }

            public static class C
            {
                public static bool A(CallEvent e) => e.Cause == 17 || e.Hangup == "NO_ANSWER";
                public static bool B(CallEvent e) => e.Cause is 16 or 21;
                public static string S(CallEvent e) { switch (e.Cause) { case 18: return "x"; default: return "y"; } }
                public static ReleaseCause Cast() => (ReleaseCause)17;
                public static SipResponse From() => SipResponseExtensions.FromCode(486);
                public static CallOutcome Classify() => SipResponseExtensions.Classify(603);
            }
            """;

        var fixedSource = CodeFixHarness.FixAll(source, new UseNamedMemberCodeFix(), "CT2001");

        Assert.Contains("e.Cause == (int)ReleaseCause.UserBusy || e.Hangup == HangupCauseCodes.NoAnswer", fixedSource);
        Assert.Contains("e.Cause is (int)ReleaseCause.NormalClearing or (int)ReleaseCause.CallRejected", fixedSource);
        Assert.Contains("case (int)ReleaseCause.NoUserResponding:", fixedSource);
        Assert.Contains("public static ReleaseCause Cast() => ReleaseCause.UserBusy;", fixedSource);
        Assert.Contains("public static SipResponse From() => SipResponse.BusyHere;", fixedSource);
        Assert.Contains("public static CallOutcome Classify() => SipResponse.Decline.ToOutcome();", fixedSource);
        CodeFixHarness.AssertCompilesWithout(fixedSource, "CT2001");
    }

    [Fact]
    public void Use_the_named_member_names_string_codes_and_composite_parts_with_the_generated_constants_everywhere()
    {
        var source = Usings + """
            public sealed class CallEvent
            {
                [CodeOf(typeof(HangupCause))] public string Hangup { get; set; } = "";
                [CodeOf(typeof(MissedCall), Column = "HangupCause")] public string Missed { get; set; } = "";
                [CodeOf(typeof(HangupCause))] public const string Default = "USER_BUSY";
            }

            public static class C
            {
                public static int S(CallEvent e) { switch (e.Hangup) { case "USER_BUSY": return 1; default: return 0; } }
                public static bool P(CallEvent e) => e.Hangup is "NO_ANSWER" or "CALL_REJECTED";
                public static int X(CallEvent e) => e.Hangup switch { "USER_BUSY" => 1, _ => 0 };
                public static bool Part(MissedCall call) => call.ToCode().HangupCause == "NO_ANSWER";
                public static bool Column(CallEvent e) => e.Missed is "USER_BUSY";
                public static bool Try() => HangupCauseExtensions.TryFromCode("CALL_REJECTED", out _);
                public static MissedCall From() => MissedCallExtensions.FromCode("Ringing", "NO_ANSWER");
                public static CallOutcome Classify() => MissedCallExtensions.Classify("Busy", "USER_BUSY");
                public static CallOutcome Mixed(string type) => MissedCallExtensions.Classify(type, "CALL_REJECTED");
                public static bool NoMember() => MissedCallExtensions.TryFromCode("Busy", "NO_ANSWER", out _);
            }
            """;

        var fixedSource = CodeFixHarness.FixAll(source, new UseNamedMemberCodeFix(), "CT2001");

        Assert.Contains("public const string Default = HangupCauseCodes.UserBusy;", fixedSource);
        Assert.Contains("case HangupCauseCodes.UserBusy: return 1;", fixedSource);
        Assert.Contains("e.Hangup is HangupCauseCodes.NoAnswer or HangupCauseCodes.CallRejected;", fixedSource);
        Assert.Contains("e.Hangup switch { HangupCauseCodes.UserBusy => 1, _ => 0 };", fixedSource);
        Assert.Contains("call.ToCode().HangupCause == MissedCallCodes.RingingNoAnswer.HangupCause;", fixedSource);
        Assert.Contains("e.Missed is MissedCallCodes.BusyUserBusy.HangupCause;", fixedSource);
        Assert.Contains("HangupCauseExtensions.TryFromCode(HangupCauseCodes.CallRejected, out _);", fixedSource);
        Assert.Contains("public static MissedCall From() => MissedCall.RingingNoAnswer;", fixedSource);
        Assert.Contains("public static CallOutcome Classify() => MissedCall.BusyUserBusy.ToOutcome();", fixedSource);
        Assert.Contains("MissedCallExtensions.Classify(type, MissedCallCodes.RingingRejected.HangupCause);", fixedSource);
        // Not a member's key, but each part is a code: each part is named on its own, and the call stays a lookup.
        Assert.Contains("MissedCallExtensions.TryFromCode(MissedCallCodes.BusyUserBusy.MissedCallType, MissedCallCodes.RingingNoAnswer.HangupCause, out _);", fixedSource);
        CodeFixHarness.AssertCompilesWithout(fixedSource, "CT2001");
    }

    [Fact]
    public void Without_a_generated_constant_a_string_code_falls_back_to_ToCode_and_a_case_label_keeps_its_literal()
    {
        // A hand-written enum with the generator's metadata but no ECodes class beside it (as from an older package).
        var source = """
            using CodeTables;

            [CodeTable("old.csv", OutcomeType = typeof(CallOutcome))]
            public enum Old
            {
                [CodeTableMember("A", Outcome = CallOutcome.Busy)] First = 1,
            }

            public static class OldExtensions
            {
                public static string ToCode(this Old value) => "A";
            }

            public static class C
            {
                [CodeOf(typeof(Old))] public static string Code { get; set; } = "";
                public static bool Eq() => Code == "A";
                public static int Case() { switch (Code) { case "A": return 1; default: return 0; } }
            }
            """;

        var fixedSource = CodeFixHarness.FixAll(source, new UseNamedMemberCodeFix(), "CT2001");

        Assert.Contains("public static bool Eq() => Code == Old.First.ToCode();", fixedSource);
        Assert.Contains("case \"A\": return 1;", fixedSource);
    }

    [Fact]
    public void Names_are_qualified_where_the_namespace_is_not_imported()
    {
        var source = """
            public static class C
            {
                public static Consumer.ReleaseCause A(int code) => (Consumer.ReleaseCause)code;
                public static CodeTables.CallOutcome B() => Consumer.SipResponseExtensions.Classify(486);
            }
            """;

        var fromCode = CodeFixHarness.FixAll(source, new UseFromCodeCodeFix(), "CT1004");
        Assert.Contains("=> Consumer.ReleaseCauseExtensions.FromCode(code);", fromCode);
        CodeFixHarness.AssertCompilesWithout(fromCode, "CT1004");

        var named = CodeFixHarness.FixAll(source, new UseNamedMemberCodeFix(), "CT2001");
        Assert.Contains("=> Consumer.SipResponseExtensions.ToOutcome(Consumer.SipResponse.BusyHere);", named);
        CodeFixHarness.AssertCompilesWithout(named, "CT2001");
    }
}
