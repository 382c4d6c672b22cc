using Microsoft.CodeAnalysis;

namespace CodeTables.Analyzers.Model;

/// <summary>One member of a code-table enum, as the generator's metadata describes it.</summary>
/// <param name="Field">The enum field.</param>
/// <param name="Value">The member's value (for integer tables, its code).</param>
/// <param name="Key">The code's parts for string and composite tables; empty for integer tables.</param>
/// <param name="Outcome">The outcome-enum field the table gives this member, when the table has an Outcome column.</param>
internal sealed record CodeTableMember(IFieldSymbol Field, long Value, string[] Key, IFieldSymbol? Outcome)
{
    public string Name => Field.Name;
}
