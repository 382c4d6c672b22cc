using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CallOutcomeReport;

/// <summary>
/// Streams the rows of a call export (RFC 4180 CSV with a header row naming the columns
/// <c>timestamp, vendor, code, code2, number</c> in any order; <c>code2</c> is optional, other columns are ignored).
/// One row is in memory at a time.
/// </summary>
internal sealed class ExportReader : IDisposable
{
    private readonly TextReader reader;
    private readonly CsvParser parser;
    private bool malformed;

    /// <summary>Creates a reader over <paramref name="reader"/>, which it disposes.</summary>
    /// <param name="reader">The export's text.</param>
    public ExportReader(TextReader reader)
    {
        this.reader = reader;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = false, // skipped in ReadRows, which counts their lines
            BadDataFound = _ => malformed = true,
        };
        parser = new CsvParser(reader, config);
    }

    /// <summary>Opens an export file (UTF-8, a BOM is allowed).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ExportReader Open(string path) =>
        new(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16));

    /// <summary>Reads the header, then yields the data rows one at a time. Blank lines are skipped.</summary>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="ExportFormatException">The export is empty or its header lacks a required column.</exception>
    public IEnumerable<ExportRow> ReadRows()
    {
        // Line numbers are counted here from each record's raw text (a quoted field may span lines), so they are
        // exact for blank lines, multi-line fields and an unclosed quote at the end of the file alike.
        long nextLine = 1;
        string[]? header = null;
        while (header is null && parser.Read())
        {
            RawShape shape = RawShape.Of(parser.RawRecord);
            nextLine += shape.LineBreaks;
            if (!IsBlank())
            {
                header = parser.Record ?? [];
            }
        }

        if (header is null)
        {
            throw new ExportFormatException(
                "the export is empty; its first line must be the header 'timestamp,vendor,code,code2,number'");
        }

        ColumnMap columns = ColumnMap.FromHeader(header);
        malformed = false;
        while (parser.Read())
        {
            long line = nextLine;
            RawShape shape = RawShape.Of(parser.RawRecord);
            nextLine += shape.LineBreaks;
            if (IsBlank())
            {
                malformed = false;
                continue;
            }

            int count = parser.Count;
            yield return new ExportRow(
                line,
                line + shape.InnerLineBreaks,
                count,
                columns.Count,
                malformed || shape.OddQuotes,
                Field(columns.Timestamp, count),
                Field(columns.Vendor, count),
                Field(columns.Code, count),
                columns.Code2 < 0 ? string.Empty : Field(columns.Code2, count),
                Field(columns.Number, count));
            malformed = false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        parser.Dispose();
        reader.Dispose();
    }

    private bool IsBlank() => parser.Count == 1 && parser[0].Length == 0;

    private string? Field(int index, int count) => index < count ? parser[index] : null;

    /// <summary>What the raw text of a record says about it.</summary>
    /// <param name="LineBreaks">Line breaks in the record (CRLF, LF or CR), including the one that ends it.</param>
    /// <param name="InnerLineBreaks">Line breaks inside the record's fields (it spans this many lines more than one).</param>
    /// <param name="OddQuotes">An odd number of quote characters: the record's quoting is not valid RFC 4180.</param>
    private readonly record struct RawShape(int LineBreaks, int InnerLineBreaks, bool OddQuotes)
    {
        public static RawShape Of(string raw)
        {
            int breaks = 0;
            int quotes = 0;
            for (int i = 0; i < raw.Length; i++)
            {
                char c = raw[i];
                if (c == '"')
                {
                    quotes++;
                }
                else if (c == '\n' || (c == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')))
                {
                    breaks++;
                }
            }

            bool endsWithBreak = raw.Length > 0 && raw[^1] is '\n' or '\r';
            return new RawShape(breaks, endsWithBreak ? breaks - 1 : breaks, (quotes & 1) == 1);
        }
    }

    /// <summary>Where each named column is in the header.</summary>
    private readonly record struct ColumnMap(int Count, int Timestamp, int Vendor, int Code, int Code2, int Number)
    {
        public static ColumnMap FromHeader(string[] header)
        {
            var missing = new List<string>();
            int Find(string name, bool required)
            {
                int index = Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
                if (index < 0 && required)
                {
                    missing.Add(name);
                }

                return index;
            }

            var map = new ColumnMap(
                header.Length,
                Find("timestamp", true),
                Find("vendor", true),
                Find("code", true),
                Find("code2", false),
                Find("number", true));
            if (missing.Count > 0)
            {
                throw new ExportFormatException(
                    $"the header line has no column {string.Join(", ", missing)}; "
                    + "expected 'timestamp,vendor,code,code2,number' (code2 optional)");
            }

            return map;
        }
    }
}
