using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>The rough edges of the first version: huge rows, ';' exports, all-bad exports, the retry ranking.</summary>
public sealed class RoughEdgeTests
{
    private const string Header = "timestamp,vendor,code,code2,number\n";

    [Fact]
    public void A_huge_row_is_a_bad_row_and_is_never_held_in_memory()
    {
        using var file = TempFile.Named();
        using (var writer = new StreamWriter(file.Path))
        {
            writer.Write(Header + "2025-06-02T08:00:00Z,q850,17,,+1\n2025-06-02T08:00:00Z,q850,");
            writer.Write(new string('7', 20_000_000)); // one 20-million-character line
            writer.Write(",,+2\n2025-06-02T08:00:00Z,q850,16,,+3\n2025-06-02T08:00:00Z,avaya,16,,+4\n");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = AppRun.Analyze(file.Path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((2, 2), (report.Events, report.BadRowCount));
        Assert.Equal(new BadRow(3, "a field is longer than the limit of 65,536 characters"), report.BadRows[0]);
        Assert.Equal(5, report.BadRows[1].Line); // the lines after it are counted right
        Assert.True(allocated < 10_000_000, $"{allocated:N0} bytes allocated; the line alone would be 40,000,000 as a string");
    }

    /// <summary>
    /// A field's characters are counted as written (quotes included). CsvHelper notices a longer field on the
    /// character after the limit: for 99 that is the line break ending the record, for 98 the field's last character.
    /// Either way the record is bad, the next one is read, and line numbers stay exact.
    /// </summary>
    [Theory]
    [InlineData(100, "\r\n", 0)]
    [InlineData(99, "\r\n", 1)]
    [InlineData(98, "\r\n", 1)]
    [InlineData(99, "\n", 1)]
    [InlineData(98, "\n", 1)]
    public void The_field_limit_counts_the_characters_of_the_field_as_written(int limit, string lineEnd, int bad)
    {
        var field = "\"" + new string('x', 98) + "\""; // the number, last on its line
        Assert.Equal(100, field.Length);
        string[] lines = [Header.TrimEnd('\n'), "2025-06-02T08:00:00Z,q850,17,," + field, "2025-06-02T08:00:00Z,q850,16,,+1", "2025-06-02T08:00:00Z,avaya,17,,+3"];
        using var file = TempFile.WithText(string.Join(lineEnd, lines) + lineEnd);

        var report = AppRun.Analyze(file.Path, new ReportLimits(MaxFieldChars: limit));

        Assert.Equal(bad + 1, report.BadRowCount);
        Assert.Equal(2 - bad, report.Events);
        Assert.Equal(bad == 1 ? new[] { 2L, 4L } : new[] { 4L }, report.BadRows.Select(b => b.Line));
    }

    /// <summary>
    /// CsvHelper cannot resume inside quotes: after a quoted field over the limit, the field's further lines and the
    /// next record with a quoted field are bad rows of their own (README, Streaming and limits); then reading is back
    /// in step, and no message claims the file ended inside a quote.
    /// </summary>
    [Fact]
    public void After_a_quoted_field_over_the_limit_the_reader_gets_back_in_step()
    {
        var field = "\"" + new string('y', 30) + "\n" + new string('y', 30) + "\n" + new string('y', 30) + "\""; // lines 3-5
        using var file = TempFile.WithText(Header + "2025-06-02T08:00:00Z,q850,17,,+1\n2025-06-02T08:00:00Z,issabel," + field
            + ",,+2\n2025-06-02T08:00:00Z,q850,\"16\",,+3\n2025-06-02T08:00:00Z,q850,17,,+4\n");

        var report = AppRun.Analyze(file.Path, new ReportLimits(MaxFieldChars: 40));

        Assert.Equal(2, report.Events);
        Assert.Equal(new[] { "+1", "+4" }, report.NumbersToRetry.Select(n => n.Number)); // the two busy rows read right (Q.850 17)
        Assert.Equal(new[] { (3L, "a field is longer than the limit of 40 characters (lines 3-4)"), (5L, "malformed quoting (a quote inside an unquoted field, or an unclosed quoted field)"),
            (6L, "malformed quoting (a quote inside an unquoted field, or an unclosed quoted field)") }, report.BadRows.Select(b => (b.Line, b.Problem)));
    }

    [Fact]
    public void A_quote_past_the_limit_does_not_swallow_the_next_lines()
    {
        var row = "2025-06-02T08:00:00Z,issabel," + new string('x', 60) + "\"x,,+442079460101";
        using var file = TempFile.WithText(Header + row + "\n2025-06-02T08:00:00Z,q850,17,,+1\n");

        var report = AppRun.Analyze(file.Path, new ReportLimits(MaxFieldChars: 50));

        Assert.Equal(new BadRow(2, "a field is longer than the limit of 50 characters"), Assert.Single(report.BadRows));
        Assert.Equal(1, report.Events);
    }

    [Theory]
    [InlineData(';', "';'")]
    [InlineData('\t', "tabs")]
    public void A_semicolon_or_tab_separated_export_gets_a_hint_about_the_delimiter(char delimiter, string named)
    {
        using var file = TempFile.WithText(Header.Replace(',', delimiter) + "2025-06-02T08:00:00Z;q850;17;;+1\n".Replace(';', delimiter));

        var detected = AppRun.Of(file.Path);
        var chosen = AppRun.Of(file.Path, "--format", "export");

        foreach (var run in new[] { detected, chosen })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.EndsWith($"the header line has no column timestamp, vendor, code, number; expected 'timestamp,vendor,code,code2,number' "
                + $"(code2 optional); the line is separated by {named}, not commas: save it as comma-separated CSV", Assert.Single(run.StderrLines));
        }
    }

    [Fact]
    public void Semicolon_separated_records_in_a_call_detail_format_get_the_hint_per_row()
    {
        using var file = TempFile.WithText("\"\";\"1001\";\"+442079460901\"\n1001;+442079460902;from-internal\n");

        var run = AppRun.Of(file.Path, "--format", "asterisk-cdr");

        // A format given with --format is checked first: no record has a start time or a disposition where Asterisk writes them.
        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("the line is separated by ';', not commas: save it as comma-separated CSV", Assert.Single(run.StderrLines));
        Assert.Contains("this is not an Asterisk Master.csv line: field 10 (start) is not a date and time in 2 of 2 records", run.Stderr);
        Assert.Contains("cannot tell the format from the first line (not an export header, Asterisk Master.csv or FreeSWITCH mod_cdr_csv line); "
            + "the line is separated by ';', not commas: save it as comma-separated CSV; choose one with --format", Assert.Single(AppRun.Of(file.Path).StderrLines));
    }

    [Fact]
    public void An_export_in_which_every_row_is_bad_exits_1_after_printing_the_report()
    {
        using var file = TempFile.WithText(Header + "2025-06-02T08:00:00Z,avaya,17,,+1\nyesterday,q850,17,,+2\n");

        var run = AppRun.Of(file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Rows:    2 data rows: 0 events classified, 2 bad rows skipped", run.Stdout);
        Assert.Contains("line 3: timestamp 'yesterday' is not a date and time", run.Stdout);
        Assert.Equal($"error: {file.Path}: all 2 data rows are bad, none was classified (line 2: {Vendor.Unknown("avaya", Vendor.All)}; see '5. Bad rows')", Assert.Single(run.StderrLines));
        using var headerOnly = TempFile.WithText(Header);
        Assert.Equal(0, AppRun.Of(headerOnly.Path).ExitCode); // a header and no rows is not an error: nothing is bad
    }

    /// <summary>+1 failed 20 times (busy), +2 once (no answer), +3 twice (busy, then no answer), +4 busy then answered.</summary>
    private static TempFile RetryExport()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 20; i++)
        {
            text.Append($"2025-06-02T08:{i:00}:00Z,q850,17,,+1\n");
        }

        text.Append("2025-06-02T09:30:00Z,q850,19,,+2\n2025-06-02T09:00:00Z,q850,17,,+3\n2025-06-02T09:10:00Z,q850,19,,+3\n");
        text.Append("2025-06-02T07:00:00Z,q850,17,,+4\n2025-06-02T07:05:00Z,q850,16,,+4\n");
        return TempFile.WithText(text.ToString());
    }

    [Fact]
    public void Numbers_tried_max_attempts_times_are_left_out_and_the_rest_come_fewest_attempts_first()
    {
        using var file = RetryExport();

        var report = AppRun.Analyze(file.Path);
        var run = AppRun.Of(file.Path);

        Assert.Equal(new[] { ("+2", 1L), ("+3", 2L) }, report.NumbersToRetry.Select(r => (r.Number, r.Attempts)));
        Assert.Equal(1, report.NumbersAtAttemptLimit);
        Assert.Contains("Left out: 1 number to retry that was already tried 5 times or more.", run.Stdout);
    }

    [Theory]
    [InlineData("0", new[] { "+2", "+3", "+1" })] // no limit: the 20-times number comes last, not first
    [InlineData("21", new[] { "+2", "+3", "+1" })]
    [InlineData("2", new[] { "+2" })]
    public void Max_attempts_is_an_option(string max, string[] expected)
    {
        using var file = RetryExport();

        var run = AppRun.Of(file.Path, "--max-attempts", max);

        Assert.Equal(0, run.ExitCode);
        var listed = run.Stdout.Split('\n').SkipWhile(l => !l.StartsWith("  Number ", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => l.StartsWith("  +", StringComparison.Ordinal)).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToArray();
        Assert.Equal(expected, listed);
    }

    [Theory]
    [InlineData("--max-attempts", "many")]
    [InlineData("--max-attempts", "-1")]
    [InlineData("--format", "cdr")]
    public void Invalid_option_values_are_exit_code_2(string option, string value)
    {
        var run = AppRun.Of(option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {option} ", Assert.Single(run.StderrLines));
    }
}
