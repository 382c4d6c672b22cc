using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>The pipeline's caching: a .cs edit regenerates nothing, a table edit regenerates only that table.</summary>
public class IncrementalTests
{
    private static readonly TableFile First = new("/p/first.csv", "Code,Outcome\n1,Busy\n2,Failed\n");
    private static readonly TableFile Second = new("/p/second.csv", "Code,Outcome\nx,Busy\ny,Failed\n");

    [Fact]
    public void An_unrelated_source_edit_leaves_every_step_cached()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation("class A { }", parseOptions);
        var driver = GeneratorHarness.CreateDriver([First, Second], null, parseOptions);
        driver = GeneratorHarness.RunDriver(driver, compilation).Driver;

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", parseOptions));
        var result = GeneratorHarness.RunDriver(driver, edited).Result.Results.Single();

        // The CSV work never re-runs: reading, parsing and emitting come from the cache.
        AssertAll(result.TrackedSteps[TrackingNames.Sources], IncrementalStepRunReason.Cached);
        AssertAll(result.TrackedSteps[TrackingNames.Parsed], IncrementalStepRunReason.Cached);

        // Only the compilation facts look at the new compilation; they find the same facts and stop the change there.
        AssertAll(result.TrackedSteps[TrackingNames.CompilationFacts], IncrementalStepRunReason.Unchanged);
        AssertAll(result.TrackedSteps[TrackingNames.Catalog], IncrementalStepRunReason.Cached);
        AssertAll(result.TrackedSteps[TrackingNames.Models], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        foreach (var output in result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs))
        {
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output step was {output.Reason}");
        }
    }

    [Fact]
    public void Editing_one_table_reparses_and_regenerates_only_that_table()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation("class A { }", parseOptions);
        var driver = GeneratorHarness.CreateDriver([First, Second], null, parseOptions, out var texts);
        driver = GeneratorHarness.RunDriver(driver, compilation).Driver;

        driver = driver.ReplaceAdditionalText(texts[1], new InMemoryAdditionalText(Second.Path, Second.Text + "z,Rejected\n"));
        var run = GeneratorHarness.RunDriver(driver, compilation);
        var result = run.Result.Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.Parsed];
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, parsed.Select(s => s.Outputs.Single().Reason));
        var models = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, models.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, models.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("\"z\"", run.Source("Consumer.Second.g.cs"));
    }

    /// <summary>
    /// Issue #23: positions are for diagnostics, not generated code. A blank line and a comment move the rows of a
    /// table without changing them: the table is parsed again (its positions moved), but the model handed to the
    /// writers has no positions, so it is unchanged and no source is written again.
    /// </summary>
    [Fact]
    public void A_blank_line_or_a_comment_in_a_table_writes_no_source_again()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation("class A { }", parseOptions);
        var driver = GeneratorHarness.CreateDriver([First, Second], null, parseOptions, out var texts);
        var before = GeneratorHarness.RunDriver(driver, compilation);

        driver = before.Driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(First.Path, "Code,Outcome\n# a note for the maintainers\n1,Busy\n\n2,Failed\n"));
        var run = GeneratorHarness.RunDriver(driver, compilation);
        var result = run.Result.Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.Parsed];
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, parsed.Select(s => s.Outputs.Single().Reason));
        AssertAll(result.TrackedSteps[TrackingNames.Models], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output step was {output.Reason}"));
        Assert.Equal(before.Source("Consumer.First.g.cs"), run.Source("Consumer.First.g.cs"));
        Assert.Empty(run.CompileProblems);
    }

    private static void AssertAll(IEnumerable<IncrementalGeneratorRunStep> steps, params IncrementalStepRunReason[] allowed)
    {
        var reasons = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Contains(r, allowed));
    }
}
