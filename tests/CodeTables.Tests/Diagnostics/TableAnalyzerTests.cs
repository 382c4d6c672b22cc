using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Analysis;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.Diagnostics;

/// <summary>
/// Table diagnostics come from <see cref="TableDiagnosticsAnalyzer"/>, which every host shows, and exactly once: the
/// generator reports them only when the build skips analyzers.
/// </summary>
public class TableAnalyzerTests
{
    private static readonly TableFile Typo = new("/p/typo.csv", "Code,Outcome\n1,Busy\n2,Bussy\n");

    [Fact]
    public void The_analyzer_reports_a_table_error_and_the_generator_does_not()
    {
        var run = GeneratorHarness.Run(Typo);

        Assert.Empty(run.GeneratorDiagnostics);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CT0010", diagnostic.Id);
        Assert.Equal(("/p/typo.csv", 2), (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("Consumer.Typo.g.cs", run.Sources.Keys); // the good row still generates
    }

    [Theory]
    [InlineData("RunAnalyzers", "false")]
    [InlineData("RunAnalyzersDuringBuild", "False")]
    public void A_build_without_analyzers_gets_the_table_errors_from_the_generator(string property, string value)
    {
        var run = GeneratorHarness.Run([Typo], properties: new Dictionary<string, string> { [property] = value });

        Assert.Equal(["CT0010"], run.GeneratorDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void RunAnalyzers_true_wins_over_RunAnalyzersDuringBuild_false_as_in_the_sdk()
    {
        var run = GeneratorHarness.Run([Typo], properties: new Dictionary<string, string> { ["RunAnalyzers"] = "true", ["RunAnalyzersDuringBuild"] = "false" });

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void The_analyzer_supports_every_table_descriptor()
    {
        var tableIds = DiagnosticDocsTests.All.Select(d => d.Id).Where(id => id.StartsWith("CT0", System.StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(tableIds, new TableDiagnosticsAnalyzer().SupportedDiagnostics.Select(d => d.Id).Order());
    }

    [Fact]
    public void Tables_of_another_kind_of_additional_file_are_left_alone()
    {
        // Only AdditionalFiles with CodeTablesTable=true are tables: a CSV without the metadata gets no diagnostics.
        var parseOptions = GeneratorHarness.ParseOptions();
        var texts = new List<AdditionalText> { new InMemoryAdditionalText("/p/other.csv", "\"not a table") };
        var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.Options([], null), parseOptions);

        var run = GeneratorHarness.RunDriver(driver, GeneratorHarness.CreateCompilation("class A { }", parseOptions));

        Assert.Empty(run.Diagnostics);
    }
}
