using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Validation;

/// <summary>
/// Resolves the targets of 'references' directives for the catalog: a table of this project (not in the
/// compilation yet), else a code-table enum of the compilation or a referenced assembly, read from its
/// [CodeTable]/[CodeTableMember] metadata, as <see cref="CompilationFactsReader"/> selected it.
/// </summary>
internal static class ReferenceResolver
{
    public static EquatableArray<ReferenceTargetInfo> Resolve(List<TableModel> tables, CompilationFacts compilation, EquatableArray<OutcomeTypeInfo> outcomeTypes, CancellationToken cancellationToken)
        => tables
            .SelectMany(t => Targets(t).Select(name => (Name: name, Context: t.Namespace)))
            .Distinct()
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .ThenBy(n => n.Context, StringComparer.Ordinal)
            .Select(n =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Resolve(n.Name, n.Context, tables, compilation, outcomeTypes);
            })
            .ToEquatableArray();

    /// <summary>The targets one table uses, so that a change to another target does not re-validate it.</summary>
    public static EquatableArray<ReferenceTargetInfo> For(TableModel table, EquatableArray<ReferenceTargetInfo> targets)
        => table.References.Count == 0 && table.Decision is null
            ? EquatableArray<ReferenceTargetInfo>.Empty
            : targets.Where(t => t.Context == table.Namespace && (table.References.Any(r => r.Target == t.Name) || DecisionTargets(table).Contains(t.Name))).ToEquatableArray();

    /// <summary>Every table name a table's cells point at: its reference columns' targets and its decision inputs typed as tables.</summary>
    internal static IEnumerable<string> Targets(TableModel table) => table.References.Select(r => r.Target).Concat(DecisionTargets(table));

    /// <summary>A decision table's inputs typed as code tables are resolved like references (Validation/DecisionValidator.cs).</summary>
    internal static IEnumerable<string> DecisionTargets(TableModel table)
        => table.Decision is null ? Enumerable.Empty<string>() : table.Decision.Inputs.Where(i => i.Kind == InputKind.Table).Select(i => i.Type);

    private static ReferenceTargetInfo Resolve(string name, string context, List<TableModel> tables, CompilationFacts compilation, EquatableArray<OutcomeTypeInfo> outcomeTypes)
    {
        var bare = CompilationFactsReader.Bare(name);
        var simple = CompilationFactsReader.IsSimple(bare);

        // A table of this project: by full name, else by simple name (its own namespace first).
        var matches = tables.Where(t => t.FullTypeName == bare).ToList();
        if (matches.Count == 0 && simple)
        {
            matches = tables.Where(t => t.EnumName == bare).ToList();
            if (matches.Count > 1 && matches.Any(t => t.Namespace == context))
            {
                matches = matches.Where(t => t.Namespace == context).ToList();
            }
        }

        if (matches.Count > 1)
        {
            return Problem(name, context, "is ambiguous: the tables " + string.Join(", ", matches.Select(t => t.FileName + " (" + t.FullTypeName + ")")) + " all generate it; write the full name", false);
        }

        if (matches.Count == 1)
        {
            return FromTable(name, context, matches[0], outcomeTypes);
        }

        var type = compilation.Type(bare);
        if (type is null && simple && context.Length > 0)
        {
            type = compilation.Type(context + "." + bare);
        }

        if (type is null && simple)
        {
            var candidates = compilation.BySimpleName(bare);
            var codeTables = candidates.Where(t => t.CodeTable is not null).ToList();
            if (codeTables.Count > 1)
            {
                return Problem(name, context, "is ambiguous: " + string.Join(", ", codeTables.Select(t => t.DisplayName)) + " are all code tables; write the full name", false);
            }

            type = codeTables.Count == 1 ? codeTables[0] : candidates.FirstOrDefault();
        }

        return type is null
            ? Problem(name, context, "is not found in this project or its references", false)
            : FromSymbol(name, context, type);
    }

    private static ReferenceTargetInfo FromTable(string name, string context, TableModel table, EquatableArray<OutcomeTypeInfo> outcomeTypes)
    {
        if (table.Kind == CodeKind.Composite)
        {
            return Problem(name, context, $"has a composite key ({string.Join(", ", table.KeyColumns)}), so one cell cannot name one of its codes", true);
        }

        // The target's own validation drops the rows whose outcome is unknown (CT0010, CT0022), or the whole table
        // when its outcome type is not found (CT0013): refer only to members that will exist, so that a mistake in
        // the target is reported once, in the target, and not as compiler errors in the referencing table's code.
        var outcome = table.OutcomeType is null ? null : outcomeTypes.FirstOrDefault(o => o.FullName == table.OutcomeType);
        if (outcome?.Problem is not null)
        {
            return Problem(name, context, $"is generated from '{table.FileName}', which cannot be generated: fix its errors first", false);
        }

        var known = outcome is null ? null : new HashSet<string>(outcome.Members, StringComparer.Ordinal);
        var members = table.Members
            .Where(m => known is null || known.Contains(string.IsNullOrEmpty(m.Outcome) ? GeneratedNames.UnknownOutcome : m.Outcome!))
            .Select(m => new TargetMember(m.Name, m.Key[0], m.Value))
            .ToEquatableArray();
        return new ReferenceTargetInfo(name, context, table.FullTypeName, table.FileName, table.Kind, members, null, false);
    }

    private static ReferenceTargetInfo FromSymbol(string name, string context, TypeFacts type)
    {
        if (!type.IsEnum)
        {
            return Problem(name, context, $"is {type.DisplayName}, which is not an enum", true);
        }

        var codeTable = type.CodeTable;
        if (codeTable is null)
        {
            return Problem(name, context, $"is the enum {type.DisplayName}, which is not generated from a code table (it has no [CodeTable] attribute)", true);
        }

        if (codeTable.HasCompositeKey)
        {
            return Problem(name, context, $"is the code table {type.DisplayName}, which has a composite key, so one cell cannot name one of its codes", true);
        }

        return new ReferenceTargetInfo(name, context, type.DisplayName, codeTable.FileName, codeTable.Kind, codeTable.Members, null, false);
    }

    private static ReferenceTargetInfo Problem(string name, string context, string problem, bool notCodeTable)
        => new(name, context, null, string.Empty, CodeKind.Integer, EquatableArray<TargetMember>.Empty, problem, notCodeTable);
}
