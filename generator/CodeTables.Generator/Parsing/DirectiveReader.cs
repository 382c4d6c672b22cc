using System;
using System.Collections.Generic;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;

namespace CodeTables.Generator.Parsing
{
    /// <summary>Reads the '# key: value' lines before a table's header.</summary>
    internal static class DirectiveReader
    {
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
                var end = LineEnd(text, offset);
                var line = text.Substring(offset, end - offset);
                var trimmed = line.Trim();
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
                        var value = trimmed.Substring(colon + 1).Trim();
                        if (Array.IndexOf(TableSettings.DirectiveNames, key) < 0)
                        {
                            var nearest = NearestName.Find(key, TableSettings.DirectiveNames);
                            diagnostics.Add(DiagnosticInfo.Create(
                                Descriptors.UnknownDirective, location, tableName, key, location.Line.ToString(),
                                nearest is null ? string.Empty : $" (did you mean '{nearest}'?)"));
                        }
                        else
                        {
                            settings = settings.With(key, value);
                            directiveLocations[key] = location;
                        }
                    }
                }

                offset = NextLine(text, end);
            }

            headerOffset = text.Length;
            return settings;
        }

        private static int LineEnd(string text, int offset)
        {
            while (offset < text.Length && text[offset] != '\r' && text[offset] != '\n')
            {
                offset++;
            }

            return offset;
        }

        private static int NextLine(string text, int lineEnd)
        {
            if (lineEnd < text.Length && text[lineEnd] == '\r')
            {
                lineEnd++;
            }

            if (lineEnd < text.Length && text[lineEnd] == '\n')
            {
                lineEnd++;
            }

            return lineEnd;
        }
    }
}
