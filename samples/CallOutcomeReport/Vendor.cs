using System;
using System.Globalization;
using System.Linq;
using CallOutcomeReport.Tables;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>
/// A vendor kind: the export's <c>vendor</c> value and the code table its codes are looked up in. Everything about
/// the table (key columns, integer or string codes, whether an empty <c>code2</c> is a code) comes from the table.
/// </summary>
internal sealed class Vendor
{
    /// <summary>How many parts a code has: one, or the second key column's <c>code2</c> too.</summary>
    private readonly int _keyParts;

    private Vendor(int index, string key, string enumName, string codeMeaning)
    {
        (Index, Key, CodeMeaning) = (index, key, codeMeaning);
        Table = CodeTableRegistry.Find(enumName) ?? throw new InvalidOperationException($"no code table {enumName}");
        _keyParts = Table.KeyColumns.Count;
        IntCodes = Table.Entries.All(e => e.Code.All(p => int.TryParse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)));
        Code2Required = _keyParts > 1 && !Table.Entries.Any(e => e.Code[1].Length == 0);
    }

    /// <summary>Every vendor kind, in report order: the only place that names a table.</summary>
    public static Vendor[] All { get; } = new (string Key, string Enum, string Meaning)[]
    {
        ("nice", nameof(NiceCxoneRefusalReason), "code = refusal reason, e.g. Bad Number"),
        ("natterbox", nameof(NatterboxMissedCall), "code = missed call type, code2 = hangup cause (may be empty)"),
        ("huawei", nameof(HuaweiCecReleaseCause), "code = release cause, e.g. 603"),
        ("issabel", nameof(IssabelCallStatus), "code = call status, e.g. No Answer"),
        ("asterisk", nameof(AsteriskOriginateReason), "code = AMI Originate Reason, e.g. 5"),
        ("asterisk-cdr", nameof(AsteriskCdrDisposition), "code = CDR disposition, e.g. NO ANSWER"),
        ("puzzel", nameof(PuzzelPreviewDiallerResult), "code = event type (conversation or queue), code2 = result letter"),
        ("puzzel-response", nameof(PuzzelResultResponse), "code = result_response, e.g. 404"),
        ("q850", nameof(Q850Cause), "code = Q.850 cause value, e.g. 17"),
        ("freeswitch", nameof(FreeSwitchHangupCause), "code = hangup cause name, e.g. USER_BUSY"),
    }.Select((v, i) => new Vendor(i, v.Key, v.Enum, v.Meaning)).ToArray();

    public int Index { get; }
    public string Key { get; } // the export's vendor value, matched case-insensitively
    public string CodeMeaning { get; }
    public ICodeTable Table { get; }

    /// <summary>Every code of the table is an integer: a code that is not is a bad row, not a missing code.</summary>
    public bool IntCodes { get; }

    /// <summary>Two key columns, and no row with an empty second part (Puzzel's result letter).</summary>
    public bool Code2Required { get; }

    public static Vendor? Find(string key) => Array.Find(All, v => string.Equals(v.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Looks a raw code up; <c>code2</c> is ignored by one-column tables.</summary>
    /// <returns>False when the table has integer codes and <paramref name="code"/> is not one.</returns>
    public bool TryLookup(string code, string code2, out ICodeTableEntry? entry)
    {
        var n = 0;
        var ok = !IntCodes || int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n);
        var first = IntCodes && ok ? n.ToString(CultureInfo.InvariantCulture) : code; // "016" is 16
        // A new array per lookup, not a field: Vendor.All is shared by every thread that reads a file.
        string[] parts = _keyParts > 1 ? [first, code2] : [first]; // code2 is the second key part, when the table has one
        entry = ok && Table.TryFind(parts, out var found) ? found : null;
        return ok;
    }

    /// <summary>The code as the report shows it: <c>code</c>, or <c>code + code2</c> for a two-column key.</summary>
    public string FormatCode(string code, string code2) => _keyParts == 1 ? code : $"{code} + {(code2.Length == 0 ? "(empty)" : code2)}";
}

/// <summary>A record that could be read, with its table row (null when its code is in no row).</summary>
internal readonly record struct CallEvent(long Line, DateTimeOffset Time, string TimeText, Vendor Vendor, string Code, string Code2,
    string Number, ICodeTableEntry? Entry)
{
    public CallOutcome Outcome => Entry?.Outcome ?? CallOutcome.Unknown;

    /// <summary>The row's retry advice; a code in no table never advises a retry.</summary>
    public bool Retryable => Entry?.IsRetryable ?? false;
}

/// <summary>A record that could not be classified, and why.</summary>
internal readonly record struct BadRow(long Line, string Problem);
