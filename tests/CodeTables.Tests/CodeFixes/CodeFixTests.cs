using System.Threading.Tasks;
using CodeTables.CodeFixes;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace CodeTables.Tests.CodeFixes;

/// <summary>
/// CT1003 "Use ToOutcome()" / "Use the table's outcome", CT1004 "Use FromCode", CT2001 "Use the named member": the
/// exact fixed source, which the framework also gets from Fix All in document, project and solution.
/// </summary>
public class CodeFixTests
{
    private const string Usings = "using System;\nusing CodeTables;\nusing Consumer;\n";

    private const string Mapping = """
        public static class C
        {
            public static CallOutcome Map(ReleaseCause cause) => cause {|CT1002:switch|}
            {
                ReleaseCause.NormalClearing => CallOutcome.Answered,
                {|CT1003:ReleaseCause.UserBusy|} => CallOutcome.NoAnswer,
                {|CT1003:ReleaseCause.NoUserResponding|} => CallOutcome.Rejected,
                _ => CallOutcome.Unknown,
            };
        }
        """;

    [Fact]
    public async Task Use_ToOutcome_replaces_a_pure_mapping_with_the_tables_own()
    {
        var test = new CodeFixTest<UseToOutcomeCodeFix>(Usings + Mapping, Usings + """
            public static class C
            {
                public static CallOutcome Map(ReleaseCause cause) => cause.ToOutcome();
            }
            """)
        {
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = "CodeTables.UseToOutcome",
            CodeActionVerifier = (action, verifier) => verifier.Equal("Use ToOutcome()", action.Title),
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Use_the_tables_outcome_corrects_each_contradicting_arm()
    {
        var test = new CodeFixTest<UseToOutcomeCodeFix>(Usings + Mapping, Usings + """
            public static class C
            {
                public static CallOutcome Map(ReleaseCause cause) => cause {|CT1002:switch|}
                {
                    ReleaseCause.NormalClearing => CallOutcome.Answered,
                    ReleaseCause.UserBusy => CallOutcome.Busy,
                    ReleaseCause.NoUserResponding => CallOutcome.NoAnswer,
                    _ => CallOutcome.Unknown,
                };
            }
            """)
        {
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = "CodeTables.UseTableOutcome",
            CodeActionVerifier = (action, verifier) => verifier.Equal("Use the table's outcome", action.Title),
        };
        await test.RunAsync();
    }

    [Fact]
    public Task Use_FromCode_replaces_unvalidated_casts() => new CodeFixTest<UseFromCodeCodeFix>(
        Usings + """
            public static class C
            {
                public static ReleaseCause A(int code) => {|CT1004:(ReleaseCause)code|};
                public static SipResponse B(int[] codes) => {|CT1004:(SipResponse)codes[0]|};
            }
            """,
        Usings + """
            public static class C
            {
                public static ReleaseCause A(int code) => ReleaseCauseExtensions.FromCode(code);
                public static SipResponse B(int[] codes) => SipResponseExtensions.FromCode(codes[0]);
            }
            """).RunAsync();

    [Fact]
    public Task Use_the_named_member_writes_the_form_each_context_needs() => new CodeFixTest<UseNamedMemberCodeFix>(
        Usings + """
            public sealed class CallEvent
            {
                [CodeOf(typeof(ReleaseCause))] public int Cause { get; set; }
                [CodeOf(typeof(HangupCause))] public string Hangup { get; set; } = "";
            }

            public static class C
            {
                public static bool A(CallEvent e) => e.Cause == {|CT2001:17|} || e.Hangup == {|CT2001:"NO_ANSWER"|};
                public static bool B(CallEvent e) => e.Cause is {|CT2001:16|} or {|CT2001:21|};
                public static string S(CallEvent e) { switch (e.Cause) { case {|CT2001:18|}: return "x"; default: return "y"; } }
                public static ReleaseCause Cast() => (ReleaseCause){|CT2001:17|};
                public static SipResponse From() => SipResponseExtensions.FromCode({|CT2001:486|});
                public static CallOutcome Classify() => SipResponseExtensions.Classify({|CT2001:603|});
            }
            """,
        Usings + """
            public sealed class CallEvent
            {
                [CodeOf(typeof(ReleaseCause))] public int Cause { get; set; }
                [CodeOf(typeof(HangupCause))] public string Hangup { get; set; } = "";
            }

            public static class C
            {
                public static bool A(CallEvent e) => e.Cause == (int)ReleaseCause.UserBusy || e.Hangup == HangupCauseCodes.NoAnswer;
                public static bool B(CallEvent e) => e.Cause is (int)ReleaseCause.NormalClearing or (int)ReleaseCause.CallRejected;
                public static string S(CallEvent e) { switch (e.Cause) { case (int)ReleaseCause.NoUserResponding: return "x"; default: return "y"; } }
                public static ReleaseCause Cast() => ReleaseCause.UserBusy;
                public static SipResponse From() => SipResponse.BusyHere;
                public static CallOutcome Classify() => SipResponse.Decline.ToOutcome();
            }
            """).RunAsync();

    [Fact]
    public Task Use_the_named_member_names_string_codes_and_composite_parts_with_the_generated_constants_everywhere() => new CodeFixTest<UseNamedMemberCodeFix>(
        Usings + """
            public sealed class CallEvent
            {
                [CodeOf(typeof(HangupCause))] public string Hangup { get; set; } = "";
                [CodeOf(typeof(MissedCall), Column = "HangupCause")] public string Missed { get; set; } = "";
                [CodeOf(typeof(HangupCause))] public const string Default = {|CT2001:"USER_BUSY"|};
            }

            public static class C
            {
                public static int S(CallEvent e) { switch (e.Hangup) { case {|CT2001:"USER_BUSY"|}: return 1; default: return 0; } }
                public static bool P(CallEvent e) => e.Hangup is {|CT2001:"NO_ANSWER"|} or {|CT2001:"CALL_REJECTED"|};
                public static int X(CallEvent e) => e.Hangup switch { {|CT2001:"USER_BUSY"|} => 1, _ => 0 };
                public static bool Part(MissedCall call) => call.ToCode().HangupCause == {|CT2001:"NO_ANSWER"|};
                public static bool Column(CallEvent e) => e.Missed is {|CT2001:"USER_BUSY"|};
                public static bool Try() => HangupCauseExtensions.TryFromCode({|CT2001:"CALL_REJECTED"|}, out _);
                public static MissedCall From() => MissedCallExtensions.FromCode({|CT2001:"Ringing"|}, {|CT2001:"NO_ANSWER"|});
                public static CallOutcome Classify() => MissedCallExtensions.Classify({|CT2001:"Busy"|}, {|CT2001:"USER_BUSY"|});
                public static CallOutcome Mixed(string type) => MissedCallExtensions.Classify(type, {|CT2001:"CALL_REJECTED"|});
                public static bool NoMember() => MissedCallExtensions.TryFromCode({|CT2001:"Busy"|}, {|CT2001:"NO_ANSWER"|}, out _);
            }
            """,

        // Every literal becomes a constant, so case labels, patterns, arms and the const initializer keep compiling.
        // A composite part names the first member with that part in its column (RingingRejected for CALL_REJECTED,
        // BusyUserBusy for Busy); a composite FromCode/Classify whose literal parts are a member's key becomes that
        // member, and ("Busy", "NO_ANSWER"), which is no member's key, stays a lookup of two named parts.
        Usings + """
            public sealed class CallEvent
            {
                [CodeOf(typeof(HangupCause))] public string Hangup { get; set; } = "";
                [CodeOf(typeof(MissedCall), Column = "HangupCause")] public string Missed { get; set; } = "";
                [CodeOf(typeof(HangupCause))] public const string Default = HangupCauseCodes.UserBusy;
            }

            public static class C
            {
                public static int S(CallEvent e) { switch (e.Hangup) { case HangupCauseCodes.UserBusy: return 1; default: return 0; } }
                public static bool P(CallEvent e) => e.Hangup is HangupCauseCodes.NoAnswer or HangupCauseCodes.CallRejected;
                public static int X(CallEvent e) => e.Hangup switch { HangupCauseCodes.UserBusy => 1, _ => 0 };
                public static bool Part(MissedCall call) => call.ToCode().HangupCause == MissedCallCodes.RingingNoAnswer.HangupCause;
                public static bool Column(CallEvent e) => e.Missed is MissedCallCodes.BusyUserBusy.HangupCause;
                public static bool Try() => HangupCauseExtensions.TryFromCode(HangupCauseCodes.CallRejected, out _);
                public static MissedCall From() => MissedCall.RingingNoAnswer;
                public static CallOutcome Classify() => MissedCall.BusyUserBusy.ToOutcome();
                public static CallOutcome Mixed(string type) => MissedCallExtensions.Classify(type, MissedCallCodes.RingingRejected.HangupCause);
                public static bool NoMember() => MissedCallExtensions.TryFromCode(MissedCallCodes.BusyUserBusy.MissedCallType, MissedCallCodes.RingingNoAnswer.HangupCause, out _);
            }
            """).RunAsync();

    [Fact]
    public Task Without_a_generated_constant_a_string_code_falls_back_to_ToCode_and_a_case_label_keeps_its_literal() => new CodeFixTest<UseNamedMemberCodeFix>(
        // A hand-written enum with the generator's metadata but no ECodes class beside it (as from an older package).
        """
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
                public static bool Eq() => Code == {|CT2001:"A"|};
                public static int Case() { switch (Code) { case {|CT2001:"A"|}: return 1; default: return 0; } }
            }
            """,

        // Old.First.ToCode() is not a constant: the case label has no fix, so its literal and its CT2001 remain.
        """
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
                public static bool Eq() => Code == Old.First.ToCode();
                public static int Case() { switch (Code) { case {|CT2001:"A"|}: return 1; default: return 0; } }
            }
            """).RunAsync();

    private const string Unimported = """
        public static class C
        {
            public static Consumer.ReleaseCause A(int code) => {|CT1004:(Consumer.ReleaseCause)code|};
            public static CodeTables.CallOutcome B() => Consumer.SipResponseExtensions.Classify({|CT2001:486|});
        }
        """;

    [Fact]
    public Task FromCode_is_qualified_where_the_namespace_is_not_imported() => new CodeFixTest<UseFromCodeCodeFix>(Unimported, """
        public static class C
        {
            public static Consumer.ReleaseCause A(int code) => Consumer.ReleaseCauseExtensions.FromCode(code);
            public static CodeTables.CallOutcome B() => Consumer.SipResponseExtensions.Classify({|CT2001:486|});
        }
        """).RunAsync();

    [Fact]
    public Task Named_members_are_qualified_where_the_namespace_is_not_imported() => new CodeFixTest<UseNamedMemberCodeFix>(Unimported, """
        public static class C
        {
            public static Consumer.ReleaseCause A(int code) => {|CT1004:(Consumer.ReleaseCause)code|};
            public static CodeTables.CallOutcome B() => Consumer.SipResponseExtensions.ToOutcome(Consumer.SipResponse.BusyHere);
        }
        """).RunAsync();

    [Fact]
    public async Task Fix_All_reaches_every_document_and_project_of_the_solution()
    {
        // Two documents in the project with the tables, and a second project that uses them through a project
        // reference: Fix All in document, project and solution must each give exactly these sources.
        var test = new CodeFixTest<UseFromCodeCodeFix>(
            Usings + "public static class A { public static ReleaseCause M(int code) => {|CT1004:(ReleaseCause)code|}; }",
            Usings + "public static class A { public static ReleaseCause M(int code) => ReleaseCauseExtensions.FromCode(code); }");
        test.TestState.Sources.Add(("/0/Test1.cs", Usings + "public static class B { public static SipResponse M(int code) => {|CT1004:(SipResponse)code|}; }"));
        test.FixedState.Sources.Add(("/0/Test1.cs", Usings + "public static class B { public static SipResponse M(int code) => SipResponseExtensions.FromCode(code); }"));
        var second = test.TestState.AdditionalProjects["Second"];
        second.AdditionalProjectReferences.Add("TestProject");
        second.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(CodeTableAttribute).Assembly.Location));
        second.Sources.Add(("/Second/Test0.cs", "public static class D { public static Consumer.ReleaseCause M(int code) => {|CT1004:(Consumer.ReleaseCause)code|}; }"));
        var fixedSecond = test.FixedState.AdditionalProjects["Second"];
        fixedSecond.AdditionalProjectReferences.Add("TestProject");
        fixedSecond.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(CodeTableAttribute).Assembly.Location));
        fixedSecond.Sources.Add(("/Second/Test0.cs", "public static class D { public static Consumer.ReleaseCause M(int code) => Consumer.ReleaseCauseExtensions.FromCode(code); }"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_All_of_Use_the_named_member_merges_the_equal_edits_of_one_call_and_reaches_every_document()
    {
        // Both literals of FromCode("Ringing", "NO_ANSWER") replace the same call by the same member: the batch
        // fixer keeps that edit once; the other document's literals are fixed in the same pass.
        var test = new CodeFixTest<UseNamedMemberCodeFix>(
            Usings + "public static class A { public static MissedCall M() => MissedCallExtensions.FromCode({|CT2001:\"Ringing\"|}, {|CT2001:\"NO_ANSWER\"|}); }",
            Usings + "public static class A { public static MissedCall M() => MissedCall.RingingNoAnswer; }");
        test.TestState.Sources.Add(("/0/Test1.cs", Usings + "public static class B { public static ReleaseCause M() => (ReleaseCause){|CT2001:17|}; public static CallOutcome O() => SipResponseExtensions.Classify({|CT2001:486|}); }"));
        test.FixedState.Sources.Add(("/0/Test1.cs", Usings + "public static class B { public static ReleaseCause M() => ReleaseCause.UserBusy; public static CallOutcome O() => SipResponse.BusyHere.ToOutcome(); }"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_All_of_Use_ToOutcome_replaces_each_mapping_once_in_every_document()
    {
        // Two CT1003 in one switch both replace the whole switch: one ToOutcome() per switch, in both documents.
        var test = new CodeFixTest<UseToOutcomeCodeFix>(Usings + Mapping, Usings + """
            public static class C
            {
                public static CallOutcome Map(ReleaseCause cause) => cause.ToOutcome();
            }
            """)
        {
            CodeActionEquivalenceKey = "CodeTables.UseToOutcome",
        };
        test.TestState.Sources.Add(("/0/Test1.cs", Usings + Mapping.Replace("class C", "class D")));
        test.FixedState.Sources.Add(("/0/Test1.cs", Usings + """
            public static class D
            {
                public static CallOutcome Map(ReleaseCause cause) => cause.ToOutcome();
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public void The_one_node_fixes_use_the_frameworks_batch_Fix_All()
    {
        Assert.Same(WellKnownFixAllProviders.BatchFixer, new UseNamedMemberCodeFix().GetFixAllProvider());
        Assert.Same(WellKnownFixAllProviders.BatchFixer, new UseFromCodeCodeFix().GetFixAllProvider());
        Assert.Same(WellKnownFixAllProviders.BatchFixer, new UseToOutcomeCodeFix().GetFixAllProvider());
    }
}
