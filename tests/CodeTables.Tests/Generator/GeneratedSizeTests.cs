using System.IO;
using System.Linq;
using System.Text;
using CodeTables.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace CodeTables.Tests.Generator;

/// <summary>
/// Issue #16: the nine vendor tables shipped at the time generated 489 KB (488,520 bytes of UTF-8) with the old emitter:
/// an enum and its Extensions class each. The same nine files, kept as they were in Generator/SizeBaseline (the shipped
/// tables have since gained columns and references), must now generate at most half of that for the same API: the enum
/// and the Extensions class. The types issue #14 added after them (ECodes, ETable) are new API, measured and printed
/// apart (docs/benchmarks.md); the lookups' speed is in docs/benchmarks.md too.
/// </summary>
public class GeneratedSizeTests(ITestOutputHelper output)
{
    private const int BytesBefore = 488_520;

    private static readonly string Baseline = Path.Combine(RepositoryPaths.Root, "tests", "CodeTables.Tests", "Generator", "SizeBaseline");

    [Fact]
    public void The_nine_shipped_tables_generate_at_most_half_the_source_they_did()
    {
        var tables = Directory.GetFiles(Baseline, "*.csv").Order(System.StringComparer.Ordinal)
            .Select(path => new TableFile("/p/tables/" + Path.GetFileName(path), File.ReadAllText(path))).ToArray();
        var run = GeneratorHarness.Run(tables, null, new System.Collections.Generic.Dictionary<string, string> { ["CodeTablesRegistry"] = "false" }).AssertClean();

        Assert.Equal(9, run.Sources.Count);
        var whole = run.Sources.Values.Sum(Bytes);
        var sameApi = run.Sources.Values.Sum(s => Bytes(s.Substring(0, s.IndexOf("/// <summary>The codes of <see cref=", System.StringComparison.Ordinal))));
        output.WriteLine($"enum + Extensions: {sameApi} bytes ({100.0 * sameApi / BytesBefore:F0}% of {BytesBefore}); with ECodes and ETable: {whole} bytes");
        Assert.True(sameApi <= BytesBefore / 2, $"{sameApi} bytes generated for the enums and Extensions classes, more than half of {BytesBefore}");
    }

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}
