using System;
using System.Globalization;
using System.Reflection;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>
/// One vendor kind of the export (the <c>vendor</c> column's value) and the generated code table its codes are
/// looked up in. Instances are made by <see cref="VendorTables"/>, the one place that maps vendors to tables.
/// </summary>
internal abstract class VendorTable
{
    private protected VendorTable(string key, Type tableType, Code2Use code2Use, string codeMeaning)
    {
        Key = key;
        Code2Use = code2Use;
        CodeMeaning = codeMeaning;
        CodeTableAttribute? table = tableType.GetCustomAttribute<CodeTableAttribute>();
        TableFile = table?.File ?? tableType.Name;
        VendorName = table?.Vendor ?? key;
    }

    /// <summary>The value of the export's <c>vendor</c> column, lower case (matched case-insensitively).</summary>
    public string Key { get; }

    /// <summary>The platform's name, from the table's <c>vendor</c> directive.</summary>
    public string VendorName { get; }

    /// <summary>The table's file name, from the generated <c>[CodeTable]</c> attribute: the file to add a row to.</summary>
    public string TableFile { get; }

    /// <summary>How this vendor kind uses <c>code2</c>.</summary>
    public Code2Use Code2Use { get; }

    /// <summary>What <c>code</c> (and <c>code2</c>) hold, for the usage text and the README.</summary>
    public string CodeMeaning { get; }

    /// <summary>The position of this vendor in <see cref="VendorTables.All"/> (used as an array index).</summary>
    public int Index { get; internal set; }

    /// <summary>Looks a raw code up. Never throws.</summary>
    /// <param name="code">The <c>code</c> field (trimmed, non-empty).</param>
    /// <param name="code2">The <c>code2</c> field (trimmed; empty when absent).</param>
    /// <returns>The table row's outcome and retry advice, or why there is none.</returns>
    public abstract LookupResult Lookup(string code, string code2);

    /// <summary>Formats a raw code for the report: <c>code</c>, or <c>code + code2</c> for a composite key.</summary>
    /// <param name="code">The <c>code</c> field.</param>
    /// <param name="code2">The <c>code2</c> field.</param>
    /// <returns>The display text.</returns>
    public string FormatCode(string code, string code2) =>
        Code2Use == Code2Use.Unused ? code : code + " + " + (code2.Length == 0 ? "(empty)" : code2);

    /// <summary>A vendor whose table has integer codes (<c>TryFromCode(int, out E)</c>).</summary>
    public static VendorTable<TEnum> IntCodes<TEnum>(string key, string codeMeaning, TryFromInt<TEnum> tryFromCode,
        Func<TEnum, CallOutcome> outcome, Func<TEnum, bool> retryable, Func<TEnum, string> name)
        where TEnum : struct, Enum =>
        new(key, Code2Use.Unused, codeMeaning, (string code, string _, out TEnum value) =>
        {
            if (!int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
            {
                value = default;
                return LookupStatus.NotAnInteger;
            }

            return tryFromCode(number, out value) ? LookupStatus.Found : LookupStatus.NotInTable;
        }, outcome, retryable, name);

    /// <summary>A vendor whose table has string codes (<c>TryFromCode(string?, out E)</c>).</summary>
    public static VendorTable<TEnum> StringCodes<TEnum>(string key, string codeMeaning, TryFromString<TEnum> tryFromCode,
        Func<TEnum, CallOutcome> outcome, Func<TEnum, bool> retryable, Func<TEnum, string> name)
        where TEnum : struct, Enum =>
        new(key, Code2Use.Unused, codeMeaning, (string code, string _, out TEnum value) =>
            tryFromCode(code, out value) ? LookupStatus.Found : LookupStatus.NotInTable,
            outcome, retryable, name);

    /// <summary>A vendor whose table has a two-column key (<c>TryFromCode(string?, string?, out E)</c>).</summary>
    public static VendorTable<TEnum> CompositeCodes<TEnum>(string key, Code2Use code2Use, string codeMeaning,
        TryFromPair<TEnum> tryFromCode, Func<TEnum, CallOutcome> outcome, Func<TEnum, bool> retryable,
        Func<TEnum, string> name)
        where TEnum : struct, Enum =>
        new(key, code2Use, codeMeaning, (string code, string code2, out TEnum value) =>
            tryFromCode(code, code2, out value) ? LookupStatus.Found : LookupStatus.NotInTable,
            outcome, retryable, name);
}
