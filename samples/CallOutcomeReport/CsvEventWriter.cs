using System;
using System.Globalization;
using System.IO;
using System.Text;
using CodeTables;
using CsvHelper;
using CsvHelper.Configuration;

namespace CallOutcomeReport;

/// <summary>
/// Writes classified events as RFC 4180 CSV (CRLF line ends, fields with commas, quotes or line breaks quoted,
/// quotes doubled). The first five columns are the export's, so the output is itself a valid export.
/// </summary>
internal sealed class CsvEventWriter : IDisposable
{
    /// <summary>The header row.</summary>
    public static readonly string[] Columns =
        ["timestamp", "vendor", "code", "code2", "number", "line", "in_table", "member", "outcome", "category", "retryable"];

    private readonly CsvWriter csv;

    /// <summary>Creates a writer over <paramref name="writer"/>, which it disposes, and writes the header.</summary>
    /// <param name="writer">Where the CSV goes.</param>
    public CsvEventWriter(TextWriter writer)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        csv = new CsvWriter(writer, config);
        foreach (string column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
    }

    /// <summary>Creates (or overwrites) a UTF-8 CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="IOException">The file cannot be created.</exception>
    public static CsvEventWriter Create(string path) =>
        new(new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16));

    /// <summary>Writes one event.</summary>
    /// <param name="e">The event.</param>
    public void Write(in ClassifiedEvent e)
    {
        csv.WriteField(e.TimestampText);
        csv.WriteField(e.Vendor.Key);
        csv.WriteField(e.Code);
        csv.WriteField(e.Code2);
        csv.WriteField(e.Number);
        csv.WriteField(e.Line.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(e.Lookup.InTable ? "yes" : "no");
        csv.WriteField(e.Lookup.Member ?? string.Empty);
        csv.WriteField(e.Outcome.ToStringFast());
        csv.WriteField(e.Category.ToStringFast());
        csv.WriteField(e.Retryable ? "yes" : "no");
        csv.NextRecord();
    }

    /// <inheritdoc />
    public void Dispose() => csv.Dispose();
}
