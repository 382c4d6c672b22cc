using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
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
    private readonly ConcurrentDictionary<ISymbol, (CodeTableInfo? Table, int Column)> _codeOf = new ConcurrentDictionary<ISymbol, (CodeTableInfo? Table, int Column)>(SymbolEqualityComparer.Default);
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
            return candidates.Select(GetTable).FirstOrDefault(table => table is not null);
        });
    }

    /// <summary>
    /// The table named by <c>[CodeOf(typeof(E))]</c> on a symbol (for a method, on its return value), with the
    /// key column it names (-1 when none).
    /// </summary>
    public CodeTableInfo? GetCodeOf(ISymbol symbol, out int column)
    {
        // Read once per symbol per compilation: the same parameter or property is met by every use of it.
        var (table, found) = _codeOf.GetOrAdd(symbol, ReadCodeOf);
        column = found;
        return table;
    }

    private (CodeTableInfo? Table, int Column) ReadCodeOf(ISymbol symbol)
    {
        var attributes = symbol is IMethodSymbol method ? method.GetReturnTypeAttributes() : symbol.GetAttributes();
        foreach (var attribute in attributes)
        {
            if (!CodeTableMetadata.IsNamed(attribute.AttributeClass, GeneratedNames.CodeOfAttribute) || attribute.ConstructorArguments.Length != 1)
            {
                continue;
            }

            var table = GetTable(attribute.ConstructorArguments[0].Value as ITypeSymbol);
            var column = table is not null && CodeTableMetadata.Column(attribute) is { } name ? table.ColumnIndex(name) : -1;
            return (table, column);
        }

        return (null, -1);
    }

    private static CodeTableInfo? Read(INamedTypeSymbol type)
    {
        if (CodeTableMetadata.CodeTableAttribute(type) is not { } attribute)
        {
            return null;
        }

        var outcomeType = CodeTableMetadata.OutcomeType(attribute);
        var members = ImmutableArray.CreateBuilder<CodeTableMember>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IFieldSymbol { HasConstantValue: true } field || !Constants.TryToInt64(field.ConstantValue, out var value))
            {
                continue;
            }

            var memberAttribute = CodeTableMetadata.MemberAttribute(field);
            var outcome = outcomeType is not null && CodeTableMetadata.OutcomeValue(memberAttribute) is { } outcomeValue ? FindField(outcomeType, outcomeValue) : null;
            members.Add(new CodeTableMember(field, value, CodeTableMetadata.Key(memberAttribute).ToArray(), outcome));
        }

        return new CodeTableInfo(type, CodeTableMetadata.File(attribute, type), outcomeType, CodeTableMetadata.KeyColumns(attribute), members.ToImmutable(), CodeTableMetadata.IsDecisionTable(attribute));
    }

    private static IFieldSymbol? FindField(INamedTypeSymbol enumType, object value)
    {
        if (!Constants.TryToInt64(value, out var number))
        {
            return null;
        }

        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Constants.TryToInt64(field.ConstantValue, out var v) && v == number)
            {
                return field;
            }
        }

        return null;
    }
}
