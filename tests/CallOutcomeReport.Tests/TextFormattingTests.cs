using System.IO;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>Plain-text layout and the command line.</summary>
public sealed class TextFormattingTests
{
    [Fact]
    public void Table_pads_columns_and_right_aligns_numbers()
    {
        var table = new TextTable(("Name", Align.Left), ("Count", Align.Right));
        table.AddRow("a", "1");
        table.AddRow("longer", "1,000");
        var writer = new StringWriter { NewLine = "\n" };

        table.Write(writer);

        Assert.Equal("  Name    Count\n  ------  -----\n  a           1\n  longer  1,000\n", writer.ToString());
    }

    [Fact]
    public void Printable_escapes_control_characters_and_cuts_long_text()
    {
        Assert.Equal(@"a\r\nb\tc\u0007", TextTable.Printable("a\r\nb\tc\a"));
        var cut = TextTable.Printable(new string('x', 100));
        Assert.Equal(TextTable.MaxCellWidth, cut.Length);
        Assert.EndsWith("...", cut);
    }

    [Theory]
    [InlineData(new[] { "--csv=out.csv" }, null, "out.csv")]
    [InlineData(new[] { "in.csv", "--csv", "out.csv" }, "in.csv", "out.csv")]
    [InlineData(new[] { "--csv", "out.csv", "in.csv" }, "in.csv", "out.csv")]
    [InlineData(new string[0], null, null)]
    public void Command_line_accepts_the_export_and_csv_in_any_order(string[] args, string? export, string? csv)
    {
        Assert.True(ReportApp.TryParse(args, out var options, out var error));
        Assert.Null(error);
        Assert.Equal(new Options(export, csv, null, null, false), options);
    }
}
