using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Tables;

/// <summary>
/// Every code of every table in tables/ (compiled into this test project by the generator) resolves to a member
/// whose code, outcome and description are the row's.
/// </summary>
public class ShippedTablesRoundTripTests
{
    public static TheoryData<string> Tables() => new(CsvTable.ShippedTables().Where(f => !IsDecisionTable(f)).Select(Path.GetFileName)!);

    /// <summary>The decision tables of tables/: their rows are rules over several inputs, not codes.</summary>
    public static TheoryData<string> DecisionTables() => new(CsvTable.ShippedTables().Where(IsDecisionTable).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(DecisionTables))]
    public void Every_rule_of_a_decision_table_is_a_member_with_its_rows_outcome(string file)
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, file));
        var enumType = typeof(ShippedTablesRoundTripTests).Assembly.GetType("CodeTables.Tests.Tables." + table.EnumName)
            ?? throw new Xunit.Sdk.XunitException($"{file}: no generated enum {table.EnumName}");
        var extensions = enumType.Assembly.GetType(enumType.FullName + "Extensions")!;
        foreach (var row in table.Rows)
        {
            var rule = Enum.Parse(enumType, table.Cell(row, "Name"));
            Assert.Equal(table.Cell(row, "Outcome"), Reflect.Call(extensions, "ToOutcome", rule)!.ToString());
            Assert.Equal(table.Cell(row, "Description"), Reflect.Call(extensions, "GetDescription", rule));
        }

        Assert.Equal(table.Rows.Count, ((IEnumerable)Reflect.Call(extensions, "GetValues")!).Cast<object>().Count());
    }

    private static bool IsDecisionTable(string path) => File.ReadLines(path).TakeWhile(l => l.StartsWith('#')).Any(l => l.StartsWith("# inputs:", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_code_round_trips_to_its_row(string file)
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, file));
        var enumType = typeof(ShippedTablesRoundTripTests).Assembly.GetType("CodeTables.Tests.Tables." + table.EnumName)
            ?? throw new Xunit.Sdk.XunitException($"{file}: no generated enum {table.EnumName}");
        var extensions = enumType.Assembly.GetType(enumType.FullName + "Extensions")!;
        var integer = table.Rows.All(r => table.KeyColumns.Length == 1 && IsIntegerOrRange(table.Cell(r, "Code")));
        var seen = 0;

        foreach (var row in table.Rows)
        {
            foreach (var code in Codes(table, row, integer))
            {
                var (found, value) = Reflect.TryFromCode(extensions, code);
                Assert.True(found, $"{file}: code ({string.Join(", ", code)}) not found");
                var back = Reflect.Call(extensions, "ToCode", value);
                var expected = code.Length == 1 ? code[0] : Tuple(code);
                Assert.Equal(expected, back);

                var outcome = table.Cell(row, "Outcome");
                Assert.Equal(outcome.Length == 0 ? "Unknown" : outcome, Reflect.Call(extensions, "ToOutcome", value)!.ToString());
                Assert.Equal(table.Cell(row, "Description").Replace("\r\n", "\n"), Reflect.Call(extensions, "GetDescription", value));
                seen++;
            }
        }

        Assert.Equal(seen, ((IEnumerable)Reflect.Call(extensions, "GetValues")!).Cast<object>().Count());
    }

    private static IEnumerable<object[]> Codes(CsvTable table, string[] row, bool integer)
    {
        if (!integer)
        {
            yield return table.KeyColumns.Select(k => (object)table.Cell(row, k)).ToArray();
            yield break;
        }

        var cell = table.Cell(row, "Code");
        var parts = cell.Split('~');
        for (var code = int.Parse(parts[0]); code <= int.Parse(parts[^1]); code++)
        {
            yield return [code];
        }
    }

    private static bool IsIntegerOrRange(string cell) => cell.Split('~').All(p => int.TryParse(p, out _));

    private static object Tuple(object[] parts) => parts.Length switch
    {
        2 => ((string)parts[0], (string)parts[1]),
        3 => ((string)parts[0], (string)parts[1], (string)parts[2]),
        _ => throw new NotSupportedException("key with " + parts.Length + " parts"),
    };
}
