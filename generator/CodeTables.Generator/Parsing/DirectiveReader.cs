using System;
using System.Collections.Generic;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;
using CodeTables.Shared;

namespace CodeTables.Generator.Parsing;

/// <summary>Reads the '# key: value' lines before a table's header.</summary>
internal static class DirectiveReader
{
    /// <summary>What Excel appends to a line when it pads a sheet: delimiters and spaces.</summary>
    private static readonly char[] Padding = { ',', ';', '\t', ' ' };

    /// <summary>Reads directives from the top of <paramref name="text"/>.</summary>
    /// <param name="headerOffset">Where the header row starts (the text's length when there is none).</param>
    /// <param name="directiveLocations">Where each directive is, for diagnostics about its value.</param>
    public static TableSettings Read(
        string text,
        string tableName,
        TextLocator locator,
        List<DiagnosticInfo> diagnostics,
        out int headerOffset,
        out Dictionary<string, LocationInfo> directiveLocations)
    {
        var settings = TableSettings.None;
        directiveLocations = new Dictionary<string, LocationInfo>();
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (offset < text.Length)
        {
            var end = CsvReader.LineEnd(text, offset);
            var line = text.Substring(offset, end - offset);

            // A line of nothing but padding (",,,," from Excel) is blank.
            var trimmed = line.Trim().TrimEnd(Padding).Length == 0 ? string.Empty : line.Trim();
            if (trimmed.StartsWith("\"#", StringComparison.Ordinal))
            {
                // Excel quotes a cell that holds a delimiter: "# source: A, B",,, is the directive '# source: A, B'.
                var record = CsvReader.Read(text, offset, ',').GetEnumerator();
                record.MoveNext();
                if (record.Current.UnterminatedField < 0 && record.Current.End == end)
                {
                    trimmed = record.Current.Fields[0].Value.Trim();
                }
            }

            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                headerOffset = offset;
                return settings;
            }

            if (trimmed.Length > 0)
            {
                var location = locator.At(offset, line.Length);
                var colon = trimmed.IndexOf(':');
                if (colon < 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.MalformedDirective, location, tableName, location.Line.ToString()));
                }
                else
                {
                    var key = trimmed.Substring(1, colon - 1).Trim().ToLowerInvariant();
                    var raw = trimmed.Substring(colon + 1).Trim();

                    // "# enum: X,,,," is X: Excel's padding is not part of the value. A delimiter directive names one.
                    var value = key == "delimiter" && raw.Length > 0 && Array.IndexOf(CsvReader.Delimiters, raw[0]) >= 0
                        ? raw.Substring(0, 1)
                        : raw.TrimEnd(Padding).Trim();
                    if (Array.IndexOf(TableSettings.DirectiveNames, key) < 0)
                    {
                        var nearest = NearestName.Find(key, TableSettings.DirectiveNames);
                        diagnostics.Add(DiagnosticInfo.Create(
                            Descriptors.UnknownDirective, location, tableName, key, location.Line.ToString(),
                            nearest is null ? string.Empty : $" (did you mean '{nearest}'?)",
                            string.Join(", ", TableSettings.DirectiveNames)));
                    }
                    else
                    {
                        settings = settings.With(key, value);
                        directiveLocations[key] = location;
                    }
                }
            }

            offset = CsvReader.NextLine(text, end);
        }

        headerOffset = text.Length;
        return settings;
    }
}
