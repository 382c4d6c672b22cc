using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CodeTables.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeTables.Generator.Validation;

/// <summary>
/// Builds the <see cref="TableCatalog"/>: the facts every table's validation needs from the other tables and
/// the compilation. It reads the compilation only through <see cref="CompilationFacts"/> (selected first by
/// <see cref="CompilationFactsReader"/>), so it re-runs only when the tables or those facts change; its result is
/// equatable, so tables are re-validated only when what they use changes.
/// </summary>
internal static class CatalogBuilder
{
    /// <summary>The catalog of <paramref name="tables"/> in <paramref name="compilation"/>: request, facts and catalog in one call.</summary>
    public static TableCatalog Build(ImmutableArray<ParsedTable> tables, Compilation compilation, LanguageVersion languageVersion, CancellationToken cancellationToken)
        => Build(tables, CompilationFactsReader.Read(CompilationFactsReader.Request(tables, cancellationToken), compilation, null, cancellationToken), languageVersion, cancellationToken);

    public static TableCatalog Build(ImmutableArray<ParsedTable> tables, CompilationFacts compilation, LanguageVersion languageVersion, CancellationToken cancellationToken)
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

        var hasSpan = compilation.HasSpan;
        var repeated = tables
            .GroupBy(t => t.FilePath, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToEquatableArray();
        var referenceTargets = ReferenceResolver.Resolve(valid, compilation, outcomeTypes, cancellationToken);
        return new TableCatalog(outcomeTypes, owners.ToEquatableArray(), repeated, (int)languageVersion, hasSpan, referenceTargets, compilation.UserTypes, compilation.Storage);
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
            return catalog with { OutcomeTypes = EquatableArray<OutcomeTypeInfo>.Empty, TypeOwners = EquatableArray<TypeOwner>.Empty, ReferenceTargets = EquatableArray<ReferenceTargetInfo>.Empty, UserTypes = EquatableArray<UserType>.Empty };
        }

        return catalog with
        {
            OutcomeTypes = catalog.OutcomeTypes.Where(o => o.FullName == table.OutcomeType).ToEquatableArray(),
            TypeOwners = catalog.TypeOwners.Where(o => o.FullTypeName == table.FullTypeName).ToEquatableArray(),
            ReferenceTargets = ReferenceResolver.For(table, catalog.ReferenceTargets),
            UserTypes = catalog.UserTypes.Count == 0 ? catalog.UserTypes : TypeClashes.Names(table).SelectMany(n => catalog.UserTypes.Where(u => u.MetadataName == n)).ToEquatableArray(),
        };
    }

    private static OutcomeTypeInfo Resolve(string name, List<TableModel> tables, CompilationFacts compilation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // An outcome type generated from another table in this project is not in the compilation yet.
        var generated = tables.FirstOrDefault(t => t.FullTypeName == name);
        if (generated is not null)
        {
            return new OutcomeTypeInfo(name, generated.Members.Select(m => m.Name).ToEquatableArray(), null, GetsIsRetryable(generated, tables, compilation, 0), generated.OutcomeType);
        }

        var type = compilation.Type(name);
        if (type is null)
        {
            return new OutcomeTypeInfo(name, EquatableArray<string>.Empty, "is not found in this project or its references", false);
        }

        if (!type.IsEnum)
        {
            return new OutcomeTypeInfo(name, EquatableArray<string>.Empty, "is not an enum", false);
        }

        return new OutcomeTypeInfo(name, type.ConstNames, null, type.CodeTable?.HasIsRetryable ?? false, type.CodeTable?.OutcomeType);
    }

    /// <summary>A generated table gets IsRetryable with Retry cells, or with an outcome type that has retry advice (Emit/AccessorWriter.cs).</summary>
    private static bool GetsIsRetryable(TableModel table, List<TableModel> tables, CompilationFacts compilation, int depth)
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

        return compilation.Type(table.OutcomeType) is { IsEnum: true, CodeTable.HasIsRetryable: true };
    }
}
