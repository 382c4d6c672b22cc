using System.Linq;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;

namespace CodeTables.Generator.Validation;

/// <summary>
/// Recognises a code table that is already compiled (in a referenced assembly, or the runtime's taxonomy) by the
/// <c>[CodeTable]</c> attribute the generator writes on every enum, for outcome types and reference targets alike.
/// </summary>
internal static class CodeTableSymbols
{
    /// <summary>The type's <c>[CodeTable]</c> attribute, or null when it is not a code table.</summary>
    public static AttributeData? CodeTableAttribute(ITypeSymbol type)
        => type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == GeneratedNames.CodeTableAttribute);

    public static bool IsCodeTable(ITypeSymbol type) => CodeTableAttribute(type) is not null;

    /// <summary>Whether <paramref name="attribute"/> is a member's <c>[CodeTableMember]</c>.</summary>
    public static bool IsMemberAttribute(AttributeData attribute)
        => attribute.AttributeClass?.ToDisplayString() == GeneratedNames.CodeTableMemberAttribute;
}
