using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using CodeTables.Analyzers.Analysis;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;

namespace CodeTables.Analyzers.Model;

/// <summary>
/// The code tables of one compilation: resolves the CodeTables attributes once, then reads each code-table enum's
/// metadata on first use and caches it. Thread-safe: the analyzers run concurrently.
/// </summary>
internal sealed class TableMetadataReader
{
    private readonly INamedTypeSymbol _codeTableAttribute;
    private readonly INamedTypeSymbol? _memberAttribute;
    private readonly INamedTypeSymbol? _codeOfAttribute;
    private readonly ConcurrentDictionary<ITypeSymbol, CodeTableInfo?> _tables = new ConcurrentDictionary<ITypeSymbol, CodeTableInfo?>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, CodeTableInfo?> _extensionClasses = new ConcurrentDictionary<INamedTypeSymbol, CodeTableInfo?>(SymbolEqualityComparer.Default);

    private TableMetadataReader(INamedTypeSymbol codeTableAttribute, INamedTypeSymbol? memberAttribute, INamedTypeSymbol? codeOfAttribute)
    {
        _codeTableAttribute = codeTableAttribute;
        _memberAttribute = memberAttribute;
        _codeOfAttribute = codeOfAttribute;
    }

    /// <summary>The tables, or null when the compilation does not reference CodeTables (nothing to analyse).</summary>
    public static TableMetadataReader? TryCreate(Compilation compilation)
    {
        var attribute = compilation.GetTypeByMetadataName(GeneratedNames.CodeTableAttribute);
        return attribute is null
            ? null
            : new TableMetadataReader(attribute, compilation.GetTypeByMetadataName(GeneratedNames.CodeTableMemberAttribute), compilation.GetTypeByMetadataName(GeneratedNames.CodeOfAttribute));
    }

    /// <summary>The table of a code-table enum type (not of its nullable form).</summary>
    public CodeTableInfo? GetTable(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } named)
        {
            return null;
        }

        return _tables.GetOrAdd(named.OriginalDefinition, t => Read((INamedTypeSymbol)t));
    }

    /// <summary>The table of a code-table enum or of its nullable form; <paramref name="nullable"/> says which.</summary>
    public CodeTableInfo? GetTableOrNullable(ITypeSymbol? type, out bool nullable)
    {
        nullable = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper)
        {
            nullable = true;
            type = wrapper.TypeArguments[0];
        }

        return GetTable(type);
    }

    /// <summary>The table whose generated <c>{Enum}Extensions</c> class is <paramref name="type"/>.</summary>
    public CodeTableInfo? GetTableOfExtensions(INamedTypeSymbol? type)
    {
        if (type is null || !type.IsStatic || !type.Name.EndsWith(GeneratedNames.ExtensionsSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        return _extensionClasses.GetOrAdd(type, t =>
        {
            var name = t.Name.Substring(0, t.Name.Length - GeneratedNames.ExtensionsSuffix.Length);
            var candidates = t.ContainingType is { } outer ? outer.GetTypeMembers(name) : t.ContainingNamespace.GetTypeMembers(name);
            return candidates.Select(GetTable).FirstOrDefault(table => table is not null);
        });
    }

    /// <summary>
    /// The table named by <c>[CodeOf(typeof(E))]</c> on a symbol (for a method, on its return value), with the
    /// key column it names (-1 when none).
    /// </summary>
    public CodeTableInfo? GetCodeOf(ISymbol symbol, out int column)
    {
        column = -1;
        if (_codeOfAttribute is null)
        {
            return null;
        }

        var attributes = symbol is IMethodSymbol method ? method.GetReturnTypeAttributes() : symbol.GetAttributes();
        foreach (var attribute in attributes)
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _codeOfAttribute) || attribute.ConstructorArguments.Length != 1)
            {
                continue;
            }

            var table = GetTable(attribute.ConstructorArguments[0].Value as ITypeSymbol);
            if (table is null)
            {
                return null;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Column" && named.Value.Value is string name)
                {
                    column = table.ColumnIndex(name);
                }
            }

            return table;
        }

        return null;
    }

    private CodeTableInfo? Read(INamedTypeSymbol type)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _codeTableAttribute));
        if (attribute is null)
        {
            return null;
        }

        var file = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string f ? f : type.Name;
        INamedTypeSymbol? outcomeType = null;
        var keyColumns = ImmutableArray<string>.Empty;
        var isDecision = false;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "OutcomeType")
            {
                outcomeType = named.Value.Value as INamedTypeSymbol;
            }
            else if (named.Key == "Inputs" && named.Value.Kind == TypedConstantKind.Array && !named.Value.IsNull)
            {
                isDecision = true;
            }
            else if (named.Key == "KeyColumns" && named.Value.Kind == TypedConstantKind.Array)
            {
                keyColumns = named.Value.Values.Select(v => v.Value as string ?? string.Empty).ToImmutableArray();
            }
        }

        var members = ImmutableArray.CreateBuilder<CodeTableMember>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (!field.HasConstantValue)
            {
                continue;
            }

            ReadMember(field, outcomeType, out var key, out var outcome);
            if (Constants.TryToInt64(field.ConstantValue, out var value))
            {
                members.Add(new CodeTableMember(field, value, key, outcome));
            }
        }

        return new CodeTableInfo(type, file, outcomeType, keyColumns, members.ToImmutable(), isDecision);
    }

    private void ReadMember(IFieldSymbol field, INamedTypeSymbol? outcomeType, out string[] key, out IFieldSymbol? outcome)
    {
        key = Array.Empty<string>();
        outcome = null;
        var attribute = field.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _memberAttribute));
        if (attribute is null)
        {
            return;
        }

        if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Array)
        {
            key = attribute.ConstructorArguments[0].Values.Select(v => v.Value as string ?? string.Empty).ToArray();
        }

        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Outcome" && outcomeType is not null && named.Value.Value is { } value)
            {
                outcome = FindField(outcomeType, value);
            }
        }
    }

    private static IFieldSymbol? FindField(INamedTypeSymbol enumType, object value)
    {
        if (!Constants.TryToInt64(value, out var number))
        {
            return null;
        }

        return enumType.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.HasConstantValue && Constants.TryToInt64(f.ConstantValue, out var v) && v == number);
    }
}
