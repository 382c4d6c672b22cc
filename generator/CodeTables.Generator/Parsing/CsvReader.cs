using System.Collections.Generic;

namespace CodeTables.Generator.Parsing;

/// <summary>One field of a record: its text and where it is in the file.</summary>
internal readonly struct CsvField
{
    public CsvField(string value, int start, int end)
    {
        Value = value;
        Start = start;
        End = end;
    }

    /// <summary>The cell's text, quotes removed and doubled quotes undone.</summary>
    public string Value { get; }

    /// <summary>Offset of the field's first character (its opening quote, if any) in the file.</summary>
    public int Start { get; }

    /// <summary>Offset just after the field's last character in the file.</summary>
    public int End { get; }
}

/// <summary>One CSV record (a row, which may span lines inside quotes) with the place of every field.</summary>
internal sealed class CsvRecord
{
    public CsvRecord(List<CsvField> fields, int start, int end, int badField, int unterminatedField, bool isComment)
    {
        Fields = fields;
        Start = start;
        End = end;
        BadField = badField;
        UnterminatedField = unterminatedField;
        IsComment = isComment;
    }

    public List<CsvField> Fields { get; }

    /// <summary>Offset of the record's first character in the file.</summary>
    public int Start { get; }

    /// <summary>Offset of the end of the record, before its line break.</summary>
    public int End { get; }

    /// <summary>Index of the first field with a quote inside an unquoted field or text after a closing quote; -1 if none.</summary>
    public int BadField { get; }

    /// <summary>Offset of a quoted field that never closes (everything after it was swallowed); -1 if none.</summary>
    public int UnterminatedField { get; }

    /// <summary>A line that begins with '#' (after the header: a comment, such as a section heading).</summary>
    public bool IsComment { get; }

    public bool IsBlank
    {
        get
        {
            foreach (var cell in Fields)
            {
                if (!string.IsNullOrWhiteSpace(cell.Value))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>
/// The generator's one CSV reader (RFC 4180 quoting, with a chosen delimiter). It reads the cells and, in the same
/// pass, where each cell starts and ends, so that every diagnostic can point at its cell. It replaces CsvHelper,
/// whose parser exposes a record's fields and raw text but not where each field is, which made a second scanner
/// necessary; one reader also means the generator loads no assembly of its own beside Roslyn.
/// </summary>
internal static class CsvReader
{
    /// <summary>The delimiters a header line is tried with, in order of preference on a tie.</summary>
    public static readonly char[] Delimiters = { ',', ';', '\t' };

    /// <summary>Reads every record from <paramref name="offset"/> to the end of <paramref name="text"/>.</summary>
    public static IEnumerable<CsvRecord> Read(string text, int offset, char delimiter)
    {
        while (offset < text.Length)
        {
            var record = ReadRecord(text, ref offset, delimiter);
            yield return record;
        }
    }

    /// <summary>The one record that starts at <paramref name="offset"/>, read with <paramref name="delimiter"/>.</summary>
    public static CsvRecord ReadOne(string text, int offset, char delimiter) => ReadRecord(text, ref offset, delimiter);

    /// <summary>
    /// The delimiter of the line at <paramref name="offset"/>: whichever of ',', ';' and tab occurs most often outside
    /// quotes (',' when none does), so a file saved by a European Excel (';') or as tab-separated text reads as meant.
    /// </summary>
    public static char Detect(string text, int offset)
    {
        var counts = new int[Delimiters.Length];
        var inQuotes = false;
        for (var i = offset; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c == '\r' || c == '\n'))
            {
                break;
            }
            else if (!inQuotes)
            {
                var index = System.Array.IndexOf(Delimiters, c);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Delimiters[best];
    }

    /// <summary>How a delimiter is named in messages.</summary>
    public static string Describe(char delimiter) => delimiter switch
    {
        ',' => "',' (comma)",
        ';' => "';' (semicolon)",
        '\t' => "tab",
        _ => "'" + delimiter + "'",
    };

    private static CsvRecord ReadRecord(string text, ref int offset, char delimiter)
    {
        var start = offset;
        var fields = new List<CsvField>();
        var badField = -1;
        var unterminated = -1;

        // A line that begins with '#' is a comment as a whole: its text is never parsed as cells. A quoted first cell
        // is data, so a code that begins with '#' can still be written ("#31").
        var first = offset;
        while (first < text.Length && (text[first] == ' ' || text[first] == '\t') && text[first] != delimiter)
        {
            first++;
        }

        if (first < text.Length && text[first] == '#')
        {
            var end = LineEnd(text, offset);
            fields.Add(new CsvField(text.Substring(offset, end - offset), offset, end));
            offset = NextLine(text, end);
            return new CsvRecord(fields, start, end, -1, -1, isComment: true);
        }

        while (true)
        {
            var fieldStart = offset;
            string value;
            var bad = false;
            if (offset < text.Length && text[offset] == '"')
            {
                var builder = new System.Text.StringBuilder();
                offset++;
                var closed = false;
                while (offset < text.Length)
                {
                    var c = text[offset++];
                    if (c != '"')
                    {
                        builder.Append(c);
                    }
                    else if (offset < text.Length && text[offset] == '"')
                    {
                        builder.Append('"');
                        offset++;
                    }
                    else
                    {
                        closed = true;
                        break;
                    }
                }

                if (!closed)
                {
                    unterminated = fieldStart;
                }

                // Text after the closing quote is kept, but the field is bad.
                var rest = offset;
                while (offset < text.Length && text[offset] != delimiter && text[offset] != '\r' && text[offset] != '\n')
                {
                    offset++;
                }

                bad = offset > rest;
                builder.Append(text, rest, offset - rest);
                value = builder.ToString();
            }
            else
            {
                while (offset < text.Length && text[offset] != delimiter && text[offset] != '\r' && text[offset] != '\n')
                {
                    bad |= text[offset] == '"';
                    offset++;
                }

                value = text.Substring(fieldStart, offset - fieldStart);
            }

            if (bad && badField < 0)
            {
                badField = fields.Count;
            }

            fields.Add(new CsvField(value, fieldStart, offset));
            if (offset < text.Length && text[offset] == delimiter)
            {
                offset++;
                continue;
            }

            var recordEnd = offset;
            offset = NextLine(text, offset);
            return new CsvRecord(fields, start, recordEnd, badField, unterminated, isComment: false);
        }
    }

    public static int LineEnd(string text, int offset)
    {
        while (offset < text.Length && text[offset] != '\r' && text[offset] != '\n')
        {
            offset++;
        }

        return offset;
    }

    public static int NextLine(string text, int lineEnd)
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
