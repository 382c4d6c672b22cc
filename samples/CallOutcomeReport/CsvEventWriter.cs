using System.Globalization;
using System.Text;
using CodeTables;
using CsvHelper;

namespace CallOutcomeReport;

/// <summary>
/// Writes classified events as RFC 4180 CSV with CsvHelper (CRLF line ends; fields with commas, quotes, line breaks or
/// outer spaces quoted, quotes doubled). The first five columns are the export's, so the output is itself a valid export; call_id
/// names the call where the format links legs (empty where it does not: each record is then its own call).
/// </summary>
internal sealed class CsvEventWriter : IDisposable
{
    public static readonly string[] Columns =
        ["timestamp", "vendor", "code", "code2", "number", "line", "in_table", "member", "outcome", "category", "retryable", "call_id", "rule"];

    private readonly CsvWriter _csv;

    public CsvEventWriter(TextWriter writer)
    {
        _csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        WriteRow(Columns);
    }

    public static CsvEventWriter Create(string path) => new(new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16)); // UTF-8, no BOM

    public void Write(in CallEvent e) => WriteRow(e.TimeText, e.Vendor.Key, e.Code, e.Code2, e.Number, e.Line.ToString(CultureInfo.InvariantCulture),
        e.Entry is null ? "no" : "yes", e.Entry?.Name ?? string.Empty, e.Outcome.ToStringFast(), e.Outcome.GetCategory().ToStringFast(), e.Retryable ? "yes" : "no",
        e.CallId, e.Decision?.Rule ?? string.Empty);

    public void Dispose() => _csv.Dispose();

    private void WriteRow(params string[] fields)
    {
        foreach (var field in fields)
        {
            _csv.WriteField(field);
        }

        _csv.NextRecord();
    }
}
