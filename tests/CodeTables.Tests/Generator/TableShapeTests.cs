using System;
using System.Linq;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>The generated ETable, ECodes and CodeTableRegistry beyond the shipped tables: odd names, chained outcomes, settings.</summary>
public class TableShapeTests
{
    private static readonly TableFile Release = new("/p/tables/release.csv", "# enum: ReleaseCause\n# vendor: Acme\nCode,Name,Outcome\n17,UserBusy,Busy\n21,CallRejected,Rejected\n");

    [Fact]
    public void A_table_classified_onto_a_code_table_reaches_CallOutcome_through_it()
    {
        // SIP-like reasons whose outcome is a ReleaseCause, which is classified onto CallOutcome.
        var reasons = new TableFile("/p/tables/reason.csv", "# enum: Reason\n# outcome-type: Consumer.ReleaseCause\nCode,Outcome\nbusy,UserBusy\ndeclined,CallRejected\n");
        var assembly = GeneratorHarness.Run(Release, reasons).AssertClean().Load();
        var table = Instance(assembly, "Consumer.ReasonTable");

        Assert.True(table.HasOutcomes);
        Assert.Equal(CallOutcome.Busy, table.Classify(["busy"]));
        Assert.Equal(CallOutcome.Rejected, table.Classify(["declined"]));
        Assert.Equal(CallOutcome.Unknown, table.Classify(["nope"]));
    }

    /// <summary>
    /// Issue #23: a composite code's parts have one set of names, the ToCode() tuple's, in ECodes too, even for key
    /// columns whose names a tuple element cannot have (Item1, Rest), and still none named like its member.
    /// </summary>
    [Fact]
    public void Key_parts_of_ECodes_are_named_like_the_ToCode_tuple_elements()
    {
        var odd = new TableFile("/p/tables/odd.csv", "# enum: Odd\n# key: Item1, Rest, Cause\nItem1,Rest,Cause,Outcome\na,b,c,Busy\nd,e,Cause,Failed\n");
        const string user = """
            namespace Consumer
            {
                internal static class Probe
                {
                    public static bool Same() => OddExtensions.ToCode(Odd.ABC).Key1 == OddCodes.ABC.Key1 && OddExtensions.ToCode(Odd.ABC).Key2 == OddCodes.ABC.Key2;
                }
            }
            """;
        var run = GeneratorHarness.Run([odd], user).AssertClean();
        var source = run.Source("Consumer.Odd.g.cs");

        Assert.Contains("public static (string Key1, string Key2, string Cause) ToCode(this __Enum value)", source);
        Assert.Contains("public const string Key1 = \"d\", Key2 = \"e\", Cause = \"Cause\";", source);
        Assert.Equal(true, Reflect.Call(Reflect.Type(run.Load(), "Consumer.Probe"), "Same"));
    }

    [Fact]
    public void A_table_without_an_outcome_column_has_no_outcomes()
    {
        var plain = new TableFile("/p/tables/plain.csv", "# enum: Plain\nCode,Description\n1,One\n2,Two\n");
        var table = Instance(GeneratorHarness.Run(plain).AssertClean().Load(), "Consumer.PlainTable");
        Assert.False(table.HasOutcomes);
        Assert.True(table.TryFind(["2"], out var two));
        Assert.Equal("Two", two.Description);
        Assert.Equal(CallOutcome.Unknown, table.Classify(["2"]));
    }

    [Fact]
    public void Members_named_like_object_members_keywords_or_the_codes_class_still_compile_cleanly()
    {
        var odd = new TableFile("/p/tables/odd.csv", "# enum: Odd\nCode,Name,Outcome\nA,Equals,Busy\nB,ToString,Busy\nC,class,Busy\nD,OddCodes,Busy\n");
        var composite = new TableFile("/p/tables/pair.csv", "# enum: Pair\n# key: Kind, Pair\nKind,Pair,Name,Outcome\nx,y,Kind,Busy\nx,z,Equals,Busy\n");
        var run = GeneratorHarness.Run(odd, composite).AssertClean();

        var codes = run.Source("Consumer.Odd.g.cs");
        Assert.Contains("public new const string Equals = \"A\";", codes);
        Assert.Matches("\n {8}@class = \"C\"[,;]\n", codes);
        Assert.DoesNotContain("const string OddCodes", codes); // CS0542: no const, the fix falls back to the member
        var pair = run.Source("Consumer.Pair.g.cs");
        Assert.Contains("public new static class Equals", pair);
        Assert.Contains("public const string Kind_ = \"x\", Pair = \"y\";", pair); // a part cannot have its class's name

        var table = Instance(run.Load(), "Consumer.OddTable");
        Assert.True(table.TryFind(["D"], out var d));
        Assert.Equal("OddCodes", d.Name);
    }

    [Fact]
    public void The_registry_goes_to_the_default_namespace_and_can_be_turned_off()
    {
        var other = new TableFile("/p/tables/other.csv", "# enum: Other\n# namespace: Elsewhere\nCode,Outcome\n1,Busy\n");
        var run = GeneratorHarness.Run([Release, other], properties: new System.Collections.Generic.Dictionary<string, string> { ["CodeTablesNamespace"] = "Acme.Calls" }).AssertClean();
        var registry = run.Source("CodeTableRegistry.g.cs");
        Assert.Contains("namespace Acme.Calls", registry);
        Assert.Contains("global::Elsewhere.OtherTable.Instance,", registry);
        Assert.True(registry.IndexOf("global::Acme.Calls.ReleaseCauseTable.Instance", StringComparison.Ordinal) < registry.IndexOf("global::Elsewhere.OtherTable.Instance", StringComparison.Ordinal));
        var all = (System.Collections.Generic.IReadOnlyList<ICodeTable>)Reflect.Type(run.Load(), "Acme.Calls.CodeTableRegistry").GetProperty("All")!.GetValue(null)!;
        Assert.Equal(["ReleaseCause", "Other"], all.Select(t => t.EnumName));

        var off = GeneratorHarness.Run([Release], properties: new System.Collections.Generic.Dictionary<string, string> { ["CodeTablesRegistry"] = "false" }).AssertClean();
        Assert.DoesNotContain("CodeTableRegistry.g.cs", off.Sources.Keys);
        Assert.DoesNotContain("CodeTableRegistry.g.cs", GeneratorHarness.Run([]).Sources.Keys);
    }

    private static ICodeTable Instance(System.Reflection.Assembly assembly, string tableType)
        => (ICodeTable)Reflect.Type(assembly, tableType).GetProperty("Instance")!.GetValue(null)!;
}
