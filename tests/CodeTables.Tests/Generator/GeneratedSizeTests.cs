using System.IO;
using System.Linq;
using System.Text;
using CodeTables.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace CodeTables.Tests.Generator;

/// <summary>
/// Issues #16 and #22: the nine vendor tables shipped on 2026-11-30 (kept as they were in Generator/SizeBaseline; the
/// shipped tables have since gained columns and references) generated 489 KB (488,520 bytes of UTF-8) with the first
/// emitter, for the enum and its Extensions class each. Everything generated for them now, the same API plus the
/// <c>ECodes</c> constants and the <c>ETable</c> descriptor, must be at most half of that. The size of each part is
/// printed for docs/benchmarks.md.
/// </summary>
public class GeneratedSizeTests(ITestOutputHelper output)
{
    private const int BytesBefore = 488_520;

    private static readonly string Baseline = Path.Combine(RepositoryPaths.Root, "tests", "CodeTables.Tests", "Generator", "SizeBaseline");

    /// <summary>Where each part of a generated file starts (the enum starts the file).</summary>
    private static readonly (string Part, string Start)[] Parts =
    {
        ("lookups (Extensions)", "/// <summary>Lookups for <see cref="),
        ("codes (ECodes)", "/// <summary>The codes of <see cref="),
        ("descriptor (ETable)", "/// <summary>The table <c>"),
    };

    [Fact]
    public void The_nine_shipped_tables_generate_at_most_half_the_source_they_did()
    {
        var tables = Directory.GetFiles(Baseline, "*.csv").Order(System.StringComparer.Ordinal)
            .Select(path => new TableFile("/p/tables/" + Path.GetFileName(path), File.ReadAllText(path))).ToArray();
        var run = GeneratorHarness.Run(tables, null, new System.Collections.Generic.Dictionary<string, string> { ["CodeTablesRegistry"] = "false" }).AssertClean();

        Assert.Equal(9, run.Sources.Count);
        var sizes = new long[Parts.Length + 1];
        foreach (var source in run.Sources.Values)
        {
            var starts = Parts.Select(p => source.IndexOf(p.Start, System.StringComparison.Ordinal)).Append(source.Length).ToArray();
            Assert.True(starts.All(s => s > 0), "every generated file has the enum, the lookups, the codes and the descriptor, in that order");
            var previous = 0;
            for (var i = 0; i < starts.Length; i++)
            {
                Assert.True(starts[i] >= previous);
                sizes[i] += Bytes(source.Substring(previous, starts[i] - previous));
                previous = starts[i];
            }
        }

        foreach (var kv in run.Sources) { System.IO.Directory.CreateDirectory("/tmp/hgen-gen"); File.WriteAllText("/tmp/hgen-gen/" + kv.Key, kv.Value); } // TEMP
        var whole = run.Sources.Values.Sum(Bytes);
        Assert.Equal(whole, sizes.Sum());
        var names = new[] { "enum" }.Concat(Parts.Select(p => p.Part)).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            output.WriteLine($"{names[i]}: {sizes[i]} bytes");
        }

        output.WriteLine($"everything: {whole} bytes ({100.0 * whole / BytesBefore:F1}% of {BytesBefore})");
        Assert.True(whole <= BytesBefore / 2, $"{whole} bytes generated for the nine tables, more than half of {BytesBefore}");
    }

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}
