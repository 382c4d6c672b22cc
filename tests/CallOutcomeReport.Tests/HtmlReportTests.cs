using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>
/// The --html page opened in a real browser: headless Chromium (npm @sparticuz/chromium, driven by puppeteer-core,
/// installed by this test into its output folder on first use, so a fresh CI machine needs only node and npm).
/// </summary>
public sealed class HtmlReportTests
{
    private static readonly string BrowserDir = Path.Combine(AppContext.BaseDirectory, "Browser");
    private static readonly Lazy<bool> Installed = new(() => Run("npm", "install --no-audit --no-fund --loglevel=error") is { });

    private static string Run(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { WorkingDirectory = BrowserDir, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{command} {arguments} did not finish");
        Assert.True(process.ExitCode == 0, $"{command} {arguments} exited {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    [Theory]
    [InlineData("")] // the bundled export: several vendors, records not linked
    [InlineData("freeswitch--powermedia-FreeSwitch--Master.csv")] // real FreeSWITCH legs linked into calls
    public void The_page_draws_the_text_reports_counts_offline_and_without_console_errors(string realFile)
    {
        var input = realFile.Length == 0 ? ReportApp.ExampleExportPath : Path.Combine(RealCorpusTests.Folder, realFile);
        using var html = TempFile.Named(".html");
        var run = AppRun.Of(input, "--html", html.Path);
        Assert.Equal(0, run.ExitCode);
        var report = AppRun.Analyze(input);
        var unit = report.LinksLegs ? "calls" : "legs"; // what the text report counts: "the counts below are events (legs), not calls"

        Assert.True(Installed.Value);
        using var seen = JsonDocument.Parse(Run("node", $"check-report.mjs \"{html.Path}\""));
        var page = seen.RootElement;

        Assert.Empty(page.GetProperty("requests").EnumerateArray()); // nothing leaves the page
        Assert.Empty(page.GetProperty("errors").EnumerateArray());
        var segments = page.GetProperty("segments").EnumerateArray().ToList();
        Assert.All(segments, s => Assert.True(s.GetProperty("width").GetDouble() > 0 && s.GetProperty("height").GetDouble() > 0, "a segment is drawn"));
        Assert.All(segments, s => Assert.Equal($"{s.GetProperty("outcome").GetString()}: {Report.N(s.GetProperty("count").GetInt64())} {unit}", s.GetProperty("title").GetString()));

        // Outcomes by vendor: one segment per vendor and outcome, with the text report's count.
        var byVendor = segments.Where(s => s.GetProperty("chart").GetString() == "by-vendor").ToList();
        var expected = report.Vendors.SelectMany(v => Enumerable.Range(0, Report.NotInTable + 1).Where(i => v.ByOutcome[i] > 0)
            .Select(i => $"{v.Vendor.Key}|{(i == Report.NotInTable ? "Not in table" : Report.Outcomes[i].ToString())}|{v.ByOutcome[i]}"));
        Assert.Equal(expected.Order(StringComparer.Ordinal), byVendor.Select(s => $"{s.GetProperty("vendor").GetString()}|{s.GetProperty("outcome").GetString()}|{s.GetProperty("count").GetInt64()}").Order(StringComparer.Ordinal));
        foreach (var v in report.Vendors)
        {
            Assert.Matches($@"\n  {System.Text.RegularExpressions.Regex.Escape(v.Vendor.Key)}\s.*\s{Report.N(v.Events)}\n", run.Stdout); // the text report's total
        }

        // By hour: every call in exactly one segment, and the page's own table says the same.
        var byHour = segments.Where(s => s.GetProperty("chart").GetString() == "by-hour").ToList();
        Assert.Equal(report.Calls, byHour.Sum(s => s.GetProperty("count").GetInt64()));
        var hours = page.GetProperty("tables").GetProperty("hours-table").EnumerateArray().Skip(1).ToList();
        Assert.Equal(report.Calls, hours.Sum(r => long.Parse(r.EnumerateArray().Last().GetString()!.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(report.BadRows.Count, page.GetProperty("tables").GetProperty("bad-rows-table").GetArrayLength() - 1);
        Assert.Equal(Math.Min(report.NumbersToRetry.Count, report.Limits.RetryNumbersListed), page.GetProperty("tables").GetProperty("retry-table").GetArrayLength() - 1);
    }
}
