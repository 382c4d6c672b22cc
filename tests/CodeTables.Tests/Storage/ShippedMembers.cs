using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeTables.Tests.Harness;
using CodeTables.Tests.Tables;

namespace CodeTables.Tests.Storage;

/// <summary>One member of a shipped table with its code as the CSV writes it (read by <see cref="CsvTable"/>, not by the generator).</summary>
/// <param name="Value">The generated enum member (of this test project's compiled tables).</param>
/// <param name="Code">The code's parts as the CSV's cells (one for integer and string codes; a range row gives one member per code).</param>
/// <param name="Integer">Whether the table's codes are integers.</param>
public sealed record ShippedMember(object Value, string[] Code, bool Integer)
{
    /// <summary>
    /// The code as one stored text, worked out here from the cells: the integer or string as it is, a composite code's
    /// parts joined with '|' with '|' and '\' escaped by '\' (docs/configuration.md, "Storing codes").
    /// </summary>
    public string StoredText => string.Join("|", Code.Select(p => p.Replace("\\", "\\\\").Replace("|", "\\|")));

    /// <summary>Every shipped table's file name.</summary>
    public static IEnumerable<string> Files => CsvTable.ShippedTables().Select(p => Path.GetFileName(p)!);

    /// <summary>The generated enum of a shipped table.</summary>
    public static Type EnumType(string file)
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, file));
        return typeof(ShippedMember).Assembly.GetType("CodeTables.Tests.Tables." + table.EnumName)
            ?? throw new Xunit.Sdk.XunitException($"{file}: no generated enum {table.EnumName}");
    }

    /// <summary>Every member of a shipped table, in the CSV's row order.</summary>
    public static List<ShippedMember> Of(string file)
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, file));
        var extensions = typeof(ShippedMember).Assembly.GetType(EnumType(file).FullName + "Extensions")!;
        var integer = table.KeyColumns.Length == 1 && table.Rows.All(r => table.Cell(r, "Code").Split('~').All(p => int.TryParse(p, out _)));
        var members = new List<ShippedMember>();
        foreach (var row in table.Rows)
        {
            var cells = table.KeyColumns.Select(k => table.Cell(row, k)).ToArray();
            var codes = integer ? Range(cells[0]).Select(c => new[] { c }) : [cells];
            foreach (var code in codes)
            {
                var (found, value) = integer ? Reflect.TryFromCode(extensions, int.Parse(code[0], System.Globalization.CultureInfo.InvariantCulture)) : Reflect.TryFromCode(extensions, code);
                members.Add(new ShippedMember(found ? value! : throw new Xunit.Sdk.XunitException($"{file}: ({string.Join(", ", code)}) is no member"), code, integer));
            }
        }

        return members;
    }

    private static IEnumerable<string> Range(string cell)
    {
        var parts = cell.Split('~');
        for (var code = int.Parse(parts[0]); code <= int.Parse(parts[^1]); code++)
        {
            yield return code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
