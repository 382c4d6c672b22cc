using System.Globalization;

namespace CallOutcomeReport;

/// <summary>The kinds of file the report reads, in <see cref="InputLayout.FormatNames"/> order: this sample's export
/// (a header, then timestamp, vendor, code, code2, number), Asterisk <c>cdr_csv</c> <c>Master.csv</c>, FreeSWITCH
/// <c>mod_cdr_csv</c> (default template, or one that starts like it).</summary>
internal enum InputFormat { Export, AsteriskCdr, FreeSwitchCdr }

/// <summary>The file cannot be read at all (empty, no usable header, format unknown or not the one given).</summary>
internal sealed class ExportFormatException(string message) : Exception(message);

/// <summary>Where a format keeps the fields of an event, and the checks that make a record an event or a bad row.</summary>
internal sealed class InputLayout
{
    public const string FormatNames = "export|asterisk-cdr|freeswitch-cdr";
    private const int Time = 0, VendorField = 1, Code = 2, Code2 = 3, Number = 4, CallId = 5, OtherLeg = 6, Answer = 7, Billsec = 8;
    private static readonly string[] ExportColumns = ["timestamp", "vendor", "code", "code2", "number", "call_id"];

    // The call-detail record formats by InputFormat: fields as cdr/cdr_csv.c and mod_cdr_csv's default template write
    // them (timestamp, -, code, -, number, call link, other leg's link, answer time, billsec). Asterisk links legs by
    // linkedid (field 20 of 21-field files, newcdrcolumns=yes), FreeSWITCH by uuid and bleg_uuid.
    private static readonly InputLayout?[] Cdr =
    [
        null,
        new(InputFormat.AsteriskCdr, "an Asterisk Master.csv line", 16, 21, [9, -1, 14, -1, 2, 19, -1, 10, 13],
            ["start", "", "disposition", "", "dst", "linkedid", ""], "asterisk-cdr-disposition"),
        new(InputFormat.FreeSwitchCdr, "a FreeSWITCH mod_cdr_csv line", 13, int.MaxValue, [4, -1, 9, -1, 2, 10, 11, 5, 8],
            ["start_stamp", "", "hangup_cause", "", "destination_number", "uuid", "bleg_uuid"], "freeswitch-hangup-cause"),
    ];

    private readonly string _what;
    private readonly int _minFields, _maxFields;
    private readonly int[] _columns; // by the constants above; -1 = not in this format
    private readonly string[] _names;
    private readonly Vendor[] _vendors;
    private readonly Vendor? _vendor; // the one vendor kind of a call-detail record format
    private readonly Dictionary<string, string> _legToCall = new(StringComparer.Ordinal);

    private InputLayout(InputFormat format, string what, int minFields, int maxFields, int[] columns, string[] names, string? vendor, Vendor[]? vendors = null) =>
        (Format, _what, _minFields, _maxFields, _columns, _names, _vendors, _vendor) =
        (format, what, minFields, maxFields, columns, names, vendors ?? Vendor.All, vendor is null ? null : Vendor.Find(vendor, vendors));

    public InputFormat Format { get; }

    /// <summary>The name people know the format by, for the report's header.</summary>
    public static string Describe(InputFormat format) => format switch
    {
        InputFormat.AsteriskCdr => "Asterisk cdr_csv Master.csv",
        InputFormat.FreeSwitchCdr => "FreeSWITCH mod_cdr_csv",
        _ => "call export",
    };

    private string Range => _minFields == _maxFields ? $"{_minFields}" : _maxFields == int.MaxValue ? $"at least {_minFields}" : $"{_minFields} to {_maxFields}";

    public static InputFormat? ParseFormat(string? name) => Array.IndexOf(FormatNames.Split('|'), name) is int i and >= 0 ? (InputFormat)i : null;

    /// <summary>The layout for the given format, or for the one format the first record fits.</summary>
    /// <exception cref="ExportFormatException">No format, or more than one, fits; or the export's header is unusable.</exception>
    public static InputLayout For(CsvRecords first, InputFormat? format, Vendor[]? vendors = null)
    {
        var fits = format is { } f ? [f] : Enum.GetValues<InputFormat>().Where(x => !first.TooLong && Fits(x, first.Fields)).ToArray();
        if (fits.Length != 1)
        {
            throw new ExportFormatException((fits.Length == 0
                ? "cannot tell the format from the first line (not an export header, Asterisk Master.csv or FreeSWITCH mod_cdr_csv line)"
                : $"the first line fits {string.Join(" and ", fits.Select(x => FormatNames.Split('|')[(int)x]))}") + DelimiterHint(first.Fields)
                + CustomTemplateHint(first.Fields) + $"; choose one with --format {FormatNames}");
        }

        return Cdr[(int)fits[0]] is { } cdr ? new InputLayout(cdr.Format, cdr._what, cdr._minFields, cdr._maxFields, cdr._columns, cdr._names,
            cdr._vendor!.Key, vendors) : FromHeader(first, vendors ?? Vendor.All);
    }

    /// <summary>
    /// Checks that a format given with --format is the file's: in most of the first records, the fields where the
    /// format keeps its date and code must hold a date and a code. Else says what those fields held, and where the
    /// codes are, so nobody is told to add a "code" that is really another column.
    /// </summary>
    /// <exception cref="ExportFormatException">The file is not in <paramref name="format"/>.</exception>
    public static void Verify(CsvRecords records, InputFormat format)
    {
        if (Cdr[(int)format] is not { } l)
        {
            return;
        }

        var sample = new List<string[]>();
        while (sample.Count < 100 && records.Read())
        {
            sample.Add(records.Fields);
        }

        if (sample.Count(r => Fits(format, r)) * 2 >= sample.Count)
        {
            return;
        }

        string Held(int column, Func<string, bool> fits, string what) => sample.Where(r => column >= r.Length || !fits(r[column]))
            .GroupBy(r => column < r.Length ? r[column] : string.Empty).OrderByDescending(g => g.Count()).ToList() is { Count: > 0 } wrong
            ? $"field {column + 1} ({l._names[column == l._columns[Time] ? Time : Code]}) is not {what} in {wrong.Sum(g => g.Count())} of {sample.Count} records "
                + $"(it held '{TextTable.Printable(wrong[0].Key)}' in {wrong[0].Count()})" : $"field {column + 1} holds {what}";
        var other = Enum.GetValues<InputFormat>().FirstOrDefault(x => x != format && Cdr[(int)x] is not null && sample.Count(r => Fits(x, r)) * 2 >= sample.Count);
        throw new ExportFormatException($"this is not {l._what}: " + Held(l._columns[Time], IsDate, "a date and time") + ", "
            + Held(l._columns[Code], c => IsCode(format, c), format == InputFormat.AsteriskCdr ? "a disposition" : "a hangup cause name")
            + (other != format && other != InputFormat.Export ? $"; the file reads as {Describe(other)}: run without --format" : CustomTemplateHint(sample[0]))
            + DelimiterHint(sample[0]));
    }

    /// <summary>Checks and classifies the current record.</summary>
    /// <returns>Null when <paramref name="e"/> is an event, else what is wrong with the record.</returns>
    public string? Read(CsvRecords r, out CallEvent e)
    {
        var f = r.Fields;
        string Field(int i) => _columns[i] >= 0 && _columns[i] < f.Length ? f[_columns[i]] : string.Empty;
        var missing = new[] { Time, VendorField, Code }.Where(i => _columns[i] >= 0 && Field(i).Length == 0).Select(i => _names[i]).ToArray();
        var v = _vendor ?? Vendor.Find(Field(VendorField), _vendors);
        string time = Field(Time), code = Field(Code), code2 = Field(Code2);
        DateTimeOffset timestamp = default;
        CodeTables.ICodeTableEntry? entry = null;
        var problem = r.TooLong ? $"a field is longer than the limit of {Report.N(r.MaxFieldChars)} characters" + (r.LastLine > r.Line ? $" (lines {r.Line}-{r.LastLine})" : string.Empty)
            : r.Unclosed ? "malformed quoting: a quoted field is still open at the end of the file"
                + (r.LastLine > r.Line ? $" (an unmatched quote makes one record of lines {r.Line}-{r.LastLine})" : string.Empty) + ": the file is truncated, or a quote is never closed"
            : r.Malformed && r.LastLine > r.Line ? $"malformed quoting: an unmatched quote makes one record of lines {r.Line}-{r.LastLine}"
            : r.Malformed ? "malformed quoting (a quote inside an unquoted field, or an unclosed quoted field)" + DelimiterHint(f)
            : f.Length < _minFields || f.Length > _maxFields ? $"{f.Length} field{(f.Length == 1 ? string.Empty : "s")}, {_what} has {Range}" + DelimiterHint(f)
            : missing.Length > 0 ? "missing " + string.Join(", ", missing)
            : v is null ? Vendor.Unknown(Field(VendorField), _vendors)
            : v.Code2Required && code2.Length == 0 ? $"missing code2 ({v.CodeMeaning})"
            : !DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp)
                ? $"{_names[0]} '{TextTable.Printable(time)}' is not a date and time"
            : !v.TryLookup(code, code2, out entry) ? $"{_names[2]} '{TextTable.Printable(code)}' is not an integer ({v.Key} codes are numbers)"
            : null;
        var decision = problem is null && _columns[Answer] >= 0
            ? Decisions.For(Format, code, Field(Answer).Length > 0, int.TryParse(Field(Billsec), CultureInfo.InvariantCulture, out var billsec) ? billsec : 0) : null;
        e = problem is null ? new CallEvent(r.Line, timestamp, time, v!, code, code2, Field(Number), entry, CallOf(Field(CallId), Field(OtherLeg)), decision) : default;
        return problem;
    }

    // A leg belongs to the call of the first leg that named it (as its own id or its other leg's), else starts one.
    private string CallOf(string leg, string otherLeg)
    {
        if (leg.Length == 0)
        {
            return string.Empty;
        }

        var call = _legToCall.GetValueOrDefault(leg) ?? (otherLeg.Length > 0 ? _legToCall.GetValueOrDefault(otherLeg) : null) ?? leg;
        _legToCall[leg] = call;
        if (otherLeg.Length > 0)
        {
            _legToCall[otherLeg] = call;
        }

        return call;
    }

    // An export header names one of the export's columns. A call-detail record has the format's field count, a date
    // where the start time is, and where the code is one of the strings Asterisk's cdr.c writes, or a FreeSWITCH cause
    // name (NORMAL_CLEARING; new causes appear, so any upper-case name). FreeSWITCH's "asterisk" template fits neither.
    private static bool Fits(InputFormat format, string[] first) => Cdr[(int)format] is not { } l
        ? first.SelectMany(h => h.Split(';', '\t')).Any(h => ExportColumns.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase))
        : first.Length >= l._minFields && first.Length <= l._maxFields
            && IsDate(first[l._columns[Time]]) && IsCode(format, first[l._columns[Code]]);

    private static bool IsDate(string s) => DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    private static bool IsCode(InputFormat format, string code) => format == InputFormat.AsteriskCdr
        ? Cdr[(int)format]!._vendor!.Table.TryFind([code], out _)
        : code is { Length: > 0 } && code.All(c => c is (>= 'A' and <= 'Z') or '_');

    // Asterisk's cdr_custom writes the same fields as cdr_csv in an order of its own template.
    private static string CustomTemplateHint(string[] f) => Array.FindIndex(f, x => IsCode(InputFormat.AsteriskCdr, x)) is int i and >= 0 && i != Cdr[1]!._columns[Code]
        ? $"; field {i + 1} holds the Asterisk disposition '{f[i]}': the file is probably Asterisk cdr_custom (its own column template), which this report does not read"
        : string.Empty;

    private static InputLayout FromHeader(CsvRecords header, Vendor[] vendors)
    {
        var h = header.Fields;
        var _columns = ExportColumns.Select(c => Array.FindIndex(h, x => string.Equals(x, c, StringComparison.OrdinalIgnoreCase))).Concat([-1, -1, -1]).ToArray();
        var missing = ExportColumns.Where((c, i) => _columns[i] < 0 && c is not ("code2" or "call_id")).ToArray();
        return missing.Length == 0 && !header.TooLong ? new(InputFormat.Export, "the header", h.Length, h.Length, _columns, ExportColumns, null, vendors)
            : throw new ExportFormatException(header.TooLong ? $"a field of the header line is longer than {Report.N(header.MaxFieldChars)} characters"
                : $"the header line has no column {string.Join(", ", missing)}; expected 'timestamp,vendor,code,code2,number' (code2 optional)" + DelimiterHint(h));
    }

    // Excel writes ';' (or tabs) where the list separator is not ','; the file then has one field a line.
    private static string DelimiterHint(string[] f) => f.Length == 1 && f[0].IndexOfAny([';', '\t']) is int i and >= 0
        ? $"; the line is separated by {(f[0][i] == ';' ? "';'" : "tabs")}, not commas: save it as comma-separated CSV" : string.Empty;
}
