using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;

namespace CodeTables.Tests.Tables;

/// <summary>
/// A shipped table read the plain way (directives, header, rows), independently of the generator, so the tests
/// compare the generated API with what the CSV says.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string path, Dictionary<string, string> directives, string[] header, List<string[]> rows)
    {
        Path = path;
        Directives = directives;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public Dictionary<string, string> Directives { get; }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public string EnumName => Directives.TryGetValue("enum", out var name) ? name : string.Concat(System.IO.Path.GetFileNameWithoutExtension(Path).Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    public string[] KeyColumns => Directives.TryGetValue("key", out var key) ? key.Split(',').Select(k => k.Trim()).ToArray() : ["Code"];

    public string Cell(string[] row, string column)
    {
        var index = Array.FindIndex(Header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index < row.Length ? row[index] : string.Empty;
    }

    public static CsvTable Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var directives = new Dictionary<string, string>();
        var body = 0;
        for (; body < lines.Length && (lines[body].StartsWith('#') || lines[body].Trim().Length == 0); body++)
        {
            var text = lines[body].TrimStart('#');
            var colon = text.IndexOf(':');
            if (colon > 0)
            {
                directives[text[..colon].Trim()] = text[(colon + 1)..].Trim();
            }
        }

        using var reader = new CsvReader(new StringReader(string.Join("\n", lines.Skip(body))), new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(reader.Parser.Record!);
        }

        return new CsvTable(path, directives, records[0].Select(h => h.Trim()).ToArray(), records.Skip(1).ToList());
    }

    public static IEnumerable<string> ShippedTables()
        => Directory.GetFiles(Harness.RepositoryPaths.Tables, "*.csv").OrderBy(p => p, StringComparer.Ordinal);
}
