using System.Linq;
using System.Reflection;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeTables.Tests.Decisions;

/// <summary>Decision tables end to end in one compilation: the generated Decide, TryDecide, Classify and ETable.</summary>
public class DecisionTableTests
{
    /// <summary>A FreeSWITCH-like hangup-cause table: the enum input's codes.</summary>
    internal static readonly TableFile Hangup = new("/p/tables/hangup.csv", """
        # enum: HangupCause
        Code,Outcome,Description
        NORMAL_CLEARING,Answered,Normal clearing.
        USER_BUSY,Busy,The callee is busy.
        NO_ANSWER,NoAnswer,Nobody answered.
        CALL_REJECTED,Rejected,The callee rejected the call.
        ORIGINATOR_CANCEL,Canceled,The caller hung up.
        NORMAL_UNSPECIFIED,Unknown,Unspecified.

        """);

    /// <summary>Hit policy first: cause x answered x billsec, a catch-all row last.</summary>
    internal static readonly TableFile CallResult = new("/p/tables/call-result.csv", """
        # enum: CallResult
        # inputs: HangupCause=HangupCause, Answered=bool, Billsec=int
        # hit-policy: first
        HangupCause,Answered,Billsec,Name,Outcome,Description
        NORMAL_CLEARING|NORMAL_UNSPECIFIED,yes,>0,,Answered,Answered and talked.
        NORMAL_CLEARING|NORMAL_UNSPECIFIED,yes,0,AnsweredSilent,Answered,Answered with no billed time.
        USER_BUSY,no,*,,Busy,
        NO_ANSWER|NORMAL_CLEARING,no,,,NoAnswer,Never answered.
        ORIGINATOR_CANCEL,*,<5,ShortCancel,Canceled,
        CALL_REJECTED|USER_BUSY,*,*,,Rejected,
        *,*,*,,Unknown,Anything else.

        """);

    internal const string Probe = """
        namespace Consumer
        {
            internal static class Probe
            {
                public static CallResult Decide(HangupCause cause, bool answered, int billsec) => CallResultExtensions.Decide(cause, answered, billsec);
                public static bool TryDecide(HangupCause cause, bool answered, int billsec, out CallResult rule) => CallResultExtensions.TryDecide(cause, answered, billsec, out rule);
                public static CodeTables.CallOutcome Classify(HangupCause cause, bool answered, int billsec) => CallResultExtensions.Classify(cause, answered, billsec);
                public static CodeTables.ICodeTable Table => CallResultTable.Instance;
            }
        }
        """;

    /// <summary>A run at a C# version, with nullable annotations where the version has them (as a real project would).</summary>
    internal static GeneratorRun RunAt(LanguageVersion version, TableFile[] tables, string? source = null, System.Collections.Generic.IReadOnlyDictionary<string, string>? properties = null)
    {
        var parseOptions = GeneratorHarness.ParseOptions(version);
        var compilation = GeneratorHarness.CreateCompilation(source, parseOptions);
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(version >= LanguageVersion.CSharp8 ? Microsoft.CodeAnalysis.NullableContextOptions.Enable : Microsoft.CodeAnalysis.NullableContextOptions.Disable));
        return GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(tables, properties, parseOptions), compilation);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void First_table_decides_like_its_rows(LanguageVersion version)
    {
        var run = RunAt(version, [Hangup, CallResult], Probe).AssertClean();
        var assembly = run.Load();
        var probe = Reflect.Type(assembly, "Consumer.Probe");
        object Cause(string name) => Reflect.Member(assembly, "Consumer.HangupCause", name);
        string Decide(string cause, bool answered, int billsec) => Reflect.Call(probe, "Decide", Cause(cause), answered, billsec)!.ToString()!;

        Assert.Equal("NormalClearingOrNormalUnspecifiedAnsweredBillsecAbove0", Decide("NormalClearing", true, 12));
        Assert.Equal("AnsweredSilent", Decide("NormalUnspecified", true, 0));
        Assert.Equal("UserBusyNotAnswered", Decide("UserBusy", false, 0));
        Assert.Equal("CallRejectedOrUserBusy", Decide("UserBusy", true, 3));
        Assert.Equal("NoAnswerOrNormalClearingNotAnswered", Decide("NormalClearing", false, 0));
        Assert.Equal("ShortCancel", Decide("OriginatorCancel", true, 4));
        Assert.Equal("Otherwise", Decide("OriginatorCancel", true, 5));
        Assert.Equal("Otherwise", Decide("NormalClearing", true, -3));
        Assert.Equal("NoAnswer", Reflect.Call(probe, "Classify", Cause("NormalClearing"), false, 0)!.ToString());

        // The text path: the inputs as a CDR writes them; a code not in the table matches only * and negations.
        var table = (CodeTables.ICodeTable)probe.GetProperty("Table")!.GetValue(null)!;
        Assert.True(table.TryFind(["USER_BUSY", "no", "0"], out var entry));
        Assert.Equal("UserBusyNotAnswered", entry!.Name);
        Assert.Equal(["USER_BUSY", "no", "*"], entry.Code);
        Assert.True(table.TryFind(["SOMETHING_NEW", "yes", "5"], out entry));
        Assert.Equal("Otherwise", entry!.Name);
        Assert.False(table.TryFind(["USER_BUSY", "maybe", "0"], out _));
        Assert.False(table.TryFind(["USER_BUSY", "no", "007"], out _));
        Assert.Equal(CodeTables.CallOutcome.Busy, table.Classify(["USER_BUSY", "no", "9"]));
        Assert.Equal(new[] { "HangupCause", "Answered", "Billsec" }, table.KeyColumns);
    }

    /// <summary>
    /// Rules that between them match every input without an all-* row: the compiler proves the switch exhaustive for
    /// bool and int inputs (a `default` after it would be unreachable code, CS0162), never for a table input, whose enum
    /// may hold a value no member names (then no rule matches it and TryDecide says so).
    /// </summary>
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void Rules_that_cover_every_input_without_a_catch_all_row_compile_warning_free(LanguageVersion version)
    {
        var covered = new TableFile("/p/tables/covered.csv", """
            # inputs: Answered=bool, Billsec=int
            # hit-policy: first
            # complete: yes
            Answered,Billsec,Name,Outcome
            yes,>0,Talked,Answered
            yes,<=0,Silent,Answered
            no,*,Unanswered,NoAnswer

            """);
        var everyCause = new TableFile("/p/tables/every-cause.csv", """
            # inputs: HangupCause=HangupCause, Answered=bool
            # hit-policy: first
            # complete: yes
            HangupCause,Answered,Name,Outcome
            *,yes,AnyAnswered,Answered
            NORMAL_CLEARING|NO_ANSWER,no,NotAnswered,NoAnswer
            USER_BUSY|CALL_REJECTED|ORIGINATOR_CANCEL|NORMAL_UNSPECIFIED,no,Other,Failed

            """);
        const string probe = """
            namespace Consumer
            {
                internal static class Probe
                {
                    public static bool Covered(bool answered, int billsec, out Covered rule) => CoveredExtensions.TryDecide(answered, billsec, out rule);
                    public static bool EveryCause(HangupCause cause, bool answered, out EveryCause rule) => EveryCauseExtensions.TryDecide(cause, answered, out rule);
                }
            }
            """;

        var run = RunAt(version, [Hangup, covered, everyCause], probe).AssertClean();
        var assembly = run.Load();
        var type = Reflect.Type(assembly, "Consumer.Probe");
        (bool, string) Try(string method, params object[] inputs)
        {
            var arguments = inputs.Append(null).ToArray();
            var found = (bool)type.GetMethod(method)!.Invoke(null, arguments)!;
            return (found, arguments[^1]!.ToString()!);
        }

        Assert.Equal((true, "Talked"), Try("Covered", true, 1));
        Assert.Equal((true, "Silent"), Try("Covered", true, int.MinValue));
        Assert.Equal((true, "Unanswered"), Try("Covered", false, 0));
        object Cause(string name) => Reflect.Member(assembly, "Consumer.HangupCause", name);
        Assert.Equal((true, "AnyAnswered"), Try("EveryCause", Cause("UserBusy"), true));
        Assert.Equal((true, "Other"), Try("EveryCause", Cause("UserBusy"), false));
        Assert.Equal((true, "NotAnswered"), Try("EveryCause", Cause("NoAnswer"), false));

        // A value of the enum that no member names matches no rule: TryDecide says so rather than picking one.
        var unnamed = System.Enum.ToObject(Reflect.Type(assembly, "Consumer.HangupCause"), 999);
        Assert.False(Try("EveryCause", unnamed, false).Item1);
    }
}
