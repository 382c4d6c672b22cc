using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CodeTables.Analyzers.Model;

/// <summary>
/// A code-table enum with the facts the generator put in its metadata: the table file, the members with their
/// codes and outcomes, and the outcome type. Built once per enum per compilation by <see cref="TableMetadataReader"/>
/// from the enum's <c>[CodeTable]</c> and its members' values; what needs the members' <c>[CodeTableMember]</c>
/// attributes (codes of string tables, outcomes) is read on first use, so a rule that needs only values (a switch,
/// a cast of a constant) reads no member attribute.
/// </summary>
internal sealed class CodeTableInfo
{
    private readonly Dictionary<long, CodeTableMember> _byValue = new Dictionary<long, CodeTableMember>();
    private Dictionary<long, IFieldSymbol>? _outcomeByValue;
    private KeyIndex? _keys;

    // 0: not known yet, 1: integer table, 2: string or composite codes.
    private int _integer;

    public CodeTableInfo(INamedTypeSymbol type, string file, INamedTypeSymbol? outcomeType, ImmutableArray<string> keyColumns, List<IFieldSymbol> fields, List<long> values, bool isDecision = false)
    {
        IsDecision = isDecision;
        Type = type;
        File = file;
        OutcomeType = outcomeType;
        KeyColumns = keyColumns.IsDefaultOrEmpty ? ImmutableArray.Create("Code") : keyColumns;
        var members = ImmutableArray.CreateBuilder<CodeTableMember>(fields.Count);
        var distinct = ImmutableArray.CreateBuilder<CodeTableMember>(fields.Count);
        // Two lists rather than one of (field, value) pairs: no generic instantiation over a value tuple to jit.
        for (var i = 0; i < fields.Count; i++)
        {
            var value = values[i];
            var member = new CodeTableMember(this, fields[i], value);
            members.Add(member);
            if (!_byValue.ContainsKey(value))
            {
                _byValue.Add(value, member);
                distinct.Add(member);
            }
        }

        Members = members.MoveToImmutable();
        DistinctMembers = distinct.ToImmutable();
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>A decision table: its members are rules, with conditions rather than codes (<c>[CodeTable(Inputs = ...)]</c>).</summary>
    public bool IsDecision { get; }

    /// <summary>The table's file name, e.g. <c>q850-cause.csv</c>.</summary>
    public string File { get; }

    public INamedTypeSymbol? OutcomeType { get; }

    /// <summary>The members in declaration (table) order.</summary>
    public ImmutableArray<CodeTableMember> Members { get; }

    /// <summary>The first member of each value, in table order: one per value a switch can handle.</summary>
    public ImmutableArray<CodeTableMember> DistinctMembers { get; }

    /// <summary>
    /// True when codes are integers (the members' values); false for string and composite codes. Reads the members'
    /// keys up to the first that has one (all of them for an integer table), once.
    /// </summary>
    public bool IsIntegerTable
    {
        get
        {
            var known = Volatile.Read(ref _integer);
            if (known == 0)
            {
                known = 1;
                foreach (var member in Members)
                {
                    if (member.Key.Length != 0)
                    {
                        known = 2;
                        break;
                    }
                }

                Volatile.Write(ref _integer, known);
            }

            return known == 1;
        }
    }

    public bool IsComposite => KeyColumns.Length > 1;

    public ImmutableArray<string> KeyColumns { get; }

    /// <summary>The display name used in messages: the enum's name.</summary>
    public string Name => Type.Name;

    /// <summary>The outcome type's first field of value <paramref name="value"/> (read once per table, not per switch arm).</summary>
    public IFieldSymbol? OutcomeField(long value)
    {
        if (OutcomeType is null)
        {
            return null;
        }

        var byValue = Volatile.Read(ref _outcomeByValue);
        if (byValue is null)
        {
            byValue = new Dictionary<long, IFieldSymbol>();
            foreach (var outcome in OutcomeType.GetMembers())
            {
                if (outcome is IFieldSymbol { HasConstantValue: true } field && Facts.Constants.TryToInt64(field.ConstantValue, out var number) && !byValue.ContainsKey(number))
                {
                    byValue.Add(number, field);
                }
            }

            byValue = Interlocked.CompareExchange(ref _outcomeByValue, byValue, null) ?? byValue;
        }

        return byValue.TryGetValue(value, out var found) ? found : null;
    }

    public bool TryGetByValue(long value, out CodeTableMember member) => _byValue.TryGetValue(value, out member!);

    /// <summary>Finds the member whose single-part code is <paramref name="code"/> (string tables).</summary>
    public bool TryGetByCode(string code, out CodeTableMember member) => Keys().ByCode.TryGetValue(code, out member!);

    /// <summary>Finds the first member whose key part in <paramref name="column"/> is <paramref name="code"/>.</summary>
    public bool TryGetByColumnCode(int column, string code, out CodeTableMember member)
    {
        member = null!;
        var byColumnCode = Keys().ByColumnCode;
        return column >= 0 && column < byColumnCode.Length && byColumnCode[column].TryGetValue(code, out member!);
    }

    /// <summary>The member whose full composite key is <paramref name="key"/>, if any.</summary>
    public CodeTableMember? FindByKey(IReadOnlyList<string> key)
    {
        foreach (var member in Members)
        {
            if (SameKey(member.Key, key))
            {
                return member;
            }
        }

        return null;
    }

    public int ColumnIndex(string? column)
    {
        if (column is null)
        {
            return -1;
        }

        for (var i = 0; i < KeyColumns.Length; i++)
        {
            if (string.Equals(KeyColumns[i], column, System.StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool SameKey(string[] a, IReadOnlyList<string> b)
    {
        if (a.Length != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The members by code, built on the first lookup of a code (every member's attribute read then).</summary>
    private KeyIndex Keys()
    {
        if (Volatile.Read(ref _keys) is { } keys)
        {
            return keys;
        }

        var index = new KeyIndex(KeyColumns.Length);
        foreach (var member in Members)
        {
            var key = member.Key;
            if (key.Length == 1 && !index.ByCode.ContainsKey(key[0]))
            {
                index.ByCode.Add(key[0], member);
            }

            for (var i = 0; i < key.Length && i < index.ByColumnCode.Length; i++)
            {
                if (!index.ByColumnCode[i].ContainsKey(key[i]))
                {
                    index.ByColumnCode[i].Add(key[i], member);
                }
            }
        }

        return Interlocked.CompareExchange(ref _keys, index, null) ?? index;
    }

    private sealed class KeyIndex
    {
        public KeyIndex(int columns)
        {
            ByColumnCode = new Dictionary<string, CodeTableMember>[columns];
            for (var i = 0; i < columns; i++)
            {
                ByColumnCode[i] = new Dictionary<string, CodeTableMember>(System.StringComparer.Ordinal);
            }
        }

        public Dictionary<string, CodeTableMember> ByCode { get; } = new Dictionary<string, CodeTableMember>(System.StringComparer.Ordinal);

        public Dictionary<string, CodeTableMember>[] ByColumnCode { get; }
    }
}
