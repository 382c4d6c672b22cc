using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CodeTables.Generator.Parsing;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Tables;

/// <summary>
/// Every reference in tables/ resolves: for each column a table's 'references' directive declares, read here from the
/// CSV, every row's accessor returns exactly the cell's codes, as members of the target table. And no table has a
/// reference accessor it does not declare.
/// </summary>
public class ShippedReferencesTests
{
    public static TheoryData<string> Tables() => new(CsvTable.ShippedTables().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_reference_cell_resolves_to_the_codes_it_names(string file)
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, file));
        var assembly = typeof(ShippedReferencesTests).Assembly;
        var enumType = assembly.GetType("CodeTables.Tests.Tables." + table.EnumName) ?? throw new Xunit.Sdk.XunitException($"{file}: no generated enum {table.EnumName}");
        var extensions = assembly.GetType(enumType.FullName + "Extensions")!;

        var declared = Declared(table);
        var accessors = extensions.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith("Get", StringComparison.Ordinal) && m.GetParameters() is [var p] && p.ParameterType == enumType && TargetOf(m.ReturnType) is not null)
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(declared.Select(d => "Get" + Identifiers.PascalCase(d.Column)).Order(StringComparer.Ordinal), accessors);

        foreach (var (column, isList) in declared)
        {
            var accessor = extensions.GetMethod("Get" + Identifiers.PascalCase(column))!;
            var target = TargetOf(accessor.ReturnType)!;
            var targetExtensions = target.Assembly.GetType(target.FullName + "Extensions")!;
            foreach (var row in table.Rows)
            {
                var cell = table.Cell(row, column);
                var expected = isList
                    ? cell.Split(',', ';').Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToArray()
                    : cell.Trim().Length == 0 ? [] : [cell.Trim()];
                foreach (var member in Members(table, row, extensions))
                {
                    var result = accessor.Invoke(null, [member]);
                    var actual = (result is IEnumerable list ? list.Cast<object>() : result is null ? [] : [result])
                        .Select(t => Convert.ToString(Reflect.Call(targetExtensions, "ToCode", t), System.Globalization.CultureInfo.InvariantCulture))
                        .ToArray();
                    Assert.True(expected.SequenceEqual(actual), $"{file} line with {string.Join(",", row)}: {column} '{cell}' gave [{string.Join(", ", actual)}]");
                }
            }
        }
    }

    /// <summary>The reference columns of the table's directive: Column=Type or Column=Type[].</summary>
    private static List<(string Column, bool IsList)> Declared(CsvTable table)
        => table.Directives.TryGetValue("references", out var value)
            ? value.Split(',').Select(e => e.Split('=')).Select(p => (p[0].Trim(), p[1].Trim().EndsWith("[]", StringComparison.Ordinal))).ToList()
            : [];

    /// <summary>The code-table enum an accessor returns (T? or IReadOnlyList&lt;T&gt;), or null.</summary>
    private static Type? TargetOf(Type type)
    {
        var element = Nullable.GetUnderlyingType(type)
            ?? (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null);
        return element is { IsEnum: true } && element.GetCustomAttribute<CodeTableAttribute>() is not null ? element : null;
    }

    /// <summary>The members a row makes: one, or one per code of an integer range.</summary>
    private static IEnumerable<object> Members(CsvTable table, string[] row, Type extensions)
    {
        var keys = table.KeyColumns.Select(k => table.Cell(row, k)).ToArray();
        var integer = keys.Length == 1 && table.Rows.All(r => IsIntegerOrRange(table.Cell(r, table.KeyColumns[0])));
        var codes = integer
            ? RangeOf(keys[0]).Select(c => new object[] { c })
            : [keys.Cast<object>().ToArray()];
        foreach (var code in codes)
        {
            var (found, value) = Reflect.TryFromCode(extensions, code);
            Assert.True(found, $"code {string.Join(", ", code)}");
            yield return value!;
        }
    }

    private static IEnumerable<int> RangeOf(string cell)
    {
        var parts = cell.Split('~');
        return Enumerable.Range(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture) - int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) + 1);
    }

    private static bool IsIntegerOrRange(string cell) => cell.Split('~').All(p => int.TryParse(p, out _));
}
