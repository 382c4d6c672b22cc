using System.Collections.Generic;

namespace CodeTables.Generator.Parsing
{
    /// <summary>
    /// Finds where each field of one raw CSV record starts and ends, so diagnostics can point at a cell.
    /// CsvHelper does the parsing; this only locates, following the same RFC 4180 quoting rules.
    /// </summary>
    internal static class FieldScanner
    {
        /// <summary>The offsets (within the raw record) of each field.</summary>
        /// <param name="unterminatedField">The start of a quoted field that never closes, or -1.</param>
        public static List<(int Start, int End)> Scan(string raw, out int unterminatedField)
        {
            var fields = new List<(int, int)>();
            unterminatedField = -1;
            var start = 0;
            var inQuotes = false;
            var i = 0;
            for (; i < raw.Length; i++)
            {
                var c = raw[i];
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (i + 1 < raw.Length && raw[i + 1] == '"')
                        {
                            i++;
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                }
                else if (c == '"' && i == start)
                {
                    inQuotes = true;
                }
                else if (c == ',')
                {
                    fields.Add((start, i));
                    start = i + 1;
                }
                else if (c == '\r' || c == '\n')
                {
                    break;
                }
            }

            if (inQuotes)
            {
                unterminatedField = start;
            }

            fields.Add((start, i));
            return fields;
        }
    }
}
