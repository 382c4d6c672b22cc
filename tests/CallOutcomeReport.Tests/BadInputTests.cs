using System.IO;
using System.Linq;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>Bad input never crashes the program: fatal problems are one line on stderr, bad rows are listed.</summary>
public sealed class BadInputTests
{
    private const string Header = "timestamp,vendor,code,code2,number\n";

    [Fact]
    public void Missing_file_is_one_line_on_stderr_and_exit_code_1()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-" + System.Guid.NewGuid().ToString("N"), "export.csv");

        var run = AppRun.Of(path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.Equal($"error: export file not found: {path}", line);
    }

    [Fact]
    public void Directory_instead_of_a_file_is_exit_code_1()
    {
        var run = AppRun.Of(Path.GetTempPath());

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.StderrLines);
        Assert.Contains("is a directory", run.Stderr);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public void Empty_export_is_exit_code_1(string text)
    {
        using var file = TempFile.WithText(text);

        var run = AppRun.Of(file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("the export is empty", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Header_without_required_columns_is_exit_code_1()
    {
        using var file = TempFile.WithText("time,vendor,cause\n2025-06-02T08:00:00Z,q850,17\n");

        var run = AppRun.Of(file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no column timestamp, code, number", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Unwritable_csv_output_is_exit_code_1()
    {
        var csv = Path.Combine(Path.GetTempPath(), "no-such-dir-" + System.Guid.NewGuid().ToString("N"), "out.csv");

        var run = AppRun.Of("--csv", csv);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(run.StderrLines));
    }

    [Theory]
    [InlineData("--colour")]
    [InlineData("--csv")]
    [InlineData("a.csv", "b.csv")]
    public void Invalid_arguments_are_exit_code_2(params string[] args)
    {
        var run = AppRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.EndsWith("(run with --help for usage)", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Help_prints_usage_with_every_vendor()
    {
        var run = AppRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout);
        Assert.Contains("--csv out.csv", run.Stdout);
        foreach (var vendor in Vendor.All)
        {
            Assert.Contains($"  {vendor.Key} ", run.Stdout);
        }
    }

    [Fact]
    public void Bad_rows_get_exact_line_numbers_across_blank_lines_and_multi_line_fields()
    {
        var text = Header
            + "\n"                                                        // 2 blank
            + "2025-06-02T08:00:00Z,q850,17,,+1\n"                       // 3 good
            + "2025-06-02T08:00:00Z,avaya,17,,+2\n"                      // 4 unknown vendor
            + "\n\n"                                                      // 5, 6 blank
            + "2025-06-02T08:00:00Z,issabel,\"two\nlines\",,+3\n"        // 7-8 good (code not in table)
            + "2025-06-02T08:00:00Z,genesys,17,,+4\r\n"                  // 9 unknown vendor (CRLF)
            + "2025-06-02T08:00:00Z,q850,1\"7,,+5\n"                     // 10 quote in an unquoted field
            + "2025-06-02T08:00:00Z,q850,,,+6\n"                         // 11 missing code
            + "2025-06-02T08:00:00Z,q850,17,,+7,extra\n"                 // 12 too many fields
            + "2025-06-02T08:00:00Z,q850,\"unclosed,,+8\n"               // 13 unclosed quote ...
            + "2025-06-02T08:00:00Z,q850,17,,+9\n";                      // 14 ... swallows this line
        using var file = TempFile.WithText(text);

        var run = AppRun.Of(file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rows:    8 data rows: 2 events classified, 6 bad rows skipped", run.Stdout);
        Assert.Contains("line 4: unknown vendor 'avaya'", run.Stdout);
        Assert.Contains("line 9: unknown vendor 'genesys'", run.Stdout);
        Assert.Contains("line 10: malformed quoting", run.Stdout);
        Assert.Contains("line 11: missing code", run.Stdout);
        Assert.Contains("line 12: 6 fields, the header has 5", run.Stdout);
        Assert.Contains("line 13: malformed quoting: a quoted field is still open at the end of the file (an unmatched quote makes one record of lines 13-14)", run.Stdout);
        Assert.Matches(@"issabel-call-status\s+two\\nlines", run.Stdout); // line breaks in a code are escaped in the report
    }

    [Fact]
    public void Unclosed_quote_at_the_end_of_the_file_without_a_final_line_break()
    {
        using var file = TempFile.WithText(Header + "2025-06-02T08:00:00Z,q850,\"17,,+1\n2025-06-02T08:00:00Z,q850,17,,+2");

        var run = AppRun.Of(file.Path);

        Assert.Equal(1, run.ExitCode); // the only record is bad
        Assert.Contains("line 2: malformed quoting: a quoted field is still open at the end of the file (an unmatched quote makes one record of lines 2-3)", run.Stdout);
    }

    [Fact]
    public void Bad_row_list_is_capped_but_every_bad_row_is_counted()
    {
        var text = new System.Text.StringBuilder(Header);
        for (var i = 0; i < 50; i++)
        {
            text.Append("2025-06-02T08:00:00Z,avaya,17,,+1\n");
            text.Append("2025-06-02T08:00:00Z,q850,17,,+1\n");
        }

        using var file = TempFile.WithText(text.ToString());

        var run = AppRun.Of(file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("50 rows were skipped", run.Stdout);
        var listed = run.Stdout.Split('\n').Where(l => l.StartsWith("  line ", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(20, listed.Length);
        Assert.StartsWith("  line 2: unknown vendor 'avaya': no table in tables/ has that file, enum or vendor name (known: ", listed[0]);
        Assert.StartsWith("  line 40: unknown vendor 'avaya'", listed[^1]);
        Assert.Contains("... and 30 more (only the first 20 are listed)", run.Stdout);
        Assert.Contains("Rows:    100 data rows: 50 events classified, 50 bad rows skipped", run.Stdout);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_code2_is_optional()
    {
        using var file = TempFile.WithText(
            "\uFEFFNumber,Vendor,Extra,Code,Timestamp\n+1,Q850,x,17,2025-06-02 08:00:00\n+2,freeswitch,y,USER_BUSY,2025-06-02T09:00:00+01:00\n");

        var run = AppRun.Of(file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rows:    2 data rows: 2 events classified, 0 bad rows skipped", run.Stdout);
        Assert.Contains("Period:  2025-06-02 08:00:00Z to 2025-06-02 08:00:00Z", run.Stdout);
    }
}
