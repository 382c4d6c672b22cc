using System.Linq;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// Issue #23: a type of the project named like a type a table generates (<c>FooCodes</c>, <c>FooTable</c>, a converter,
/// the enum itself) gets CT0070 at the CSV, once (the generator's run, then the table analyzer on the compilation that
/// holds the generated code), and the build shows no CS0101: the clashing generated type, or the table when everything
/// uses the type, is left out. A <c>static partial class FooExtensions</c> of the user's is a part, not a clash.
/// </summary>
public class GeneratedTypeClashTests
{
    private static readonly TableFile Foo = new("/p/tables/foo.csv", "Code,Outcome,Description\n17,Busy,User busy.\n21,Rejected,Call rejected.\n");

    [Fact]
    public void An_enum_FooCodes_beside_table_Foo_gets_CT0070_and_only_FooCodes_is_left_out()
    {
        const string user = """
            namespace Consumer
            {
                internal enum FooCodes { Busy = 17 }

                internal static class Probe
                {
                    public static object Busy() => FooExtensions.FromCode(17);
                    public static int Mine() => (int)FooCodes.Busy;
                }
            }
            """;
        var run = GeneratorHarness.Run([Foo], user);

        run.AssertSingleDiagnostic(Foo.Path, "CT0070", 1, 1, "'Consumer.FooCodes'", "the enum 'Consumer.FooCodes' (Consumer.cs, line 3)", "is not generated", "'enum' or 'namespace' directive");
        Assert.Empty(run.CompileProblems);
        var source = run.Source("Consumer.Foo.g.cs");
        Assert.DoesNotContain("class FooCodes", source);
        Assert.Contains("public sealed class FooTable", source);
        var probe = Reflect.Type(run.Load(), "Consumer.Probe");
        Assert.Equal("Code17", Reflect.Call(probe, "Busy")!.ToString());
        Assert.Equal(17, Reflect.Call(probe, "Mine"));
    }

    [Theory]
    [InlineData("internal class FooTable { }", "class 'Consumer.FooTable'")]
    [InlineData("internal struct Foo { }", "struct 'Consumer.Foo'")]
    [InlineData("internal static class FooExtensions { }", "class 'Consumer.FooExtensions'")]
    [InlineData("internal enum FooExtensions { }", "enum 'Consumer.FooExtensions'")]
    public void A_type_named_like_the_enum_its_extensions_or_its_descriptor_leaves_the_table_out(string declaration, string named)
    {
        var run = GeneratorHarness.Run([Foo], "namespace Consumer\n{\n    " + declaration + "\n}\n");

        run.AssertSingleDiagnostic(Foo.Path, "CT0070", 1, 1, named, "(Consumer.cs, line 3)", "the table is not generated");
        Assert.Empty(run.CompileProblems);
        Assert.DoesNotContain("Consumer.Foo.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void A_static_partial_FooExtensions_of_the_users_is_a_part_of_the_generated_class()
    {
        const string user = """
            namespace Consumer
            {
                static partial class FooExtensions
                {
                    internal static bool IsBusy(this Foo value) => (int)value == 17;
                }
            }
            """;

        GeneratorHarness.Run([Foo], user).AssertClean();
    }

    [Fact]
    public void A_hand_written_FooJsonConverter_leaves_out_only_the_generated_one_and_its_attribute()
    {
        const string user = """
            namespace Consumer
            {
                internal sealed class FooJsonConverter { }
            }
            """;
        var run = GeneratorHarness.Run([Foo], user);

        run.AssertSingleDiagnostic(Foo.Path, "CT0070", 1, 1, "the class 'Consumer.FooJsonConverter'", "gets no [JsonConverter]");
        Assert.Empty(run.CompileProblems);
        var source = run.Source("Consumer.Foo.g.cs");
        Assert.DoesNotContain("FooJsonConverter", source);
        Assert.Contains("class FooTypeConverter", source);
    }

    [Fact]
    public void A_type_of_the_same_name_in_another_namespace_or_with_storage_turned_off_is_no_clash()
    {
        const string user = """
            namespace Other { internal enum FooCodes { A } }
            namespace Consumer { internal sealed class FooJsonConverter { } }
            """;

        GeneratorHarness.Run([Foo], user, new System.Collections.Generic.Dictionary<string, string> { ["CodeTablesJson"] = "false" }).AssertClean();
    }

    /// <summary>
    /// Only names the project's trees declare are looked up as symbols (a pre-filter read from the syntax, kept per
    /// tree): it must see a type in a file-scoped namespace, in nested and dotted namespace blocks, and leave out a
    /// generic type of the same name (a different metadata name) and a nested type.
    /// </summary>
    [Theory]
    [InlineData("namespace Acme.Telephony;\ninternal enum FooCodes { A }\n", true)]
    [InlineData("namespace Acme\n{\n    namespace Telephony\n    {\n        internal enum FooCodes { A }\n    }\n}\n", true)]
    [InlineData("namespace Acme.Telephony\n{\n    internal delegate void FooCodes();\n}\n", true)]
    [InlineData("namespace Acme.Telephony\n{\n    internal class FooCodes<T> { }\n}\n", false)]
    [InlineData("namespace Acme.Telephony\n{\n    internal class Outer { internal enum FooCodes { A } }\n}\n", false)]
    [InlineData("namespace Telephony\n{\n    internal enum FooCodes { A }\n}\n", false)]
    public void Types_in_every_shape_of_namespace_are_found_and_only_they(string user, bool clash)
    {
        var table = new TableFile("/p/tables/foo.csv", "# namespace: Acme.Telephony\n" + Foo.Text);
        var run = GeneratorHarness.Run([table], user);

        if (clash)
        {
            run.AssertSingleDiagnostic(table.Path, "CT0070", 2, 1, "'Acme.Telephony.FooCodes'"); // at the header, after the directive
            Assert.DoesNotContain("class FooCodes", run.Source("Acme.Telephony.Foo.g.cs"));
        }
        else
        {
            run.AssertClean();
        }
    }

    /// <summary>
    /// An IDE may analyze a compilation that still holds generated code from before the user's type was written: the
    /// generated FooCodes and the user's are both there (CS0101). The table analyzer tells them apart by the generated
    /// tree's path and reports the clash once.
    /// </summary>
    [Fact]
    public void The_table_analyzer_reports_the_clash_once_beside_stale_generated_code()
    {
        var clean = GeneratorHarness.Run(Foo).AssertClean();
        Assert.Contains("class FooCodes", clean.Source("Consumer.Foo.g.cs"));
        var parseOptions = GeneratorHarness.ParseOptions();
        var stale = clean.Output.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer\n{\n    internal enum FooCodes { Busy = 17 }\n}\n", parseOptions, path: "/p/FooCodes.cs"));
        Assert.Contains(stale.GetDiagnostics(), d => d.Id == "CS0101");

        var inputs = new AnalyzerInputs([new InMemoryAdditionalText(Foo.Path, Foo.Text)], GeneratorHarness.Options([Foo], null), parseOptions);
        var diagnostic = Assert.Single(GeneratorHarness.AnalyzeTables(stale, inputs));

        Assert.Equal("CT0070", diagnostic.Id);
        Assert.Contains("the enum 'Consumer.FooCodes' (FooCodes.cs, line 3)", diagnostic.GetMessage());
    }
}
