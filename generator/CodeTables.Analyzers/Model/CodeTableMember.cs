using System.Linq;
using System.Threading;
using CodeTables.Analyzers.Facts;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;

namespace CodeTables.Analyzers.Model;

/// <summary>
/// One member of a code-table enum, as the generator's metadata describes it. Its field and value are known when
/// the table is first met; its <c>[CodeTableMember]</c> attribute (code parts and outcome) is read on first use of
/// <see cref="Key"/> or <see cref="Outcome"/>, once per compilation: a switch or a cast needs only the values.
/// </summary>
internal sealed class CodeTableMember
{
    private readonly CodeTableInfo _table;
    private MemberFacts? _facts;

    public CodeTableMember(CodeTableInfo table, IFieldSymbol field, long value)
    {
        _table = table;
        Field = field;
        Value = value;
    }

    /// <summary>The enum field.</summary>
    public IFieldSymbol Field { get; }

    /// <summary>The member's value (for integer tables, its code).</summary>
    public long Value { get; }

    /// <summary>The code's parts for string and composite tables; empty for integer tables.</summary>
    public string[] Key => Read().Key;

    /// <summary>The outcome-enum field the table gives this member, when the table has an Outcome column.</summary>
    public IFieldSymbol? Outcome => Read().Outcome;

    public string Name => Field.Name;

    // Read at most once per member (the analyzers run concurrently: two threads may read it, one result is kept).
    private MemberFacts Read()
    {
        if (Volatile.Read(ref _facts) is { } facts)
        {
            return facts;
        }

        var attribute = CodeTableMetadata.MemberAttribute(Field);
        var outcome = _table.OutcomeType is not null && CodeTableMetadata.OutcomeValue(attribute) is { } outcomeValue
            && Constants.TryToInt64(outcomeValue, out var number)
                ? _table.OutcomeField(number)
                : null;
        Interlocked.CompareExchange(ref _facts, new MemberFacts(CodeTableMetadata.Key(attribute).ToArray(), outcome), null);
        return _facts!;
    }

    private sealed class MemberFacts
    {
        public MemberFacts(string[] key, IFieldSymbol? outcome)
        {
            Key = key;
            Outcome = outcome;
        }

        public string[] Key { get; }

        public IFieldSymbol? Outcome { get; }
    }
}
