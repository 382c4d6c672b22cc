using System.IO;
using System.Linq;
using System.Text;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// Issue #16: the generated source of the nine vendor tables shipped at the time (489 KB, 488,520 bytes of UTF-8 with
/// the old emitter) is at most half that. Measured on those nine files by name, so that tables added later do not move
/// the bar; the lookups' speed is in docs/benchmarks.md.
/// </summary>
public class GeneratedSizeTests
{
    private const int BytesBefore = 488_520;

    private static readonly string[] NineTables =
    [
        "asterisk-originate-reason.csv", "freeswitch-hangup-cause.csv", "huawei-cec-release-cause.csv",
        "issabel-call-status.csv", "natterbox-missed-call.csv", "nice-cxone-refusal-reason.csv",
        "puzzel-preview-dialler-result.csv", "puzzel-result-response.csv", "q850-cause.csv",
    ];

    [Fact]
    public void The_nine_shipped_tables_generate_at_most_half_the_source_they_did()
    {
        var tables = NineTables.Select(name => new TableFile("/p/tables/" + name, File.ReadAllText(Path.Combine(RepositoryPaths.Tables, name)))).ToList();
        var run = GeneratorHarness.Run(tables.ToArray()).AssertClean();

        Assert.Equal(9, run.Sources.Count);
        var bytes = run.Sources.Values.Sum(s => Encoding.UTF8.GetByteCount(s));
        Assert.True(bytes <= BytesBefore / 2, $"{bytes} bytes generated, more than half of {BytesBefore}");
    }
}
