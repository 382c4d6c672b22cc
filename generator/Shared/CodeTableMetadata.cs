using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CodeTables.Shared;

/// <summary>
/// The one reader of the metadata the generator writes on a compiled code table: <c>[CodeTable]</c> on the enum,
/// <c>[CodeTableMember]</c> on its members. Linked into the generator (outcome types and reference targets in
/// referenced assemblies) and the analyzers (every code-table enum they meet). Attributes are matched one way, by
/// their full name against <see cref="GeneratedNames"/>, walking the symbol's names (no string is built), so a
/// second copy of the runtime in a reference still matches.
/// </summary>
internal static class CodeTableMetadata
{
    /// <summary>The type's <c>[CodeTable]</c> attribute, or null when it is not a code table.</summary>
    public static AttributeData? CodeTableAttribute(ITypeSymbol type) => Find(type.GetAttributes(), GeneratedNames.CodeTableAttribute);

    public static bool IsCodeTable(ITypeSymbol type) => CodeTableAttribute(type) is not null;

    /// <summary>A member's <c>[CodeTableMember]</c> attribute, or null.</summary>
    public static AttributeData? MemberAttribute(IFieldSymbol field) => Find(field.GetAttributes(), GeneratedNames.CodeTableMemberAttribute);

    /// <summary>Whether <paramref name="type"/> is the type <paramref name="fullName"/> names (<c>N.M.T</c>, not nested).</summary>
    public static bool IsNamed(ITypeSymbol? type, string fullName)
    {
        if (type is null || type.ContainingType is not null)
        {
            return false;
        }

        var end = fullName.Length;
        var dot = fullName.LastIndexOf('.');
        if (!Matches(type.Name, fullName, dot + 1, end))
        {
            return false;
        }

        var ns = type.ContainingNamespace;
        while (dot >= 0)
        {
            end = dot;
            dot = fullName.LastIndexOf('.', end - 1);
            if (ns is null || ns.IsGlobalNamespace || !Matches(ns.Name, fullName, dot + 1, end))
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is null || ns.IsGlobalNamespace;
    }

    /// <summary>The table's file name (<c>[CodeTable("q850-cause.csv")]</c>), else the enum's name.</summary>
    public static string File(AttributeData codeTable, ITypeSymbol type)
        => codeTable.ConstructorArguments.Length == 1 && codeTable.ConstructorArguments[0].Value is string file ? file : type.Name;

    /// <summary>The outcome enum the table classifies onto (<c>OutcomeType = typeof(O)</c>), or null.</summary>
    public static INamedTypeSymbol? OutcomeType(AttributeData codeTable)
        => Named(codeTable, GeneratedNames.OutcomeTypeArgument) is { } value ? value.Value as INamedTypeSymbol : null;

    /// <summary>A composite key's column names (<c>KeyColumns</c>); empty for a single-code table.</summary>
    public static ImmutableArray<string> KeyColumns(AttributeData codeTable)
        => Named(codeTable, GeneratedNames.KeyColumnsArgument) is { Kind: TypedConstantKind.Array, IsNull: false } value ? Strings(value) : ImmutableArray<string>.Empty;

    /// <summary>Whether the table is a decision table: <c>[CodeTable]</c> names its inputs.</summary>
    public static bool IsDecisionTable(AttributeData codeTable)
        => Named(codeTable, GeneratedNames.InputsArgument) is { Kind: TypedConstantKind.Array, IsNull: false };

    /// <summary>
    /// A member's code parts (<c>[CodeTableMember("a", "b")]</c>, or after the outcome: <c>[CodeTableMember(O.X, "a", "b")]</c>);
    /// empty for an integer table's member.
    /// </summary>
    public static ImmutableArray<string> Key(AttributeData? member)
        => member is { ConstructorArguments.Length: > 0 } && member.ConstructorArguments[member.ConstructorArguments.Length - 1] is { Kind: TypedConstantKind.Array, IsNull: false } key
            ? Strings(key)
            : ImmutableArray<string>.Empty;

    /// <summary>
    /// The constant value of a member's outcome: the constructor's first argument (<c>[CodeTableMember(O.X)]</c>, as
    /// the generator writes it) or the named argument (<c>Outcome = O.X</c>); null when it has none.
    /// </summary>
    public static object? OutcomeValue(AttributeData? member)
        => member is null ? null
            : member.ConstructorArguments.Length == 2 && member.ConstructorArguments[0] is { Kind: TypedConstantKind.Enum } outcome ? outcome.Value
            : Named(member, GeneratedNames.OutcomeArgument) is { } value ? value.Value : null;

    /// <summary>The key column a <c>[CodeOf]</c> names (<c>Column = "..."</c>), or null.</summary>
    public static string? Column(AttributeData codeOf)
        => Named(codeOf, GeneratedNames.ColumnArgument) is { } value ? value.Value as string : null;

    private static AttributeData? Find(ImmutableArray<AttributeData> attributes, string fullName)
    {
        foreach (var attribute in attributes)
        {
            if (IsNamed(attribute.AttributeClass, fullName))
            {
                return attribute;
            }
        }

        return null;
    }

    private static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == name)
            {
                return named.Value;
            }
        }

        return null;
    }

    private static ImmutableArray<string> Strings(TypedConstant array)
    {
        var builder = ImmutableArray.CreateBuilder<string>(array.Values.Length);
        foreach (var value in array.Values)
        {
            builder.Add(value.Value as string ?? string.Empty);
        }

        return builder.MoveToImmutable();
    }

    private static bool Matches(string name, string fullName, int start, int end)
        => name.Length == end - start && string.CompareOrdinal(name, 0, fullName, start, end - start) == 0;
}
