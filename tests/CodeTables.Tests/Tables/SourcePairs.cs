using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeTables.Tests.Harness;

namespace CodeTables.Tests.Tables;

/// <summary>
/// One mapping of a publisher (an RFC table or an engine function) as transcribed from its source into
/// Tables/Sources: From -> To code pairs, with the source's defaults written as <c>*</c> (anything not listed),
/// <c>4xx</c>/<c>5xx</c>/<c>6xx</c> (a class) or <c>4xx-6xx</c>. Rows with a Condition (the RFC's "if the cause
/// location is 'user'" alternatives) are not the mapping and are left out.
/// </summary>
public sealed class SourcePairs
{
    private readonly Dictionary<string, string> _pairs;

    private SourcePairs(string file, Dictionary<string, string> pairs)
    {
        File = file;
        _pairs = pairs;
    }

    public string File { get; }

    public IReadOnlyCollection<string> Listed => _pairs.Keys.Where(k => k != "*" && !k.Contains("xx", StringComparison.Ordinal)).ToList();

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "CodeTables.Tests", "Tables", "Sources");

    public static SourcePairs Read(string file, string from = "From", string to = "To")
    {
        var table = CsvTable.Read(Path.Combine(Folder, file));
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Where(r => table.Cell(r, "Condition").Length == 0))
        {
            pairs.Add(table.Cell(row, from), table.Cell(row, to));
        }

        return new SourcePairs(file, pairs);
    }

    /// <summary>What the source maps <paramref name="code"/> to: its own row, else its class default, else its default; null if none applies.</summary>
    public string? Map(string code)
    {
        if (_pairs.TryGetValue(code, out var listed))
        {
            return listed;
        }

        if (int.TryParse(code, out var number) && number is >= 400 and <= 699)
        {
            if (_pairs.TryGetValue($"{number / 100}xx", out var byClass) || _pairs.TryGetValue("4xx-6xx", out byClass))
            {
                return byClass;
            }
        }

        return _pairs.TryGetValue("*", out var fallback) ? fallback : null;
    }
}
