using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CodeTables.Analyzers.Facts;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;

namespace CodeTables.Analyzers.Model;

/// <summary>
/// The code tables of one compilation: resolves the CodeTables attributes once, then reads each code-table enum's
/// metadata on first use and caches it. Thread-safe: the analyzers run concurrently.
/// </summary>
internal sealed class TableMetadataReader
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<TableMetadataReader?>> Readers = new ConditionalWeakTable<Compilation, StrongBox<TableMetadataReader?>>();
    private readonly ConcurrentDictionary<ITypeSymbol, CodeTableInfo?> _tables = new ConcurrentDictionary<ITypeSymbol, CodeTableInfo?>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, CodeTableInfo?> _extensionClasses = new ConcurrentDictionary<INamedTypeSymbol, CodeTableInfo?>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, CodeHolder?> _codeOf = new ConcurrentDictionary<ISymbol, CodeHolder?>(SymbolEqualityComparer.Default);
    private readonly INamedTypeSymbol? _outcome;
    private readonly INamedTypeSymbol? _outcomeCategory;

    private TableMetadataReader(Compilation compilation)
    {
        _outcome = compilation.GetTypeByMetadataName(GeneratedNames.DefaultOutcomeType);
        _outcomeCategory = compilation.GetTypeByMetadataName(GeneratedNames.OutcomeCategoryType);
    }

    /// <summary>
    /// The tables, or null when the compilation does not reference CodeTables (nothing to analyse). One reader per
    /// compilation, shared by the analyzers, the suppressor and the fixes, so each enum's metadata is read once per
    /// compilation rather than once per analyzer; it lives as long as the compilation does.
    /// </summary>
    public static TableMetadataReader? TryCreate(Compilation compilation)
        => Readers.GetValue(compilation, c => new StrongBox<TableMetadataReader?>(
            c.GetTypeByMetadataName(GeneratedNames.CodeTableAttribute) is null ? null : new TableMetadataReader(c))).Value;

    /// <summary>Whether a type is one of the runtime's taxonomy enums (CallOutcome, CallOutcomeCategory), resolved once per compilation.</summary>
    public bool IsRuntimeOutcome(INamedTypeSymbol type)
        => SymbolEqualityComparer.Default.Equals(type, _outcome) || SymbolEqualityComparer.Default.Equals(type, _outcomeCategory);

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
            foreach (var candidate in candidates)
            {
                if (GetTable(candidate) is { } table)
                {
                    return table;
                }
            }

            return null;
        });
    }

    /// <summary>
    /// What <c>[CodeOf(typeof(E))]</c> on a symbol (for a method, on its return value) says it holds: the table, with
    /// the key column it names (-1 when none); null when the symbol has no such attribute.
    /// </summary>
    public CodeHolder? GetCodeOf(ISymbol symbol)
    {
        // Most symbols met (locals' initializers, parameters, properties, methods) have no attributes at all: they
        // are answered without the cache. The others are read once per symbol per compilation.
        var attributes = symbol is IMethodSymbol method ? method.GetReturnTypeAttributes() : symbol.GetAttributes();
        if (attributes.IsEmpty)
        {
            return null;
        }

        return _codeOf.TryGetValue(symbol, out var known) ? known : _codeOf.GetOrAdd(symbol, ReadCodeOf(attributes));
    }

    private CodeHolder? ReadCodeOf(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (!CodeTableMetadata.IsNamed(attribute.AttributeClass, GeneratedNames.CodeOfAttribute) || attribute.ConstructorArguments.Length != 1)
            {
                continue;
            }

            var table = GetTable(attribute.ConstructorArguments[0].Value as ITypeSymbol);
            if (table is null)
            {
                return null;
            }

            return new CodeHolder(table, CodeTableMetadata.Column(attribute) is { } name ? table.ColumnIndex(name) : -1);
        }

        return null;
    }

    private static CodeTableInfo? Read(INamedTypeSymbol type)
    {
        if (CodeTableMetadata.CodeTableAttribute(type) is not { } attribute)
        {
            return null;
        }

        // The members' values only: their [CodeTableMember] attributes are read when a rule needs a code or an outcome.
        var fields = new List<IFieldSymbol>();
        var values = new List<long>();
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Constants.TryToInt64(field.ConstantValue, out var value))
            {
                fields.Add(field);
                values.Add(value);
            }
        }

        return new CodeTableInfo(type, CodeTableMetadata.File(attribute, type), CodeTableMetadata.OutcomeType(attribute), CodeTableMetadata.KeyColumns(attribute), fields, values, CodeTableMetadata.IsDecisionTable(attribute));
    }
}
