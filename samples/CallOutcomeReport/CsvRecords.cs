using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CallOutcomeReport;

/// <summary>
/// The records of a CSV file as CsvHelper's parser reads them (RFC 4180; spaces around fields trimmed outside quotes;
/// blank lines skipped), with the lines each spans and what was wrong with it. Memory is bounded by CsvHelper's
/// field-size limit: a record with a longer field is read to its end but not kept (<see cref="TooLong"/>). Blank
/// lines are skipped here, not by the parser, which would take the line break after a field cut at the limit for a
/// blank line and read the next record as the rest of the long one.
/// </summary>
internal sealed class CsvRecords : IDisposable
{
    private readonly TextReader _reader;
    private readonly CsvParser _parser;
    private long _skewedRows; // Read calls that went on inside a record too long to keep: each counted one line too many

    public CsvRecords(TextReader reader, int maxFieldChars)
    {
        (_reader, MaxFieldChars) = (reader, maxFieldChars);
        _parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            MaxFieldSize = maxFieldChars,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = false,
            BadDataFound = bad => (Malformed, Unclosed) = (true, Unclosed || NeverClosed(bad.Field, bad.RawRecord)),
        });
    }

    /// <summary>The current record's fields (none when it is <see cref="TooLong"/>).</summary>
    public string[] Fields { get; private set; } = [];

    /// <summary>The lines the current record starts and ends on (a quoted field may span lines).</summary>
    public long Line { get; private set; }
    public long LastLine { get; private set; }

    /// <summary>A quote inside an unquoted field, text after a closing quote, or a quote never closed.</summary>
    public bool Malformed { get; private set; }

    /// <summary>A field is longer than <see cref="MaxFieldChars"/>.</summary>
    public bool TooLong { get; private set; }

    /// <summary>The file ends inside a quoted field (a truncated file, or a quote never closed).</summary>
    public bool Unclosed { get; private set; }
    public int MaxFieldChars { get; }

    /// <summary>How much of the file has been read, 0 to 1 (0 when the length is not known).</summary>
    public double Fraction => _reader is StreamReader { BaseStream: { CanSeek: true, Length: > 0 } s } ? (double)s.Position / s.Length : 0;

    /// <summary>Moves to the next record that is not a blank line; false at the end of the file.</summary>
    public bool Read()
    {
        bool found;
        do
        {
            (Malformed, Unclosed, TooLong) = (false, false, false);
            found = ReadRecord();
        }
        while (found && !TooLong && !Malformed && Fields is [""]); // a blank line, or one of spaces
        return found;
    }

    public void Dispose() => _parser.Dispose();

    private bool ReadRecord()
    {
        try
        {
            if (!_parser.Read())
            {
                return false;
            }

            Fields = _parser.Record!;
            Line = _parser.RawRow - _skewedRows - Fields.Sum(LineBreaks); // the parser's RawRow counts line breaks inside quotes
            LastLine = _parser.RawRow - _skewedRows - (Unclosed && Fields[^1] is [.., '\n' or '\r'] ? 1 : 0); // an open quote's final line break ends the file
            return true;
        }
        catch (MaxFieldSizeException)
        {
            // The field read so far is at most the limit; the rest of the record is read and dropped. The parser goes on
            // from where it stopped as if a record started there, so each further Read counts a line that is not one.
            var raw = _parser.RawRecord;
            var ended = raw.EndsWith('\n') || raw.EndsWith('\r'); // the limit was passed on the line break that ends it
            (Line, Fields, TooLong) = (_parser.RawRow - _skewedRows - LineBreaks(ended ? raw[..^1] : raw), [], true);
            _skewedRows += raw.EndsWith('\r') ? 1 : 0; // the parser takes the LF of that CRLF for a blank line
            for (; !ended; _skewedRows++)
            {
                try
                {
                    _ = _parser.Read(); // to the end of the record (or of the file)
                    ended = true;
                }
                catch (MaxFieldSizeException)
                {
                    // still inside the record
                }
            }

            LastLine = _parser.RawRow - _skewedRows;
            return true;
        }
    }

    private static int LineBreaks(string s) => s.AsSpan().Count('\n') + s.AsSpan().Count('\r') - s.AsSpan().Count("\r\n");

    // A quoted field whose opening quote is never matched (doubled quotes are quotes inside it) and that runs to the end
    // of its record: the file ended in it. (After a quoted field over the limit, a lone quote can open a field the
    // parser does not take as quoted; that field ends before its record does.)
    private static bool NeverClosed(string field, string record) => field.TrimStart(' ') is ['"', .. var rest]
        && !rest.Replace("\"\"", string.Empty, StringComparison.Ordinal).Contains('"') && record.EndsWith(field, StringComparison.Ordinal);
}
