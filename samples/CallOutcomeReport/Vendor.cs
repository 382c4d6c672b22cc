using System.Globalization;
using System.Reflection;
using CallOutcomeReport.Tables;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>
/// A vendor kind: one code table, named in an export's <c>vendor</c> column by the table itself (its file name, enum
/// name or vendor directive). Everything else (key columns, integer or string codes, whether an empty <c>code2</c> is a
/// code) comes from the table too, so a CSV added to <c>tables/</c> is a vendor with no C# edit.
/// </summary>
internal sealed class Vendor
{
    /// <summary>How many parts a code has: one, or the second key column's <c>code2</c> too.</summary>
    private readonly int _keyParts;

    private Vendor(int index, ICodeTable table)
    {
        (Index, Table, Key) = (index, table, table.FileName[..^".csv".Length]);
        _keyParts = Table.KeyColumns.Count;
        IntCodes = Table.Entries.All(e => e.Code.All(p => int.TryParse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)));
        Code2Required = _keyParts > 1 && !Table.Entries.Any(e => e.Code[1].Length == 0);
    }

    /// <summary>The vendors of the tables this program was built with (every <c>tables/*.csv</c>).</summary>
    public static Vendor[] All { get; } = From(CodeTableRegistry.All);

    public int Index { get; }
    public string Key { get; } // the table's file name without .csv
    public ICodeTable Table { get; }
    public string CodeMeaning => $"{Table.Vendor ?? Key}: code = {Table.KeyColumns[0]}" + (_keyParts > 1 ? $", code2 = {Table.KeyColumns[1]}" : string.Empty);

    /// <summary>Every code of the table is an integer: a code that is not is a bad row, not a missing code.</summary>
    public bool IntCodes { get; }

    /// <summary>Two key columns, and no row with an empty second part (Puzzel's result letter).</summary>
    public bool Code2Required { get; }

    /// <summary>The vendors of code tables (a decision table's rows are rules over several inputs, not codes).</summary>
    public static Vendor[] From(IEnumerable<ICodeTable> tables) =>
        tables.Where(t => t.EnumType.GetCustomAttribute<CodeTableAttribute>()?.Inputs is null).OrderBy(t => t.FileName, StringComparer.Ordinal).Select((t, i) => new Vendor(i, t)).ToArray();

    /// <summary>
    /// The vendor an export names: a table's file name (with or without .csv), enum name or vendor directive, as
    /// <see cref="CodeTableLookup.Find"/> matches them, else the one table whose file name starts with it and a dash
    /// (<c>huawei</c> for <c>huawei-cec-release-cause.csv</c>). Case-insensitive; null when none or several match.
    /// </summary>
    public static Vendor? Find(string name, Vendor[]? vendors = null) => Match(name, vendors ?? All) is [var one] ? one : null;

    /// <summary>Why <paramref name="name"/> is not a vendor: which tables it could mean, or which exist.</summary>
    public static string Unknown(string name, Vendor[] vendors) => Match(name, vendors) is { Length: > 1 } several
        ? $"vendor '{TextTable.Printable(name)}' could be any of {string.Join(", ", several.Select(v => v.Key))}: name the table"
        : $"unknown vendor '{TextTable.Printable(name)}': no table in tables/ has that file, enum or vendor name (known: {string.Join(", ", vendors.Select(v => v.Key))})";

    private static Vendor[] Match(string name, Vendor[] vendors) =>
        CodeTableLookup.Find(vendors.Select(v => v.Table), name) is { } table ? vendors.Where(v => v.Table == table).ToArray()
        : name.Length == 0 ? [] : vendors.Where(v => v.Key.StartsWith(name + "-", StringComparison.OrdinalIgnoreCase)
            || string.Equals(v.Table.Vendor, name, StringComparison.OrdinalIgnoreCase)).ToArray();

    /// <summary>Looks a raw code up; <c>code2</c> is ignored by one-column tables.</summary>
    /// <returns>False when the table has integer codes and <paramref name="code"/> is not one.</returns>
    public bool TryLookup(string code, string code2, out ICodeTableEntry? entry)
    {
        var n = 0;
        var ok = !IntCodes || int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n);
        var first = IntCodes && ok ? n.ToString(CultureInfo.InvariantCulture) : code; // "016" is 16
        // A new array per lookup, not a field: a vendor is shared by every thread that reads a file.
        string[] parts = _keyParts > 1 ? [first, code2] : [first]; // code2 is the second key part, when the table has one
        entry = ok && Table.TryFind(parts, out var found) ? found : null;
        return ok;
    }

    /// <summary>The code as the report shows it: <c>code</c>, or <c>code + code2</c> for a two-column key.</summary>
    public string FormatCode(string code, string code2) => _keyParts == 1 ? code : $"{code} + {(code2.Length == 0 ? "(empty)" : code2)}";
}

/// <summary>A record that could be read: its code's table row (null when the code is in no row), its call, and the
/// decision table's rule where one decided from the record's other facts (answer time, billsec), even for a code in
/// no row (an answered leg is Answered whatever its cause).</summary>
internal readonly record struct CallEvent(long Line, DateTimeOffset Time, string TimeText, Vendor Vendor, string Code, string Code2,
    string Number, ICodeTableEntry? Entry, string CallId, Decision? Decision = null)
{
    public CallOutcome Outcome => Decision?.Outcome ?? Entry?.Outcome ?? CallOutcome.Unknown;

    /// <summary>The code is in no row and nothing else decided the outcome: counted as "not in table".</summary>
    public bool Undecided => Entry is null && Outcome == CallOutcome.Unknown;

    /// <summary>The rule's or row's retry advice; a code in no table never advises a retry.</summary>
    public bool Retryable => Entry is not null && (Decision?.Retry ?? Entry.IsRetryable);
}

/// <summary>A record that could not be read, and why.</summary>
internal readonly record struct BadRow(long Line, string Problem);
