using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>
/// Asterisk <c>Master.csv</c> and FreeSWITCH <c>mod_cdr_csv</c> files (Data/*.csv, laid out as cdr/cdr_csv.c and
/// mod_cdr_csv's templates write them), checked through the --csv output. Expected counts are read off the files'
/// disposition and hangup_cause columns and the tables (tables/asterisk-cdr-disposition.csv, freeswitch-hangup-cause.csv).
/// </summary>
public sealed class CdrFormatTests
{
    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    /// <summary>Runs the program with --csv and returns the output's rows as column -> value.</summary>
    private static List<Dictionary<string, string>> Classify(string file, params string[] args)
    {
        using var csv = TempFile.Named();
        var run = AppRun.Of([file, "--csv", csv.Path, .. args]);
        Assert.Equal(0, run.ExitCode);
        using var reader = new StreamReader(csv.Path);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        Assert.True(parser.Read());
        var header = parser.Record!;
        Assert.Equal(CsvEventWriter.Columns, header);
        var rows = new List<Dictionary<string, string>>();
        while (parser.Read())
        {
            rows.Add(header.Zip(parser.Record!).ToDictionary(p => p.First, p => p.Second));
        }

        return rows;
    }

    private static Dictionary<string, int> Outcomes(List<Dictionary<string, string>> rows) =>
        rows.GroupBy(r => r["outcome"]).ToDictionary(g => g.Key, g => g.Count());

    [Theory]
    [InlineData()]
    [InlineData("--format", "asterisk-cdr")]
    public void Asterisk_master_csv_with_16_fields(params string[] format)
    {
        var rows = Classify(Data("asterisk-master-16.csv"), format);

        // ANSWERED, NO ANSWER, BUSY, ANSWERED, FAILED, NO ANSWER
        Assert.Equal(new Dictionary<string, int> { ["Answered"] = 2, ["NoAnswer"] = 2, ["Busy"] = 1, ["Failed"] = 1 }, Outcomes(rows));
        Assert.All(rows, r => Assert.Equal(("asterisk-cdr-disposition", "yes"), (r["vendor"], r["in_table"])));
        Assert.Equal(new[] { "1", "2", "3", "4", "5", "6" }, rows.Select(r => r["line"]));
        // The number is dst, the time is start, the code is disposition (with its space).
        Assert.Equal(("2025-06-02 09:02:10", "NO ANSWER", "+442079460902", "NoAnswer", "Unanswered", "yes"),
            (rows[1]["timestamp"], rows[1]["code"], rows[1]["number"], rows[1]["member"], rows[1]["category"], rows[1]["retryable"]));
    }

    [Fact]
    public void Asterisk_master_csv_with_18_and_21_fields()
    {
        var rows = Classify(Data("asterisk-master-18-21.csv"));

        // 18 fields (uniqueid, userfield): CONGESTION, ANSWERED, CANCEL; 21 (newcdrcolumns): BUSY, ANSWERED, NO ANSWER
        Assert.Equal(new Dictionary<string, int> { ["Congestion"] = 1, ["Answered"] = 2, ["Canceled"] = 1, ["Busy"] = 1, ["NoAnswer"] = 1 }, Outcomes(rows));
        Assert.Equal(new[] { "+442079460906", "+442079460903", "+442079460907", "+442079460908", "+442079460909", "+442079460910" }, rows.Select(r => r["number"]));
    }

    [Theory]
    [InlineData("freeswitch-default.csv")]
    [InlineData("freeswitch-default.csv", "--format", "freeswitch-cdr")]
    public void FreeSwitch_cdr_csv_with_the_default_template(string file, params string[] format)
    {
        var rows = Classify(Data(file), format);

        // NORMAL_CLEARING, USER_BUSY, NO_ANSWER, ORIGINATOR_CANCEL, NORMAL_CLEARING, NO_USER_RESPONSE; the default
        // template writes ', "${accountcode}"' with a space, which is not a quoting error.
        Assert.Equal(new Dictionary<string, int> { ["Answered"] = 2, ["Busy"] = 1, ["NoAnswer"] = 1, ["Canceled"] = 1, ["Unreachable"] = 1 }, Outcomes(rows));
        Assert.All(rows, r => Assert.Equal("freeswitch-hangup-cause", r["vendor"]));
        Assert.Equal(("2025-06-02 10:05:12", "ORIGINATOR_CANCEL", "+442079460954"), (rows[3]["timestamp"], rows[3]["code"], rows[3]["number"]));
    }

    [Fact]
    public void FreeSwitch_cdr_csv_with_the_example_template()
    {
        var rows = Classify(Data("freeswitch-example.csv"));

        // UNALLOCATED_NUMBER, USER_BUSY, CALL_REJECTED, NORMAL_TEMPORARY_FAILURE (+ read_codec, write_codec)
        Assert.Equal(new Dictionary<string, int> { ["InvalidNumber"] = 1, ["Busy"] = 1, ["Rejected"] = 1, ["Congestion"] = 1 }, Outcomes(rows));
        Assert.Equal(("no", "yes"), (rows[0]["retryable"], rows[1]["retryable"]));
    }

    [Theory]
    [InlineData("asterisk-master-16.csv", "Format:  Asterisk cdr_csv Master.csv")]
    [InlineData("asterisk-master-18-21.csv", "Format:  Asterisk cdr_csv Master.csv")]
    [InlineData("freeswitch-default.csv", "Format:  FreeSWITCH mod_cdr_csv")]
    [InlineData("freeswitch-example.csv", "Format:  FreeSWITCH mod_cdr_csv")]
    public void Format_is_detected_from_the_first_line(string file, string expected)
    {
        var run = AppRun.Of(Data(file));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Stdout);
        Assert.Contains("0 bad rows skipped", run.Stdout);
    }

    [Theory]
    [InlineData("2025-06-02T08:00:00Z,q850,17,,+442079460101\n")] // an export without its header
    // FreeSWITCH's "asterisk" template: Asterisk's columns, but a hangup cause where the disposition is
    [InlineData("\"\",\"1001\",\"+442079460951\",\"default\",\"Alice <1001>\",\"sofia/internal/1001@pbx\",\"sofia/external/+442079460951\",\"bridge\",\"sofia/gateway/trunk/+442079460951\",\"2025-06-02 10:00:01\",\"2025-06-02 10:00:09\",\"2025-06-02 10:04:10\",\"249\",\"241\",\"NORMAL_CLEARING\",\"default\",\"3f372617-f0ba-4f3a-86f0-ce2ea6ec39c1\",\"\"\n")]
    public void A_first_line_no_format_fits_is_a_one_line_error_saying_how_to_choose(string text)
    {
        using var file = TempFile.WithText(text + text);

        var run = AppRun.Of(file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal($"error: {file.Path}: cannot tell the format from the first line (not an export header, Asterisk Master.csv "
            + "or FreeSWITCH mod_cdr_csv line); choose one with --format export|asterisk-cdr|freeswitch-cdr", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void A_chosen_format_is_used_as_given()
    {
        var asExport = AppRun.Of(Data("asterisk-master-16.csv"), "--format", "export");
        var asFreeSwitch = AppRun.Of(Data("asterisk-master-16.csv"), "--format", "freeswitch-cdr");

        Assert.Equal(1, asExport.ExitCode);
        Assert.Contains("the header line has no column timestamp, vendor, code, number", Assert.Single(asExport.StderrLines));
        Assert.Equal(1, asFreeSwitch.ExitCode); // the start column holds a caller ID, not a date: not the format given
        Assert.Contains("this is not a FreeSWITCH mod_cdr_csv line: field 5 (start_stamp) is not a date and time in 6 of 6 records", Assert.Single(asFreeSwitch.StderrLines));
        Assert.EndsWith("the file reads as Asterisk cdr_csv Master.csv: run without --format", asFreeSwitch.Stderr.TrimEnd());
        Assert.Equal(2, AppRun.Of(Data("asterisk-master-16.csv"), "--format", "csv").ExitCode);
    }

    [Fact]
    public void Bad_records_name_the_format_and_its_columns()
    {
        var good = File.ReadAllLines(Data("asterisk-master-16.csv"))[0];
        var text = good + "\n"
            + good[..good.LastIndexOf(',')] + "\n"                                            // 2: 15 fields (no amaflags)
            + good.Replace("\"+442079460901\"", "\"\"", StringComparison.Ordinal) + "\n"   // 3: no dst (classified all the same)
            + good.Replace("\"ANSWERED\"", "\"ANSWERED ELSEWHERE\"", StringComparison.Ordinal) + "\n"; // 4: not a disposition
        using var file = TempFile.WithText(text);

        var run = AppRun.Of(file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rows:    4 data rows: 3 events classified, 1 bad row skipped", run.Stdout);
        Assert.Contains("line 2: 15 fields, an Asterisk Master.csv line has 16 to 21", run.Stdout);
        Assert.DoesNotContain("line 3:", run.Stdout);
        Assert.Contains("Not a number: 1 event had a destination that is not a number to dial, left out of this list: (empty) 1.", run.Stdout);
        Assert.Matches(@"asterisk-cdr-disposition\s+ANSWERED ELSEWHERE\s+1\s+tables/asterisk-cdr-disposition\.csv", run.Stdout);
    }

    /// <summary>
    /// A cause or disposition in no table (a newer FreeSWITCH's cause, a value a custom build writes): an answered leg is
    /// Answered all the same (the decision tables' rules for any code), and the code is still listed as a row to add.
    /// The first line of each data file is answered (answer time set, billsec 241 / 185), the second is not (billsec 0).
    /// </summary>
    [Theory]
    [InlineData("freeswitch-default.csv", "\"NORMAL_CLEARING\"", "\"USER_BUSY\"", "\"SOME_NEW_CAUSE\"", "AnsweredCall", "")]
    [InlineData("asterisk-master-16.csv", "\"ANSWERED\"", "\"NO ANSWER\"", "\"DONE\"", "UnknownAnswered", "UnknownNotAnswered")]
    public void An_answered_leg_whose_code_is_in_no_table_is_answered(string data, string first, string second, string unknown, string answeredRule, string unansweredRule)
    {
        var lines = File.ReadAllLines(Data(data));
        // The third line (BUSY / NO_ANSWER, not answered) comes first: the format is detected from a code the tables know.
        using var file = TempFile.WithText(lines[2] + "\n" + lines[0].Replace(first, unknown, StringComparison.Ordinal) + "\n" + lines[1].Replace(second, unknown, StringComparison.Ordinal) + "\n");

        var rows = Classify(file.Path);
        var run = AppRun.Of(file.Path);

        Assert.Equal(("Answered", "no", answeredRule, "no"), (rows[1]["outcome"], rows[1]["in_table"], rows[1]["rule"], rows[1]["retryable"]));
        Assert.Equal(("Unknown", "no", unansweredRule, "no"), (rows[2]["outcome"], rows[2]["in_table"], rows[2]["rule"], rows[2]["retryable"]));
        Assert.Matches($@"\(not in table\)\s+Unknown\s+1\s", run.Stdout); // the unanswered leg only
        Assert.Matches($@"Answered\s+Connected\s+1\s", run.Stdout);
        Assert.Matches($@"\s{unknown.Trim('"')}\s+2\s+tables/", run.Stdout); // both legs: the code is a row to add
    }

    [Fact]
    public void Csv_output_of_call_detail_records_is_an_export_that_gives_the_same_report()
    {
        using var csv = TempFile.Named();
        var first = AppRun.Of(Data("asterisk-master-18-21.csv"), "--csv", csv.Path);

        var second = AppRun.Of(csv.Path);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Format:  call export", second.Stdout);
        string Sections(string report) => report[report.IndexOf("1. Mix by category", StringComparison.Ordinal)..];
        Assert.Equal(Sections(first.Stdout), Sections(second.Stdout));
    }
}
