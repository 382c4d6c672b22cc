using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>The --csv output: RFC 4180, one row per classified event, readable back as an export.</summary>
public sealed class CsvOutputTests
{
    internal static List<string[]> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Mode = CsvMode.RFC4180 });
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return rows;
    }

    private static string Section(string report, string from, string to)
    {
        var start = report.IndexOf(from, StringComparison.Ordinal);
        var end = report.IndexOf(to, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"sections '{from}' .. '{to}' not found");
        return report[start..end];
    }

    [Fact]
    public void Writes_every_classified_event_with_its_outcome()
    {
        using var csv = TempFile.Named();

        var run = AppRun.Of("--csv", csv.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"wrote 97 classified events to {csv.Path}", Assert.Single(run.StderrLines));
        var rows = ReadCsv(csv.Path);
        Assert.Equal(CsvEventWriter.Columns, rows[0]);
        Assert.Equal(97, rows.Count - 1);

        Dictionary<string, string> Row(string vendor, string code, string code2 = "")
        {
            var row = Assert.Single(rows.Skip(1), r => r[1] == vendor && r[2] == code && r[3] == code2);
            return CsvEventWriter.Columns.Zip(row).ToDictionary(p => p.First, p => p.Second);
        }

        var huawei615 = Row("huawei-cec-release-cause", "615");
        Assert.Equal("yes", huawei615["in_table"]);
        Assert.Equal("AcdDisconnect615", huawei615["member"]);
        Assert.Equal("Unknown", huawei615["outcome"]);
        Assert.Equal("35", huawei615["line"]);

        var queueD = Row("puzzel-preview-dialler-result", "queue", "d");
        Assert.Equal(("QueueDeleted", "Canceled", "Unanswered", "no"), (queueD["member"], queueD["outcome"], queueD["category"], queueD["retryable"]));

        var notInTable = Row("issabel-call-status", "Busy, retry later");
        Assert.Equal(("no", "", "Unknown", "no"), (notInTable["in_table"], notInTable["member"], notInTable["outcome"], notInTable["retryable"]));

        var raw = File.ReadAllText(csv.Path);
        Assert.Contains(",\"Busy, retry later\",", raw); // quoted because of the comma
        Assert.EndsWith("\r\n", raw);
        Assert.DoesNotContain("\n", raw.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Output_is_itself_an_export_that_gives_the_same_report()
    {
        using var csv = TempFile.Named();
        var first = AppRun.Of("--csv", csv.Path);

        var second = AppRun.Of(csv.Path);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Rows:    97 data rows: 97 events classified, 0 bad rows skipped", second.Stdout);
        // Everything but the header and the bad rows (which are not in the output) is the same.
        Assert.Equal(
            Section(first.Stdout, "1. Mix by category", "5. Bad rows"),
            Section(second.Stdout, "1. Mix by category", "5. Bad rows"));
    }

    [Fact]
    public void Quotes_commas_and_line_breaks_round_trip_exactly()
    {
        string[] codes = ["He said \"no\", then left", "two\r\nlines", "  padded  ", "plain", "comma,", "\"quoted\""];
        var export = new System.Text.StringBuilder("timestamp,vendor,code,code2,number\r\n");
        foreach (var code in codes)
        {
            export.Append("2025-06-02T08:00:00Z,issabel,\"").Append(code.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",,\"+44 20, ext \"\"9\"\"\"\r\n");
        }

        using var input = TempFile.WithText(export.ToString());
        using var csv = TempFile.Named();

        var run = AppRun.Of(input.Path, "--csv", csv.Path);

        Assert.Equal(0, run.ExitCode);
        var rows = ReadCsv(csv.Path);
        Assert.Equal(codes.Length, rows.Count - 1);
        for (var i = 0; i < codes.Length; i++)
        {
            Assert.Equal(codes[i], rows[i + 1][2]);
            Assert.Equal("+44 20, ext \"9\"", rows[i + 1][4]);
            Assert.Equal("issabel-call-status", rows[i + 1][1]);
            Assert.Equal("no", rows[i + 1][6]); // none of these is an Issabel status
        }

        // Line numbers in the output are the export's: the row after the two-line code starts one line later.
        Assert.Equal(new[] { "2", "3", "5", "6", "7", "8" }, rows.Skip(1).Select(r => r[5]));
    }

    [Fact]
    public void Refuses_to_overwrite_the_export()
    {
        using var input = TempFile.WithText("timestamp,vendor,code,code2,number\n2025-06-02T08:00:00Z,q850,17,,+1\n");

        var run = AppRun.Of(input.Path, "--csv", input.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would overwrite the export", Assert.Single(run.StderrLines));
        Assert.StartsWith("timestamp,vendor", File.ReadAllText(input.Path));
    }
}
