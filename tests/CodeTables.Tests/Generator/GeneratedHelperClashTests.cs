using System.Collections;
using System.Linq;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// Issue #23: the generated helpers (rows, slot maps, the code switches, the member list, the reference lists) live in
/// a private nested class (<c>__Lookup</c>), so members a user declares in another part of the partial extension class,
/// under the names the helpers had or have, compile beside them; and two list accessors whose names differ by a
/// trailing digit (GetQ, GetQ1) cannot make their lists' names meet.
/// </summary>
public class GeneratedHelperClashTests
{
    /// <summary>Integer codes with holes (a slot map), and two list references whose accessors are GetQ and GetQ1.</summary>
    private static readonly TableFile Lists = new("/p/tables/lists.csv", """
        # enum: ListCause
        # references: Q=Q850Cause[], Q1=Q850Cause[]
        Code,Name,Outcome,Q,Q1,Description
        1,One,Busy,17,"16, 17",One.
        3,Three,Failed,"17, 34",16,Three.
        4,Four,NoAnswer,16,"16, 17",Four.

        """);

    /// <summary>A string table: its code switch is a helper too.</summary>
    private static readonly TableFile Text = new("/p/tables/text.csv", """
        # enum: TextCause
        Code,Outcome,Description
        busy,Busy,Busy.
        gone,Failed,Gone.

        """);

    /// <summary>Every helper name, old and new, declared by the user in the partial extension classes.</summary>
    private const string User = """
        namespace Consumer
        {
            public static partial class ListCauseExtensions
            {
                internal static int Row(int value) => value;
                internal static int Rows = 1, Slots = 2, ByValue = 3, Values = 4, s_rows = 5, s_slots = 6, s_values = 7;
                internal static int s_GetQ0 = 8, s_GetQ1 = 9, s_GetQ10 = 10, s_GetQNone = 11, s_GetQ1None = 12;
                internal static int ValueOf(int code) => code;
                internal static int SlotOf(int code) => code;
                internal static string GetQ1(int code) => "user";
                internal static int Expand() => 0;
                internal static int Names = 13, Descriptions = 14, Outcomes = 15, Retryable = 16;
                internal static int Index(int value) => value;
                internal static int SlotsOf(int value) => value;
                internal static int PerCode(int value) => value;
            }

            public static partial class TextCauseExtensions
            {
                internal static string Row = "user";
                internal static string ValueOf(string code) => code;
                internal static int Rows(int x) => x;
                internal static int Values => 0;
            }

            internal static class Probe
            {
                public static object Q(int code) => ((ListCause)code).GetQ();
                public static object Q1(int code) => ((ListCause)code).GetQ1();
                public static object Outcome(int code) => ListCauseExtensions.Classify(code);
                public static object Text(string code) => TextCauseExtensions.Classify(code);
                public static object UserRow() => ListCauseExtensions.Row(41) + ListCauseExtensions.s_GetQ1 + TextCauseExtensions.Rows(0);
            }
        }
        """;

    [Fact]
    public void User_members_named_like_the_helpers_compile_beside_them_and_lists_keep_their_contents()
    {
        var run = GeneratorHarness.Run([ReferenceTests.Q850, Lists, Text], User).AssertClean();
        var assembly = run.Load();
        var probe = Reflect.Type(assembly, "Consumer.Probe");
        object Q850(string name) => Reflect.Member(assembly, "Consumer.Q850Cause", name);
        object[] List(string method, int code) => ((IEnumerable)Reflect.Call(probe, method, code)!).Cast<object>().ToArray();

        Assert.Equal(new[] { Q850("UserBusy") }, List("Q", 1));
        Assert.Equal(new[] { Q850("UserBusy"), Q850("NoCircuit") }, List("Q", 3));
        Assert.Equal(new[] { Q850("NormalClearing") }, List("Q", 4));
        Assert.Empty(List("Q", 2));
        Assert.Equal(new[] { Q850("NormalClearing"), Q850("UserBusy") }, List("Q1", 1));
        Assert.Equal(new[] { Q850("NormalClearing") }, List("Q1", 3));
        Assert.Equal(new[] { Q850("NormalClearing"), Q850("UserBusy") }, List("Q1", 4));
        Assert.Empty(List("Q1", 5));
        Assert.Equal(CallOutcome.Failed, Reflect.Call(probe, "Outcome", 3));
        Assert.Equal(CallOutcome.Unknown, Reflect.Call(probe, "Outcome", 2));
        Assert.Equal(CallOutcome.Failed, Reflect.Call(probe, "Text", "gone"));
        Assert.Equal(50, Reflect.Call(probe, "UserRow"));
    }
}
