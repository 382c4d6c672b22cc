using System;
using System.IO;
using System.Linq;
using CodeTables;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>
/// The bundled export, checked against values worked out by hand from the tables (tables/*.csv and their README),
/// not from running the program.
/// </summary>
public sealed class ExampleExportTests
{
    private static readonly Lazy<Report> Example = new(() => AppRun.Analyze(ReportApp.ExampleExportPath));

    private static Report Report => Example.Value;

    private static string Number(int n) => "+44207946" + n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Runs_on_the_bundled_export_without_arguments()
    {
        var run = AppRun.Of();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Contains("Export:  data/example-export.csv (the bundled example)", run.Stdout);
        Assert.Contains("Rows:    103 data rows: 96 events classified, 7 bad rows skipped", run.Stdout);
    }

    [Fact]
    public void Report_names_every_vendor_kind()
    {
        var stdout = AppRun.Of().Stdout;

        foreach (var key in new[] { "nice", "natterbox", "huawei", "issabel", "asterisk", "puzzel", "puzzel-response", "q850", "freeswitch" })
        {
            Assert.NotNull(Report.Vendor(key));
            Assert.Contains($"\n{key}: ", stdout); // the vendor's block in "Outcomes by vendor"
            Assert.Matches($@"\n  {System.Text.RegularExpressions.Regex.Escape(key)}\s+\d", stdout); // its row in "Mix by category"
        }

        Assert.Equal(9, Report.Vendors.Length); // every vendor kind but asterisk-cdr, which the export does not use
    }

    [Fact]
    public void Counts_rows_events_and_bad_rows()
    {
        Assert.Equal(103, Report.DataRows);
        Assert.Equal(96, Report.Events);
        Assert.Equal(7, Report.BadRowCount);
        Assert.Equal(7, Report.NotInTableEvents);
    }

    [Fact]
    public void Vendor_totals_match_the_export()
    {
        Assert.Equal(11, Report.Vendor("nice")!.Events);
        Assert.Equal(13, Report.Vendor("natterbox")!.Events);
        Assert.Equal(14, Report.Vendor("huawei")!.Events);
        Assert.Equal(10, Report.Vendor("issabel")!.Events);
        Assert.Equal(8, Report.Vendor("asterisk")!.Events);
        Assert.Equal(11, Report.Vendor("puzzel")!.Events);
        Assert.Equal(3, Report.Vendor("puzzel-response")!.Events);
        Assert.Equal(12, Report.Vendor("q850")!.Events);
        Assert.Equal(14, Report.Vendor("freeswitch")!.Events);
    }

    [Fact]
    public void Huawei_range_row_613_to_619_is_Unknown_and_620_is_not_in_the_table()
    {
        // 613, 615 and 619 are covered by the one row 613~619 (Outcome Unknown, "no reason given"); 620 is past it.
        var huawei = Report.Vendor("huawei")!;
        Assert.Equal(3, huawei.Count(CallOutcome.Unknown));
        Assert.Equal(1, huawei.NotInTable);
        Assert.Equal(2, huawei.Count(CallOutcome.Answered)); // 256 normal release, 1077 maximum duration
        Assert.Equal(1, huawei.Count(CallOutcome.Transferred)); // 521
    }

    [Fact]
    public void Asterisk_reasons_5_and_8_are_Busy_and_Congestion_and_2_is_not_a_member()
    {
        var asterisk = Report.Vendor("asterisk")!;
        Assert.Equal(2, asterisk.Count(CallOutcome.Busy)); // reason 5, twice
        Assert.Equal(1, asterisk.Count(CallOutcome.Congestion)); // reason 8
        Assert.Equal(1, asterisk.Count(CallOutcome.Unknown)); // reason 1 (hangup)
        Assert.Equal(1, asterisk.Count(CallOutcome.Failed)); // reason 0
        Assert.Equal(1, asterisk.NotInTable); // reason 2 (AST_CONTROL_RING) is not a member
    }

    [Fact]
    public void Puzzel_queue_q_is_answered_but_conversation_q_is_canceled()
    {
        var puzzel = Report.Vendor("puzzel")!;
        Assert.Equal(2, puzzel.Count(CallOutcome.Answered)); // queue q, twice
        Assert.Equal(3, puzzel.Count(CallOutcome.Canceled)); // conversation h, conversation q, queue d
        Assert.Equal(2, puzzel.Count(CallOutcome.Failed)); // conversation e, twice
        Assert.Equal(1, puzzel.NotInTable); // queue t: the queue result for no answer is not documented

        var response = Report.Vendor("puzzel-response")!;
        Assert.Equal(2, response.Count(CallOutcome.InvalidNumber)); // result_response 1 and 404
        Assert.Equal(1, response.NotInTable); // 486
    }

    [Fact]
    public void Natterbox_composite_keys_and_empty_hangup_causes()
    {
        var natterbox = Report.Vendor("natterbox")!;
        Assert.Equal(2, natterbox.Count(CallOutcome.Rejected)); // Trying and Ringing + CALL_REJECTED
        Assert.Equal(2, natterbox.Count(CallOutcome.Busy)); // All Busy, Ringing + (empty)
        Assert.Equal(1, natterbox.Count(CallOutcome.InvalidNumber)); // Trying + (empty)
        Assert.Equal(1, natterbox.Count(CallOutcome.Unknown)); // Unknown + (empty)
        Assert.Equal(1, natterbox.NotInTable); // Ringing + NO_ROUTE_DESTINATION is not a listed pair
    }

    [Fact]
    public void Other_tables_give_their_documented_outcomes()
    {
        Assert.Equal(2, Report.Vendor("issabel")!.Count(CallOutcome.InvalidNumber)); // Out of Service, Invalid Number
        Assert.Equal(1, Report.Vendor("issabel")!.Count(CallOutcome.Restricted)); // Failed Due to Restriction
        Assert.Equal(2, Report.Vendor("nice")!.Count(CallOutcome.Dropped)); // LinkFailed, Dropped
        Assert.Equal(2, Report.Vendor("nice")!.Count(CallOutcome.Unknown)); // N/A, (Zero) 0 Cause Code
        Assert.Equal(2, Report.Vendor("q850")!.Count(CallOutcome.Congestion)); // 34, 41
        Assert.Equal(1, Report.Vendor("q850")!.Count(CallOutcome.Unknown)); // 31
        Assert.Equal(1, Report.Vendor("freeswitch")!.Count(CallOutcome.Congestion)); // NORMAL_TEMPORARY_FAILURE = Q.850 41
        Assert.Equal(1, Report.Vendor("freeswitch")!.Count(CallOutcome.Dropped)); // MEDIA_TIMEOUT
    }

    [Fact]
    public void Category_mix_over_all_vendors()
    {
        Assert.Equal(13, Report.CountCategory(CallOutcomeCategory.Connected));
        Assert.Equal(42, Report.CountCategory(CallOutcomeCategory.Unanswered));
        Assert.Equal(26, Report.CountCategory(CallOutcomeCategory.Failed));
        Assert.Equal(15, Report.CountCategory(CallOutcomeCategory.Unknown)); // 8 Unknown rows + 7 codes in no table

        var stdout = AppRun.Of().Stdout;
        Assert.Matches(@"all vendors\s+13\s+42\s+26\s+15\s+96", stdout);
    }

    [Fact]
    public void Codes_in_no_table_are_listed_with_the_table_to_extend()
    {
        var codes = Report.UnknownCodes.Select(c => $"{c.Vendor.Key}|{c.DisplayCode}").OrderBy(s => s, StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "asterisk|2", "huawei|620", "issabel|Busy, retry later", "natterbox|Ringing + NO_ROUTE_DESTINATION",
                "puzzel-response|486", "puzzel|queue + t", "q850|130",
            }.OrderBy(s => s, StringComparer.Ordinal),
            codes);

        var stdout = AppRun.Of().Stdout;
        Assert.Matches(@"huawei\s+620\s+1\s+tables/huawei-cec-release-cause\.csv", stdout);
        Assert.Matches(@"natterbox\s+Ringing \+ NO_ROUTE_DESTINATION\s+1\s+tables/natterbox-missed-call\.csv", stdout);
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_line_numbers()
    {
        (long Line, string Problem)[] expected =
        [
            (58, "unknown vendor 'avaya'"),
            (73, "missing code2"),
            (100, "missing number"),
            (101, "3 fields, the header has 5"),
            (102, "timestamp 'yesterday' is not a date and time"),
            (103, "code '60x' is not an integer"),
            (104, "missing timestamp, vendor, code, number"),
        ];
        Assert.Equal(expected.Length, Report.BadRows.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Line, Report.BadRows[i].Line);
            Assert.StartsWith(expected[i].Problem, Report.BadRows[i].Problem);
        }

        var stdout = AppRun.Of().Stdout;
        Assert.Contains("line 58: unknown vendor 'avaya'", stdout);
        Assert.Contains("line 101: 3 fields, the header has 5", stdout);
        Assert.Contains("line 104: missing timestamp, vendor, code, number", stdout);
    }

    [Fact]
    public void Numbers_to_retry_follow_each_numbers_latest_event()
    {
        var retry = Report.NumbersToRetry.ToDictionary(r => r.Number);

        // Q.850 19 at 13:10, then FreeSWITCH NO_ANSWER at 16:10: still unanswered.
        Assert.Equal(2, retry[Number(703)].Attempts);
        Assert.Equal(CallOutcome.NoAnswer, retry[Number(703)].LastOutcome);
        // Q.850 17 (busy), then FreeSWITCH NO_USER_RESPONSE (unreachable).
        Assert.Equal(CallOutcome.Unreachable, retry[Number(702)].LastOutcome);
        // Natterbox rows whose Retry column overrides the outcome's default (Callback? = Yes).
        Assert.Equal(CallOutcome.Rejected, retry[Number(208)].LastOutcome); // Ringing + CALL_REJECTED
        Assert.Equal(CallOutcome.Unknown, retry[Number(201)].LastOutcome); // Unknown + (empty)

        Assert.DoesNotContain(Number(204), retry.Keys); // Trying + CALL_REJECTED: Rejected, no retry
        Assert.DoesNotContain(Number(712), retry.Keys); // busy at 08:40 (later in the file), answered at 14:10
        Assert.DoesNotContain(Number(601), retry.Keys); // conversation t, then queue q (answered)
        Assert.DoesNotContain(Number(602), retry.Keys); // conversation h, then queue d (Retry no: contact disabled)
        Assert.DoesNotContain(Number(606), retry.Keys); // conversation e, then result_response 404 (InvalidNumber)

        // Natterbox rows whose Callback? is blank are not retried, whatever their outcome's default: the latest events
        // of 205 (Trying + ORIGINATOR_CANCEL), 206 (Trying + PROGRESS_TIMEOUT), 209 (Ringing + NO_ANSWER),
        // 211 (Ringing + NORMAL_CLEARING) and 212 (Ringing + (empty)).
        Assert.All(new[] { 205, 206, 209, 211, 212 }, n => Assert.DoesNotContain(Number(n), retry.Keys));

        Assert.Equal(88, Report.TrackedNumbers);
        Assert.Equal(40, Report.NumbersToRetry.Count);
        Assert.Equal(0, Report.UntrackedNumberEvents);
    }

    [Fact]
    public void Output_is_plain_ascii_text()
    {
        var stdout = AppRun.Of().Stdout;

        Assert.DoesNotContain('\u001b', stdout); // no ANSI colours
        Assert.All(stdout, c => Assert.True(c == '\n' || (c >= ' ' && c < 127), $"unexpected character U+{(int)c:X4}"));
    }

    [Fact]
    public void Bundled_export_exists_next_to_the_program()
    {
        Assert.True(File.Exists(ReportApp.ExampleExportPath), ReportApp.ExampleExportPath);
    }
}
