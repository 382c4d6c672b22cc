using System.Collections.Generic;
using System.Linq;
using CodeTables.Benchmarks.GeneratorCost;
using CodeTables.Generator;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// The caching promises of docs/benchmarks.md on the benchmarks' own input, 50 tables x 500 rows: an unrelated .cs
/// edit parses and emits nothing, and one table's edit re-runs only that table's steps. (Timings live in the
/// benchmarks, not here.)
/// </summary>
public class GeneratorScaleTests
{
    private const int Edited = SyntheticTables.EditedTable;

    private static readonly IReadOnlyList<TableFile> Tables = SyntheticTables.Create().Select(t => new TableFile(t.Path, t.Text)).ToList();

    [Fact]
    public void The_synthetic_tables_generate_cleanly_one_source_each()
    {
        var run = GeneratorHarness.Run(Tables, "class A { }");

        Assert.Empty(run.Diagnostics);
        Assert.Equal(SyntheticTables.TableCount + 1, run.Sources.Count); // and the CodeTableRegistry
        Assert.Contains("Consumer." + SyntheticTables.EnumOf(Edited) + ".g.cs", run.Sources.Keys);
        var tracked = run.Result.Results.Single().TrackedSteps;
        Assert.Equal(SyntheticTables.TableCount, tracked[TrackingNames.Models].Sum(s => s.Outputs.Length));
    }

    [Fact]
    public void An_unrelated_edit_reads_parses_validates_and_emits_nothing()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation("class A { }", parseOptions);
        var driver = GeneratorHarness.CreateDriver(Tables, null, parseOptions);
        var first = GeneratorHarness.RunDriver(driver, compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText("class A { int B() => 1; }", parseOptions, path: "Consumer.cs"));
        var run = GeneratorHarness.RunDriver(first.Driver, edited);
        var result = run.Result.Results.Single();

        // Reading and parsing the CSVs: every table from the cache.
        AssertEvery(result, TrackingNames.Sources, SyntheticTables.TableCount, IncrementalStepRunReason.Cached);
        AssertEvery(result, TrackingNames.Parsed, SyntheticTables.TableCount, IncrementalStepRunReason.Cached);

        // Only the compilation facts are selected again from the new compilation; they are the same, so the catalog is not rebuilt.
        AssertEvery(result, TrackingNames.CompilationRequest, 1, IncrementalStepRunReason.Cached);
        AssertEvery(result, TrackingNames.CompilationFacts, 1, IncrementalStepRunReason.Unchanged);
        AssertEvery(result, TrackingNames.Catalog, 1, IncrementalStepRunReason.Cached);
        AssertEvery(result, TrackingNames.Validated, SyntheticTables.TableCount, IncrementalStepRunReason.Cached);
        AssertEvery(result, TrackingNames.Diagnostics, SyntheticTables.TableCount, IncrementalStepRunReason.Cached);
        AssertEvery(result, TrackingNames.Models, SyntheticTables.TableCount, IncrementalStepRunReason.Cached);

        // Emission: no source output step ran.
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(first.Sources, run.Sources);
    }

    [Fact]
    public void Editing_one_table_re_runs_only_that_tables_steps()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation("class A { }", parseOptions);
        var driver = GeneratorHarness.CreateDriver(Tables, null, parseOptions, out var texts);
        var first = GeneratorHarness.RunDriver(driver, compilation);

        var changed = texts[Edited];
        driver = first.Driver.ReplaceAdditionalText(changed, new InMemoryAdditionalText(changed.Path, Tables[Edited].Text + SyntheticTables.AddedRow(Edited)));
        var run = GeneratorHarness.RunDriver(driver, compilation);
        var result = run.Result.Results.Single();

        foreach (var step in new[] { TrackingNames.Sources, TrackingNames.Parsed, TrackingNames.Validated, TrackingNames.Models })
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(SyntheticTables.TableCount, reasons.Count);
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(SyntheticTables.TableCount - 1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }

        // The edited table is the one re-parsed.
        var parsed = result.TrackedSteps[TrackingNames.Parsed].ToList();
        Assert.Equal(IncrementalStepRunReason.Modified, parsed[Edited].Outputs.Single().Reason);

        // One source re-emitted: the edited table's, now with the new row; the others as before.
        var emitted = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(1, emitted);
        var hint = "Consumer." + SyntheticTables.EnumOf(Edited) + ".g.cs";
        Assert.Contains("Code2503", run.Source(hint)); // the added row's code, 1000 + 3 * 500 + 500 % 7
        Assert.DoesNotContain("Code2503", first.Source(hint));
        Assert.All(first.Sources.Where(s => s.Key != hint), s => Assert.Equal(s.Value, run.Sources[s.Key]));
    }

    private static void AssertEvery(GeneratorRunResult result, string step, int count, IncrementalStepRunReason reason)
    {
        var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(count, reasons.Count);
        Assert.All(reasons, r => Assert.Equal(reason, r));
    }
}
