using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CodeTables.Generator.Model;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeTables.Generator.Validation;

/// <summary>
/// Builds the <see cref="TableCatalog"/>: the facts every table's validation needs from the other tables and
/// the compilation. It runs on every compilation change, so it only looks up the few types tables name;
/// its result is equatable, so tables are re-validated only when those facts change.
/// </summary>
internal static class CatalogBuilder
{
    public static TableCatalog Build(ImmutableArray<ParsedTable> tables, Compilation compilation, LanguageVersion languageVersion, CancellationToken cancellationToken)
    {
        var valid = tables.Where(t => t.Table is not null).Select(t => t.Table!).OrderBy(t => t.FilePath, StringComparer.Ordinal).ToList();

        var owners = new List<TypeOwner>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in valid)
        {
            if (seen.Add(table.FullTypeName))
            {
                owners.Add(new TypeOwner(table.FullTypeName, table.FilePath));
            }
        }

        var outcomeTypes = valid
            .Where(t => t.OutcomeType is not null)
            .Select(t => t.OutcomeType!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(name => Resolve(name, valid, compilation, cancellationToken))
            .ToEquatableArray();

        var hasSpan = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null;
        var repeated = tables
            .GroupBy(t => t.FilePath, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToEquatableArray();
        var referenceTargets = ReferenceResolver.Resolve(valid, compilation, outcomeTypes, cancellationToken);
        return new TableCatalog(outcomeTypes, owners.ToEquatableArray(), repeated, (int)languageVersion, hasSpan, referenceTargets);
    }

    /// <summary>
    /// The part of the catalog one table's validation reads (its type's owner, its outcome type, its reference
    /// targets), so that a change to another table re-validates only the tables that use it.
    /// </summary>
    public static TableCatalog ForTable(TableCatalog catalog, ParsedTable parsed)
    {
        var table = parsed.Table;
        if (table is null)
        {
            return catalog with { OutcomeTypes = EquatableArray<OutcomeTypeInfo>.Empty, TypeOwners = EquatableArray<TypeOwner>.Empty, ReferenceTargets = EquatableArray<ReferenceTargetInfo>.Empty };
        }

        return catalog with
        {
            OutcomeTypes = catalog.OutcomeTypes.Where(o => o.FullName == table.OutcomeType).ToEquatableArray(),
            TypeOwners = catalog.TypeOwners.Where(o => o.FullTypeName == table.FullTypeName).ToEquatableArray(),
            ReferenceTargets = ReferenceResolver.For(table, catalog.ReferenceTargets),
        };
    }

    private static OutcomeTypeInfo Resolve(string name, List<TableModel> tables, Compilation compilation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // An outcome type generated from another table in this project is not in the compilation yet.
        var generated = tables.FirstOrDefault(t => t.FullTypeName == name);
        if (generated is not null)
        {
            return new OutcomeTypeInfo(name, generated.Members.Select(m => m.Name).ToEquatableArray(), null, GetsIsRetryable(generated, tables, compilation, 0), generated.OutcomeType);
        }

        var type = compilation.GetTypeByMetadataName(name);
        if (type is null)
        {
            return new OutcomeTypeInfo(name, EquatableArray<string>.Empty, "is not found in this project or its references", false);
        }

        if (type.TypeKind != TypeKind.Enum)
        {
            return new OutcomeTypeInfo(name, EquatableArray<string>.Empty, "is not an enum", false);
        }

        var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).Select(f => f.Name).ToEquatableArray();
        var codeTable = CodeTableMetadata.CodeTableAttribute(type);
        var classifiedOnto = codeTable is null ? null : CodeTableMetadata.OutcomeType(codeTable);
        return new OutcomeTypeInfo(name, members, null, HasIsRetryable(type, compilation), classifiedOnto?.ToDisplayString());
    }

    /// <summary>A generated table gets IsRetryable with Retry cells, or with an outcome type that has retry advice (Emit/AccessorWriter.cs).</summary>
    private static bool GetsIsRetryable(TableModel table, List<TableModel> tables, Compilation compilation, int depth)
    {
        if (table.Members.Any(m => m.Retry is not null))
        {
            return true;
        }

        if (table.OutcomeType is null || depth > 8)
        {
            return false;
        }

        var generated = tables.FirstOrDefault(t => t.FullTypeName == table.OutcomeType);
        if (generated is not null)
        {
            return generated != table && GetsIsRetryable(generated, tables, compilation, depth + 1);
        }

        return compilation.GetTypeByMetadataName(table.OutcomeType) is { TypeKind: TypeKind.Enum } type && HasIsRetryable(type, compilation);
    }

    /// <summary>A compiled code table whose extension class (E + GeneratedNames.ExtensionsSuffix, same namespace) has IsRetryable(E).</summary>
    private static bool HasIsRetryable(INamedTypeSymbol type, Compilation compilation)
    {
        if (!CodeTableMetadata.IsCodeTable(type))
        {
            return false;
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : string.Empty;
        var extensions = compilation.GetTypeByMetadataName(ns + GeneratedNames.Extensions(type.MetadataName));
        return extensions is not null && extensions.GetMembers(GeneratedNames.IsRetryable).OfType<IMethodSymbol>()
            .Any(m => m.IsStatic && m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, type));
    }
}
