using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>
/// The real call-detail files of ../shared/data/real-cdr (verbatim copies from public repositories; never copied into
/// this repository). Expectations come from the files' raw fields, read here with CsvHelper, not from the tables.
/// </summary>
public sealed class RealCorpusTests
{
    private const string Truncated = "asterisk-testsuite--asterisk-testsuite--buggy.csv", Custom = "asterisk-cdr_custom--KelySaina-cdr--Master.csv";

    /// <summary>../shared/data/real-cdr, found from the repository root (the folder with CodeGen.sln).</summary>
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CodeGen.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.Parent?.FullName ?? throw new InvalidOperationException("no CodeGen.sln above " + AppContext.BaseDirectory), "shared", "data", "real-cdr");
        }
    }

    public static TheoryData<string> Files() => new(Directory.GetFiles(Folder, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    /// <summary>The file's records as CsvHelper reads them (blank lines skipped).</summary>
    public static List<string[]> RawRecords(string file)
    {
        using var reader = new StreamReader(Path.Combine(Folder, file));
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Mode = CsvMode.RFC4180, HasHeaderRecord = false, IgnoreBlankLines = true });
        var records = new List<string[]>();
        while (parser.Read())
        {
            records.Add(parser.Record!);
        }

        return records;
    }

    private static string FormatOf(string file) => file.StartsWith("asterisk", StringComparison.Ordinal) ? "asterisk-cdr" : "freeswitch-cdr";

    [Theory]
    [MemberData(nameof(Files))]
    public void Answered_exactly_where_the_record_says_the_call_was_answered(string file)
    {
        if (file is Truncated or Custom)
        {
            return; // not readable as a call-detail record (the test above checks how they stop)
        }

        using var csv = TempFile.Named();
        Assert.Equal(0, AppRun.Of(Path.Combine(Folder, file), "--csv", csv.Path).ExitCode);
        var rows = CsvOutputTests.ReadCsv(csv.Path);
        var columns = rows[0].ToList();
        string Cell(string[] row, string column) => row[columns.IndexOf(column)];
        var raw = RawRecords(file);
        Assert.Equal(raw.Count, rows.Count - 1);

        // From the raw fields: FreeSWITCH answer_stamp (field 6) set or billsec (field 9) > 0; Asterisk disposition (field 15) ANSWERED.
        var asterisk = file.StartsWith("asterisk", StringComparison.Ordinal);
        bool Answered(string[] r) => asterisk ? r[14] == "ANSWERED"
            : r[5].Length > 0 || (int.TryParse(r[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out var billsec) && billsec > 0);
        var outcomes = raw.Zip(rows.Skip(1), (r, row) => (Answered: Answered(r), Outcome: Cell(row, "outcome"), InTable: Cell(row, "in_table") == "yes", Code: asterisk ? r[14] : r[9])).ToList();

        Assert.Equal(outcomes.Count(o => o.Answered), outcomes.Count(o => o.Outcome == "Answered"));
        Assert.DoesNotContain(outcomes, o => o.Answered && o.Outcome is "NoAnswer" or "Busy" or "Unknown");
        Assert.DoesNotContain(outcomes, o => !o.Answered && o.Outcome == "Answered");
        Assert.DoesNotContain(outcomes, o => o.InTable && o.Outcome == "Unknown"); // no Unknown for a cause the tables know
        Assert.All(outcomes.Where(o => !o.InTable && !o.Answered), o => Assert.Equal("Unknown", o.Outcome)); // answered: above
    }

    [Fact]
    public void The_corpus_is_there()
    {
        Assert.True(Directory.Exists(Folder), $"the real CDR files are read from {Folder} (../shared/data/real-cdr from the repository root)");
        Assert.Equal(21, Directory.GetFiles(Folder, "*.csv").Length);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_readable_row_is_classified_and_calls_are_no_more_than_legs(string file)
    {
        var path = Path.Combine(Folder, file);
        var auto = AppRun.Of(path);
        var forced = AppRun.Of(path, "--format", FormatOf(file));
        if (file is Truncated)
        {
            Assert.Equal((1, 1), (auto.ExitCode, forced.ExitCode));
            Assert.Contains("a quoted field is still open at the end of the file", Assert.Single(auto.StderrLines));
            Assert.Contains("the file is truncated", auto.Stderr);
            return;
        }

        if (file is Custom)
        {
            Assert.Equal((1, 1), (auto.ExitCode, forced.ExitCode));
            Assert.Contains("cdr_custom", Assert.Single(auto.StderrLines));
            var error = Assert.Single(forced.StderrLines);
            Assert.Contains("field 15 (disposition) is not a disposition in 14 of 14 records (it held 'DOCUMENTATION' in 14)", error);
            Assert.Contains("field 14 holds the Asterisk disposition 'ANSWERED': the file is probably Asterisk cdr_custom", error);
            Assert.Equal(string.Empty, forced.Stdout); // no report, so no advice to add DOCUMENTATION to a table
            return;
        }

        var raw = RawRecords(file);
        Assert.Equal(0, auto.ExitCode);
        Assert.Equal(auto.Stdout, forced.Stdout); // detection agrees with --format
        Assert.Contains($"Rows:    {Report.N(raw.Count)} data row{(raw.Count == 1 ? "" : "s")}: {Report.N(raw.Count)} event{(raw.Count == 1 ? "" : "s")} classified, 0 bad rows skipped", auto.Stdout);
        Assert.Contains(file.StartsWith("asterisk", StringComparison.Ordinal) ? "Format:  Asterisk cdr_csv" : "Format:  FreeSWITCH mod_cdr_csv", auto.Stdout);
        Assert.Contains("Times:   UTC", auto.Stdout);

        var report = AppRun.Analyze(path);
        Assert.Equal(raw.Count, report.Events);
        Assert.InRange(report.Calls, 1, report.Events);
        if (raw[0].Length == 21)
        {
            Assert.Equal(raw.Select(r => r[19]).Distinct().Count(), report.Calls); // Asterisk newcdrcolumns: one call per linkedid
        }
        else if (file.StartsWith("asterisk", StringComparison.Ordinal))
        {
            Assert.Equal(raw.Count, report.Calls); // no link: each record counts, and the report says so
            Assert.Contains("the counts below are events (legs), not calls", auto.Stdout);
        }
        else
        {
            // FreeSWITCH: records joined by uuid and bleg_uuid are legs of one call (connected components).
            var parent = new Dictionary<string, string>();
            string Root(string x) => parent.TryGetValue(x, out var p) && p != x ? parent[x] = Root(p) : x;
            foreach (var r in raw.Where(r => r[11].Length > 0))
            {
                parent[Root(r[10])] = Root(r[11]);
            }

            Assert.Equal(raw.Select(r => Root(r[10])).Distinct().Count(), report.Calls);
        }

        Assert.All(report.NumbersToRetry, n => Assert.Matches(@"^\+?[0-9]+$", Regex.Replace(n.Number, @"[\s\-./()]", string.Empty)));
        var destinations = raw.Select(r => r[2]).ToList();
        Assert.Equal(destinations.Count(d => !Regex.IsMatch(Regex.Replace(d, @"[ \-./()]", string.Empty), @"^\+?[0-9]+$")), report.NotNumberEvents);
    }
}
