using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CodeTables.Analyzers.Model;

/// <summary>
/// A code-table enum with the facts the generator put in its metadata: the table file, the members with their
/// codes and outcomes, and the outcome type. Built once per enum per compilation by <see cref="TableMetadataReader"/>.
/// </summary>
internal sealed class CodeTableInfo
{
    private readonly Dictionary<long, CodeTableMember> _byValue = new Dictionary<long, CodeTableMember>();
    private readonly Dictionary<string, CodeTableMember> _byCode = new Dictionary<string, CodeTableMember>(System.StringComparer.Ordinal);
    private readonly Dictionary<string, CodeTableMember>[] _byColumnCode;
    private readonly Dictionary<long, IFieldSymbol>? _outcomeByValue;

    public CodeTableInfo(INamedTypeSymbol type, string file, INamedTypeSymbol? outcomeType, ImmutableArray<string> keyColumns, ImmutableArray<CodeTableMember> members, bool isDecision = false)
    {
        IsDecision = isDecision;
        Type = type;
        File = file;
        OutcomeType = outcomeType;
        Members = members;
        IsIntegerTable = members.All(m => m.Key.Length == 0);
        KeyColumns = keyColumns.IsDefaultOrEmpty ? ImmutableArray.Create("Code") : keyColumns;
        _byColumnCode = KeyColumns.Select(_ => new Dictionary<string, CodeTableMember>(System.StringComparer.Ordinal)).ToArray();
        var distinct = ImmutableArray.CreateBuilder<CodeTableMember>(members.Length);
        foreach (var member in members)
        {
            if (!_byValue.ContainsKey(member.Value))
            {
                _byValue.Add(member.Value, member);
                distinct.Add(member);
            }

            if (member.Key.Length == 1 && !_byCode.ContainsKey(member.Key[0]))
            {
                _byCode.Add(member.Key[0], member);
            }

            for (var i = 0; i < member.Key.Length && i < _byColumnCode.Length; i++)
            {
                if (!_byColumnCode[i].ContainsKey(member.Key[i]))
                {
                    _byColumnCode[i].Add(member.Key[i], member);
                }
            }
        }

        DistinctMembers = distinct.ToImmutable();
        if (outcomeType is not null)
        {
            _outcomeByValue = new Dictionary<long, IFieldSymbol>();
            foreach (var outcome in outcomeType.GetMembers())
            {
                if (outcome is IFieldSymbol { HasConstantValue: true } field && Facts.Constants.TryToInt64(field.ConstantValue, out var value) && !_outcomeByValue.ContainsKey(value))
                {
                    _outcomeByValue.Add(value, field);
                }
            }
        }
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

    /// <summary>True when codes are integers (the members' values); false for string and composite codes.</summary>
    public bool IsIntegerTable { get; }

    public bool IsComposite => KeyColumns.Length > 1;

    public ImmutableArray<string> KeyColumns { get; }

    /// <summary>The display name used in messages: the enum's name.</summary>
    public string Name => Type.Name;

    /// <summary>The outcome type's first field of value <paramref name="value"/> (read once per table, not per switch arm).</summary>
    public IFieldSymbol? OutcomeField(long value)
        => _outcomeByValue is not null && _outcomeByValue.TryGetValue(value, out var field) ? field : null;

    public bool TryGetByValue(long value, out CodeTableMember member) => _byValue.TryGetValue(value, out member!);

    /// <summary>Finds the member whose single-part code is <paramref name="code"/> (string tables).</summary>
    public bool TryGetByCode(string code, out CodeTableMember member) => _byCode.TryGetValue(code, out member!);

    /// <summary>Finds the first member whose key part in <paramref name="column"/> is <paramref name="code"/>.</summary>
    public bool TryGetByColumnCode(int column, string code, out CodeTableMember member)
    {
        member = null!;
        return column >= 0 && column < _byColumnCode.Length && _byColumnCode[column].TryGetValue(code, out member!);
    }

    /// <summary>The member whose full composite key is <paramref name="key"/>, if any.</summary>
    public CodeTableMember? FindByKey(IReadOnlyList<string> key)
        => Members.FirstOrDefault(m => m.Key.Length == key.Count && m.Key.SequenceEqual(key, System.StringComparer.Ordinal));

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
}
