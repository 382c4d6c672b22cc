using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>Where names, namespaces and outcome types come from, and that output does not depend on the machine.</summary>
public class SettingsTests
{
    private const string Table = "Code,Outcome,Description\n1,Busy,One\n2,Failed,Two\n";

    [Fact]
    public void Namespace_comes_from_CodeTablesNamespace_before_RootNamespace()
    {
        var run = GeneratorHarness.Run([new TableFile("/p/a.csv", Table)], properties: new Dictionary<string, string> { ["CodeTablesNamespace"] = "Acme.Codes" }).AssertClean();

        Assert.Contains("Acme.Codes.A.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Item_metadata_sets_table_keys_and_directives_win_over_it()
    {
        var metadata = new Dictionary<string, string> { ["Enum"] = "FromItem", ["Namespace"] = "Item.Ns", ["Vendor"] = "Item vendor" };
        var fromItem = GeneratorHarness.Run(new TableFile("/p/a.csv", Table, metadata)).AssertClean();
        var fromDirective = GeneratorHarness.Run(new TableFile("/p/a.csv", "# enum: FromDirective\n" + Table, metadata)).AssertClean();

        Assert.Contains("Vendor = \"Item vendor\"", fromItem.Source("Item.Ns.FromItem.g.cs"));
        Assert.Equal(["Item.Ns.FromDirective.g.cs", "CodeTableRegistry.g.cs"], fromDirective.Sources.Keys);
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_line_endings_or_culture()
    {
        const string lf = "# enum: Same\n# summary: A table\nCode,Outcome,Description\n1,Busy,\"Line one\nline two\"\nI,Failed,Turkish i\n";
        string Generate(string text, string culture)
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            try
            {
                return GeneratorHarness.Run(new TableFile("/p/same.csv", text)).AssertClean().Source("Consumer.Same.g.cs");
            }
            finally
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
            }
        }

        var reference = Generate(lf, "en-US");
        Assert.Equal(reference, Generate(lf.Replace("\n", "\r\n"), "tr-TR"));
        Assert.Equal(reference, Generate(lf.Replace("\n", "\r"), "de-DE"));
        Assert.Equal(reference, Generate("\uFEFF" + lf, "ar-SA"));
    }

    [Fact]
    public void A_broken_table_reports_an_error_and_the_others_still_generate()
    {
        var run = GeneratorHarness.Run(
            new TableFile("/p/good.csv", Table),
            new TableFile("/p/broken.csv", "Id,Outcome\n1,Busy\n"));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("CT0003", error.Id);
        Assert.Equal("/p/broken.csv", error.Location.GetLineSpan().Path);
        Assert.Equal(["Consumer.Good.g.cs", "CodeTableRegistry.g.cs"], run.Sources.Keys);
        Assert.Empty(run.CompileProblems);
    }

    [Fact]
    public void A_table_with_no_outcome_column_has_no_classifier()
    {
        var run = GeneratorHarness.Run(new TableFile("/p/plain.csv", "Code,Description\nA,First\nB,Second\n")).AssertClean();
        var source = run.Source("Consumer.Plain.g.cs");

        Assert.DoesNotContain("Classify(", source);
        Assert.DoesNotContain("ToOutcome(this", source);

        // No outcome and no Retry cells: no IsRetryable that would answer false for everything (README, Generated API).
        Assert.DoesNotContain("IsRetryable(this", source);

        // Its ICodeTable says so (HasOutcomes false), classifies nothing and advises no retry.
        Assert.Contains(", false, __Extensions.GetValues())", source);
        Assert.Contains("public override global::CodeTables.CallOutcome ToOutcome(__Enum value) => global::CodeTables.CallOutcome.Unknown;", source);
        Assert.Contains("public override bool IsRetryable(__Enum value) => false;", source);
    }

    [Fact]
    public void Custom_outcome_type_from_another_table_in_the_same_project()
    {
        var run = GeneratorHarness.Run(
            new TableFile("/p/verdict.csv", "# namespace: Acme\nCode,Retry\nGood,no\nBad,yes\n"),
            new TableFile("/p/codes.csv", "# outcome-type: Acme.Verdict\nCode,Outcome\n1,Good\n2,Bad\n3,\n".Replace("3,\n", ""))).AssertClean();
        var assembly = run.Load();
        var extensions = Reflect.Type(assembly, "Consumer.CodesExtensions");

        Assert.Equal("Bad", Reflect.Call(extensions, "Classify", 2)!.ToString());
        Assert.Equal(true, Reflect.Call(extensions, "IsRetryable", Reflect.Member(assembly, "Consumer.Codes", "Code2")));
    }
}
