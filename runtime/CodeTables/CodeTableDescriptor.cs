using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace CodeTables;

/// <summary>
/// The base of every generated <c>ETable</c>: the table's facts, and the non-generic <see cref="ICodeTable"/> built on
/// the generated lookups the derived class delegates to. The derived class is sealed and has one instance.
/// </summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
public abstract class CodeTableDescriptor<TEnum> : ICodeTable<TEnum>
    where TEnum : struct, Enum
{
    private Entry[]? _entries;
    private Dictionary<TEnum, Entry>? _byValue;
    private ReadOnlyCollection<ICodeTableEntry>? _entryList;

    /// <summary>Called by the generated table.</summary>
    /// <param name="enumName">The enum's name.</param>
    /// <param name="fileName">The table's file name.</param>
    /// <param name="vendor">The table's vendor, or null.</param>
    /// <param name="keyColumns">The key columns.</param>
    /// <param name="hasOutcomes">Whether the table classifies onto <see cref="CallOutcome"/>.</param>
    /// <param name="values">Every member, in table order.</param>
    protected CodeTableDescriptor(string enumName, string fileName, string? vendor, IReadOnlyList<string> keyColumns, bool hasOutcomes, IReadOnlyList<TEnum> values)
    {
        EnumName = enumName;
        FileName = fileName;
        Vendor = vendor;
        KeyColumns = keyColumns;
        HasOutcomes = hasOutcomes;
        Values = values;
    }

    /// <inheritdoc/>
    public string EnumName { get; }

    /// <inheritdoc/>
    public Type EnumType => typeof(TEnum);

    /// <inheritdoc/>
    public string FileName { get; }

    /// <inheritdoc/>
    public string? Vendor { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> KeyColumns { get; }

    /// <inheritdoc/>
    public bool HasOutcomes { get; }

    /// <inheritdoc/>
    public IReadOnlyList<TEnum> Values { get; }

    /// <inheritdoc/>
    public IReadOnlyList<ICodeTableEntry> Entries
        => Volatile.Read(ref _entryList) ?? LazyInitializer.EnsureInitialized(ref _entryList, () => new ReadOnlyCollection<ICodeTableEntry>(BuildEntries()))!;

    /// <inheritdoc/>
    public abstract bool TryFromCode(IReadOnlyList<string> code, out TEnum value);

    /// <inheritdoc/>
    public abstract CallOutcome ToOutcome(TEnum value);

    /// <inheritdoc/>
    public abstract bool IsRetryable(TEnum value);

    /// <inheritdoc/>
    public abstract string GetName(TEnum value);

    /// <inheritdoc/>
    public abstract string GetDescription(TEnum value);

    /// <summary>A member's code as text, one part per key column (integer codes in invariant form). Allocates: it is for building entries, not for hot paths.</summary>
    /// <param name="value">A member.</param>
    /// <returns>Its code's parts.</returns>
    public abstract IReadOnlyList<string> GetCode(TEnum value);

    /// <inheritdoc/>
    public bool TryFind(IReadOnlyList<string> code, [MaybeNullWhen(false)] out ICodeTableEntry entry)
    {
        if (TryFromCode(code, out var value) && ByValue().TryGetValue(value, out var found))
        {
            entry = found;
            return true;
        }

        entry = null;
        return false;
    }

    /// <inheritdoc/>
    public CallOutcome Classify(IReadOnlyList<string> code)
        => TryFromCode(code, out var value) ? ToOutcome(value) : CallOutcome.Unknown;

    /// <summary>The enum's name and the table's file.</summary>
    /// <returns>E.g. <c>Q850Cause (q850-cause.csv)</c>.</returns>
    public override string ToString() => EnumName + " (" + FileName + ")";

    /// <summary>
    /// Parses a decision table's bool input as its cells write it: <c>yes</c>, <c>no</c>, <c>true</c> or <c>false</c>,
    /// in any case. Never throws.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the text is one of the four words.</returns>
    protected static bool TryParseBool(string? text, out bool value)
    {
        value = string.Equals(text, "yes", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
        return value || string.Equals(text, "no", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Parses an integer code in canonical invariant form: an optional '-' and digits, no leading zero, no sign on
    /// zero, no spaces; the form the table's own codes have, so a code round-trips exactly. Never throws.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The code.</param>
    /// <returns><see langword="true"/> when the text is a canonical integer in range.</returns>
    protected static bool TryParseCode(string? text, out int value)
    {
        value = 0;
        if (text is null || text.Length == 0 || text.Length > 11)
        {
            return false;
        }

        var negative = text[0] == '-';
        var start = negative ? 1 : 0;
        if (start == text.Length || (text[start] == '0' && (text.Length > start + 1 || negative)))
        {
            return false;
        }

        long result = 0;
        for (var i = start; i < text.Length; i++)
        {
            var digit = text[i] - '0';
            if (digit < 0 || digit > 9)
            {
                return false;
            }

            result = (result * 10) + digit;
        }

        result = negative ? -result : result;
        if (result < int.MinValue || result > int.MaxValue)
        {
            return false;
        }

        value = (int)result;
        return true;
    }

    // The fields are read first: a lambda that captures 'this' would allocate a delegate on every call.
    private Entry[] BuildEntries()
        => Volatile.Read(ref _entries) ?? LazyInitializer.EnsureInitialized(ref _entries, () =>
        {
            var entries = new Entry[Values.Count];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = new Entry(this, Values[i]);
            }

            return entries;
        })!;

    private Dictionary<TEnum, Entry> ByValue()
        => Volatile.Read(ref _byValue) ?? LazyInitializer.EnsureInitialized(ref _byValue, () =>
        {
            var byValue = new Dictionary<TEnum, Entry>();
            foreach (var entry in BuildEntries())
            {
                byValue[entry.Member] = entry;
            }

            return byValue;
        })!;

    /// <summary>One member with its facts, read once from the generated lookups.</summary>
    private sealed class Entry : ICodeTableEntry
    {
        public Entry(CodeTableDescriptor<TEnum> table, TEnum member)
        {
            Member = member;
            Value = member;
            Name = table.GetName(member);
            Code = new ReadOnlyCollection<string>(new List<string>(table.GetCode(member)));
            Outcome = table.ToOutcome(member);
            IsRetryable = table.IsRetryable(member);
            Description = table.GetDescription(member);
        }

        public TEnum Member { get; }

        public Enum Value { get; }

        public string Name { get; }

        public IReadOnlyList<string> Code { get; }

        public CallOutcome Outcome { get; }

        public bool IsRetryable { get; }

        public string Description { get; }

        public override string ToString() => Name;
    }
}
