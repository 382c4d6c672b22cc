using System.Globalization;
using System.IO;
using System.Linq;
using CodeTables;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>
/// A generated 200,000-event export: exact counts, and the bounded lists stay bounded and say so. The expected
/// values follow from how the file is generated (see <see cref="WriteExport"/>).
/// </summary>
public sealed class StreamingTests
{
    private const int Events = 200_000;
    private const int NumberPool = 5_000;

    /// <summary>
    /// Event i has kind i % 8 (below) and number i % 5,000; after every 1,000th event a bad row (unknown vendor)
    /// is added, so the k-th bad row is on line 1,001k + 1. Kind 6 has a Q.850 code 200..499 that is in no table.
    /// </summary>
    private static void WriteExport(string path)
    {
        using var writer = new StreamWriter(path);
        writer.Write("timestamp,vendor,code,code2,number\n");
        for (var i = 0; i < Events; i++)
        {
            var time = new System.DateTime(2025, 6, 2, 0, 0, 0, System.DateTimeKind.Utc).AddSeconds(i / 4).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            var number = "+1555" + (i % NumberPool).ToString("D7", CultureInfo.InvariantCulture);
            var codes = (i % 8) switch
            {
                0 => "q850,17,",                       // Busy, retry
                1 => "q850,16,",                       // Answered
                2 => "huawei,615,",                    // Unknown (range row 613~619)
                3 => "natterbox,Ringing,ALLOTTED_TIMEOUT", // NoAnswer, retry (Callback? = Yes)
                4 => "puzzel,queue,q",                 // Answered
                5 => "freeswitch,USER_BUSY,",          // Busy, retry
                6 => "q850," + (200 + ((i / 8) % 300)).ToString(CultureInfo.InvariantCulture) + ",", // not in the table
                _ => "asterisk,4,",                    // Answered
            };
            writer.Write($"{time},{codes},{number}\n");
            if ((i + 1) % 1000 == 0)
            {
                writer.Write($"{time},avaya,17,,{number}\n");
            }
        }
    }

    [Fact]
    public void Streams_a_200k_event_export_with_exact_counts_and_bounded_lists()
    {
        using var file = TempFile.Named();
        WriteExport(file.Path);
        var limits = new ReportLimits(NumbersTracked: 1_000, UnknownCodesTracked: 100, MaxAttempts: 0);

        var report = AppRun.Analyze(file.Path, limits);

        Assert.Equal(Events + 200, report.DataRows);
        Assert.Equal(Events, report.Events);
        Assert.Equal(200, report.BadRowCount);
        Assert.Equal(20, report.BadRows.Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(k => 1001L * k + 1), report.BadRows.Select(b => b.Line));

        Assert.Equal(25_000, report.Vendor("q850")!.Count(CallOutcome.Busy));
        Assert.Equal(25_000, report.Vendor("q850")!.Count(CallOutcome.Answered));
        Assert.Equal(25_000, report.Vendor("q850")!.NotInTable);
        Assert.Equal(25_000, report.Vendor("huawei")!.Count(CallOutcome.Unknown));
        Assert.Equal(25_000, report.Vendor("natterbox")!.Count(CallOutcome.NoAnswer));
        Assert.Equal(25_000, report.Vendor("puzzel")!.Count(CallOutcome.Answered));
        Assert.Equal(25_000, report.Vendor("freeswitch")!.Count(CallOutcome.Busy));
        Assert.Equal(25_000, report.Vendor("asterisk")!.Count(CallOutcome.Answered));
        Assert.Equal(75_000, report.CountCategory(CallOutcomeCategory.Connected)); // kinds 1, 4, 7
        Assert.Equal(0, report.CountCategory(CallOutcomeCategory.Failed));
        Assert.Equal(75_000, report.CountCategory(CallOutcomeCategory.Unanswered)); // kinds 0, 3, 5
        Assert.Equal(50_000, report.CountCategory(CallOutcomeCategory.Unknown)); // kinds 2, 6

        // 300 distinct unknown codes; the first 100 (200..299) occur 84 times each, the rest are only counted.
        Assert.Equal(100, report.UnknownCodes.Count);
        Assert.All(report.UnknownCodes, c => Assert.Equal(84, c.Events));
        Assert.Equal(25_000 - (100 * 84), report.UntrackedUnknownEvents);

        // 5,000 numbers, 40 events each; only the first 1,000 are followed. The latest event of number n is
        // event n + 195,000, of kind n % 8: kinds 0, 3 and 5 advise a retry.
        Assert.Equal(1_000, report.TrackedNumbers);
        Assert.Equal(Events - (1_000 * 40), report.UntrackedNumberEvents);
        Assert.Equal(375, report.NumbersToRetry.Count);
        Assert.All(report.NumbersToRetry, r => Assert.Equal(40, r.Attempts));
    }

    [Fact]
    public void Report_says_when_a_list_is_incomplete()
    {
        using var file = TempFile.Named();
        WriteExport(file.Path);

        var run = AppRun.Of(new ReportLimits(NumbersTracked: 1_000, UnknownCodesTracked: 100, MaxAttempts: 0), file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr); // progress is reported every 250,000 rows only
        Assert.Contains("Rows:    200,200 data rows: 200,000 events classified, 200 bad rows skipped", run.Stdout);
        Assert.Contains("375 numbers to retry (of the 1,000 numbers followed); the first 20:", run.Stdout);
        Assert.Contains("Incomplete: only the first 1,000 distinct numbers are followed; 160,000 events for later numbers", run.Stdout);
        Assert.Contains("... and 50 more codes (4,200 events); only the 50 most frequent are listed.", run.Stdout);
        Assert.Contains("... and 16,600 more events with codes past the first 100 distinct codes", run.Stdout);
        Assert.Contains("... and 180 more (only the first 20 are listed).", run.Stdout);
    }

    [Fact]
    public void Progress_goes_to_stderr_every_250k_rows()
    {
        var text = new System.Text.StringBuilder("timestamp,vendor,code,code2,number\n");
        for (var i = 0; i < 250_001; i++)
        {
            text.Append("2025-06-02T08:00:00Z,q850,17,,+1\n");
        }

        using var file = TempFile.WithText(text.ToString());

        var run = AppRun.Of(file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("progress: 250,000 rows read (0 bad)", Assert.Single(run.StderrLines));
        Assert.DoesNotContain("progress", run.Stdout);
    }
}
