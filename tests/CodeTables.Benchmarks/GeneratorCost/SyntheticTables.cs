using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CodeTables.Benchmarks.GeneratorCost;

/// <summary>
/// Synthetic code tables for measuring the generator at scale (50 tables x 500 rows in the benchmarks and in
/// GeneratorScaleTests, which links this file). A third each of sparse integer codes, string codes and composite
/// keys, with the columns real tables have (outcome, retry, a quoted description with commas, a notes column).
/// Deterministic: the same arguments always give the same text.
/// </summary>
public static class SyntheticTables
{
    public const int TableCount = 50;
    public const int RowCount = 500;

    /// <summary>The table the "one table edited" measurements change: an integer table in the middle of the list.</summary>
    public const int EditedTable = 24;

    private static readonly string[] Outcomes =
    [
        "Answered", "NoAnswer", "Busy", "Rejected", "Unreachable", "Canceled", "Dropped", "InvalidNumber", "Congestion",
        "Failed", "",
    ];

    private static readonly string[] Retries = ["", "", "", "yes", "no"];

    /// <summary>The tables as (path, text): /synthetic/table-00.csv ...</summary>
    public static IReadOnlyList<(string Path, string Text)> Create(int tables = TableCount, int rows = RowCount)
    {
        var result = new List<(string, string)>(tables);
        for (var t = 0; t < tables; t++)
        {
            result.Add((PathOf(t), Table(t, rows)));
        }

        return result;
    }

    public static string PathOf(int table) => "/synthetic/table-" + table.ToString("00", CultureInfo.InvariantCulture) + ".csv";

    /// <summary>The generated enum's name for a table.</summary>
    public static string EnumOf(int table) => "Synthetic" + table.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>One more row for <paramref name="table"/>'s text (a code no other row has), as a user edit would add.</summary>
    public static string AddedRow(int table, int rows = RowCount) => Row(table, rows);

    public static string Table(int table, int rows = RowCount)
    {
        var text = new StringBuilder(rows * 160);
        text.Append("# enum: ").Append(EnumOf(table)).Append('\n');
        text.Append("# vendor: Synthetic vendor ").Append(table).Append('\n');
        text.Append("# source: generated for the generator benchmarks\n");
        if (table % 3 == 2)
        {
            text.Append("# key: Leg, Cause\n");
            text.Append("Leg,Cause,Outcome,Retry,Description,Notes\n");
        }
        else
        {
            text.Append("Code,Outcome,Retry,Description,Notes\n");
        }

        for (var row = 0; row < rows; row++)
        {
            text.Append(Row(table, row));
        }

        return text.ToString();
    }

    private static string Row(int table, int row)
    {
        var code = (table % 3) switch
        {
            // Sparse integers: runs of consecutive codes with gaps between them.
            0 => (1000 + (row * 3) + (row % 7)).ToString(CultureInfo.InvariantCulture),
            1 => "CAUSE_" + row.ToString("000", CultureInfo.InvariantCulture) + "_" + Word(row),
            _ => "Leg" + (row % 10).ToString(CultureInfo.InvariantCulture) + ",CAUSE_" + (row / 10).ToString(CultureInfo.InvariantCulture) + "_" + Word(row / 10),
        };
        var outcome = Outcomes[(row + table) % Outcomes.Length];
        var retry = Retries[row % Retries.Length];
        return code + "," + outcome + "," + retry + ",\"Row " + row + " of table " + table + ", in the vendor's words: the call ended, " + Word(row) + ".\",Synthetic note " + row + "\n";
    }

    private static string Word(int n) => ((n * 7919) % 5) switch
    {
        0 => "BUSY",
        1 => "TIMEOUT",
        2 => "REJECTED",
        3 => "FAILURE",
        _ => "CLEARING",
    };
}
