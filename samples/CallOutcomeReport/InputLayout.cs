using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CallOutcomeReport;

/// <summary>The kinds of file the report reads, in <see cref="InputLayout.FormatNames"/> order: this sample's export
/// (a header, then timestamp, vendor, code, code2, number), Asterisk <c>cdr_csv</c> <c>Master.csv</c>, FreeSWITCH
/// <c>mod_cdr_csv</c> (default template, or one that starts like it).</summary>
internal enum InputFormat { Export, AsteriskCdr, FreeSwitchCdr }

/// <summary>The file cannot be read at all (empty, no usable header, format unknown).</summary>
internal sealed class ExportFormatException(string message) : Exception(message);

/// <summary>Where a format keeps the fields of an event, and the checks that make a record an event or a bad row.</summary>
internal sealed class InputLayout
{
    public const string FormatNames = "export|asterisk-cdr|freeswitch-cdr";
    private static readonly string[] ExportColumns = ["timestamp", "vendor", "code", "code2", "number"];

    // The call-detail record formats by InputFormat: fields as cdr/cdr_csv.c and mod_cdr_csv's default template write them.
    private static readonly InputLayout?[] Cdr =
    [
        null,
        new(InputFormat.AsteriskCdr, "an Asterisk Master.csv line", 16, 21, [9, -1, 14, -1, 2], ["start", "", "disposition", "", "dst"], "asterisk-cdr"),
        new(InputFormat.FreeSwitchCdr, "a FreeSWITCH mod_cdr_csv line", 13, int.MaxValue, [4, -1, 9, -1, 2],
            ["start_stamp", "", "hangup_cause", "", "destination_number"], "freeswitch"),
    ];

    private readonly string _what;
    private readonly int _minFields, _maxFields;
    private readonly int[] _columns; // timestamp, vendor, code, code2, number; -1 = not in this format
    private readonly string[] _names;
    private readonly Vendor? _vendor; // the one vendor kind of a call-detail record format

    private InputLayout(InputFormat format, string what, int minFields, int maxFields, int[] columns, string[] names, string? vendor) =>
        (Format, _what, _minFields, _maxFields, _columns, _names, _vendor) =
        (format, what, minFields, maxFields, columns, names, vendor is null ? null : Vendor.Find(vendor));

    public InputFormat Format { get; }

    private string Range => _minFields == _maxFields ? $"{_minFields}" : _maxFields == int.MaxValue ? $"at least {_minFields}" : $"{_minFields} to {_maxFields}";

    public static InputFormat? ParseFormat(string? name) => Array.IndexOf(FormatNames.Split('|'), name) is int i and >= 0 ? (InputFormat)i : null;

    /// <summary>The layout for the given format, or for the one format the first record fits.</summary>
    /// <exception cref="ExportFormatException">No format, or more than one, fits; or the export's header is unusable.</exception>
    public static InputLayout For(CsvRecords first, InputFormat? format)
    {
        var fits = format is { } f ? [f] : Enum.GetValues<InputFormat>().Where(x => !first.TooLong && Fits(x, first.Fields)).ToArray();
        if (fits.Length != 1)
        {
            throw new ExportFormatException((fits.Length == 0
                ? "cannot tell the format from the first line (not an export header, Asterisk Master.csv or FreeSWITCH mod_cdr_csv line)"
                : $"the first line fits {string.Join(" and ", fits.Select(x => FormatNames.Split('|')[(int)x]))}") + DelimiterHint(first.Fields)
                + $"; choose one with --format {FormatNames}");
        }

        return Cdr[(int)fits[0]] ?? FromHeader(first);
    }

    /// <summary>Checks and classifies the current record.</summary>
    /// <returns>Null when <paramref name="e"/> is an event, else what is wrong with the record.</returns>
    public string? Read(CsvRecords r, out CallEvent e)
    {
        var f = r.Fields;
        string Field(int i) => _columns[i] >= 0 && _columns[i] < f.Count ? f[_columns[i]] : string.Empty;
        var missing = Enumerable.Range(0, 5).Where(i => _columns[i] >= 0 && i != 3 && Field(i).Length == 0).Select(i => _names[i]).ToArray();
        var v = _vendor ?? Vendor.Find(Field(1));
        string time = Field(0), code = Field(2), code2 = Field(3);
        DateTimeOffset timestamp = default;
        CodeTables.ICodeTableEntry? entry = null;
        var problem = r.TooLong ? $"longer than the limit of {Report.N(r.MaxChars)} characters" + (r.LastLine > r.Line ? $" (lines {r.Line}-{r.LastLine})" : string.Empty)
            : r.Malformed && r.LastLine > r.Line ? $"malformed quoting: an unmatched quote makes one record of lines {r.Line}-{r.LastLine}"
            : r.Malformed ? "malformed quoting (a quote inside an unquoted field, or an unclosed quoted field)" + DelimiterHint(f)
            : f.Count < _minFields || f.Count > _maxFields ? $"{f.Count} field{(f.Count == 1 ? string.Empty : "s")}, {_what} has {Range}" + DelimiterHint(f)
            : missing.Length > 0 ? "missing " + string.Join(", ", missing)
            : v is null ? $"unknown vendor '{TextTable.Printable(Field(1))}'"
            : v.Code2Required && code2.Length == 0 ? $"missing code2 ({v.Key}: {v.CodeMeaning})"
            : !DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp)
                ? $"{_names[0]} '{TextTable.Printable(time)}' is not a date and time"
            : !v.TryLookup(code, code2, out entry) ? $"{_names[2]} '{TextTable.Printable(code)}' is not an integer ({v.Key} codes are numbers)"
            : null;
        e = problem is null ? new CallEvent(r.Line, timestamp, time, v!, code, code2, Field(4), entry) : default;
        return problem;
    }

    // An export header names one of the export's columns. A call-detail record has the format's field count, a date
    // where the start time is, and where the code is one of the strings Asterisk's cdr.c writes, or a FreeSWITCH cause
    // name (NORMAL_CLEARING; new causes appear, so any upper-case name). FreeSWITCH's "asterisk" template fits neither.
    private static bool Fits(InputFormat format, List<string> first) => Cdr[(int)format] is not { } l
        ? first.SelectMany(h => h.Split(';', '\t')).Any(h => ExportColumns.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase))
        : first.Count >= l._minFields && first.Count <= l._maxFields
            && DateTimeOffset.TryParse(first[l._columns[0]], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            && (format == InputFormat.AsteriskCdr ? l._vendor!.Table.TryFind([first[l._columns[2]]], out _)
                : first[l._columns[2]] is { Length: > 0 } code && code.All(c => c is (>= 'A' and <= 'Z') or '_'));

    private static InputLayout FromHeader(CsvRecords header)
    {
        var h = header.Fields;
        var _columns = ExportColumns.Select(c => h.FindIndex(x => string.Equals(x, c, StringComparison.OrdinalIgnoreCase))).ToArray();
        var missing = ExportColumns.Where((c, i) => _columns[i] < 0 && c != "code2").ToArray();
        return missing.Length == 0 && !header.TooLong ? new(InputFormat.Export, "the header", h.Count, h.Count, _columns, ExportColumns, null)
            : throw new ExportFormatException(header.TooLong ? $"the header line is longer than {Report.N(header.MaxChars)} characters"
                : $"the header line has no column {string.Join(", ", missing)}; expected 'timestamp,vendor,code,code2,number' (code2 optional)" + DelimiterHint(h));
    }

    // Excel writes ';' (or tabs) where the list separator is not ','; the file then has one field a line.
    private static string DelimiterHint(List<string> f) => f.Count == 1 && f[0].IndexOfAny([';', '\t']) is int i and >= 0
        ? $"; the line is separated by {(f[0][i] == ';' ? "';'" : "tabs")}, not commas: save it as comma-separated CSV" : string.Empty;
}
