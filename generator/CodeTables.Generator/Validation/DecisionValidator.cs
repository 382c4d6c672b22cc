using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Validation;

/// <summary>
/// Checks a decision table against its input types (a code-table input's cells must hold that table's codes),
/// resolves every condition, and verifies the rules (<see cref="DecisionVerifier"/>): overlaps, unreachable and
/// redundant rows, duplicates, gaps. A row whose condition cannot be resolved is reported and left out.
/// </summary>
internal static class DecisionValidator
{
    /// <summary>C# 9: <c>or</c>, <c>not</c> and relational patterns.</summary>
    private const int PatternsLanguageVersion = 900;

    /// <summary>The plan to emit, with <paramref name="table"/>'s rules narrowed to the valid ones; null when an input type cannot be used.</summary>
    public static DecisionPlan? Validate(ref TableModel table, TableCatalog catalog, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var decision = table.Decision!;
        var ns = table.Namespace;
        var inputs = new List<PlannedInput>();
        var targets = new List<ReferenceTargetInfo?>();
        foreach (var input in decision.Inputs)
        {
            if (input.Kind != InputKind.Table)
            {
                inputs.Add(new PlannedInput(input.Column, input.Kind, input.Parameter, input.Kind == InputKind.Bool ? "bool" : input.Kind == InputKind.Int ? "int" : "string", null, false, 0));
                targets.Add(null);
                continue;
            }

            var target = catalog.ReferenceTargets.FirstOrDefault(t => t.Name == input.Type && t.Context == ns);
            if (target is null || target.Problem is not null || target.FullName is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InputTypeNotFound, decision.Directive, table.FileName, input.Column, input.Type, target?.Problem ?? "is not found in this project or its references"));
                return null;
            }

            var extensions = GeneratedNames.Beside(target.FullName, GeneratedNames.Extensions);
            var values = new HashSet<int>(target.Members.Select(m => m.Value));
            var notAMember = -1;
            while (values.Contains(notAMember))
            {
                notAMember--;
            }

            inputs.Add(new PlannedInput(input.Column, InputKind.Table, input.Parameter, GeneratedNames.Global(target.FullName), extensions, target.Kind == CodeKind.Integer, notAMember));
            targets.Add(target);
        }

        var kept = new List<TableMember>();
        var conditions = new List<PlannedCondition[]>();
        var dropped = decision.RowsDropped;
        foreach (var member in table.Members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var resolved = new PlannedCondition[inputs.Count];
            var ok = true;
            for (var i = 0; i < inputs.Count && ok; i++)
            {
                resolved[i] = Resolve(table, member, i, decision.Inputs[i], targets[i], diagnostics)!;
                ok = resolved[i] is not null;
            }

            if (!ok)
            {
                dropped = true;
                continue;
            }

            kept.Add(member);
            conditions.Add(resolved);
        }

        if (kept.Count != table.Members.Count)
        {
            table = table with { Members = kept.Select((m, i) => m with { Value = i + 1 }).ToEquatableArray() };
        }

        var reachable = DecisionVerifier.Verify(table, decision with { RowsDropped = dropped }, inputs, targets, conditions, diagnostics, cancellationToken);
        var rules = table.Members.Select((m, i) => new PlannedRule(m.Name, reachable[i], conditions[i].ToEquatableArray())).ToEquatableArray();
        var patterns = catalog.LanguageVersion >= PatternsLanguageVersion;
        var exhaustive = patterns && DecisionVerifier.CoversEveryValue(inputs, targets, conditions, cancellationToken);
        return new DecisionPlan(inputs.ToEquatableArray(), rules, decision.FirstHit, decision.Complete, patterns, exhaustive);
    }

    /// <summary>One cell's condition, resolved; null when it is reported.</summary>
    private static PlannedCondition? Resolve(TableModel table, TableMember member, int index, DecisionInput input, ReferenceTargetInfo? target, List<DiagnosticInfo> diagnostics)
    {
        var cell = member.Key[index];
        var any = new PlannedCondition(true, false, EquatableArray<string>.Empty, EquatableArray<IntRange>.Empty);
        if (ConditionSyntax.IsAny(cell))
        {
            return any;
        }

        ConditionSyntax.Split(cell, out var negated, out var items);
        var location = member.InputCells.Count > index ? member.InputCells[index] : member.Row;
        var line = member.Row.Line.ToString(CultureInfo.InvariantCulture);
        string? nothing = null;
        PlannedCondition? result = null;
        switch (input.Kind)
        {
            case InputKind.Bool:
                var set = items.Select(i => ConditionSyntax.TryParseBool(i, out var b) && b).Distinct().ToList();
                var matches = new[] { false, true }.Where(b => set.Contains(b) != negated).ToList();
                nothing = matches.Count == 0 ? "matches neither yes nor no" : null;
                result = matches.Count == 2 ? any : new PlannedCondition(false, false, new[] { matches.Count == 1 && matches[0] ? "true" : "false" }.ToEquatableArray(), EquatableArray<IntRange>.Empty);
                break;
            case InputKind.Int:
                var ranges = ConditionSyntax.Normalize(items.Select(i => { ConditionSyntax.ParseIntTest(i, out var low, out var high); return new IntRange(low, high); }), negated);
                nothing = ranges.Count == 0 ? "matches no integer" : null;
                result = ranges.Count == 1 && ranges[0].Low == int.MinValue && ranges[0].High == int.MaxValue
                    ? any
                    : new PlannedCondition(false, false, EquatableArray<string>.Empty, ranges.ToEquatableArray());
                break;
            case InputKind.String:
                result = new PlannedCondition(false, negated, items.Distinct(StringComparer.Ordinal).ToEquatableArray(), EquatableArray<IntRange>.Empty);
                break;
            default:
                var names = new List<string>();
                foreach (var item in items)
                {
                    var code = target!.Members.FirstOrDefault(m => (target.Kind == CodeKind.Integer ? CodeSyntax.Format(m.Value) : m.Code) == item);
                    if (code is not null)
                    {
                        names.Add(code.Name);
                        continue;
                    }

                    if (target.Kind == CodeKind.Integer && !CodeSyntax.TryParseInteger(item, out _) && ConditionSyntax.ParseIntTest(item, out var low, out var high) is null)
                    {
                        // An integer-coded table's codes can be picked by range or comparison: 400..499, >=500.
                        var inRange = target.Members.Where(m => m.Value >= low && m.Value <= high).Select(m => m.Name).ToList();
                        if (inRange.Count == 0)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(Descriptors.MalformedCondition, location, table.FileName, cell, input.Column, line, $"has '{item}', which matches no code of {target.FullName}", "Write codes that are in the table."));
                            return null;
                        }

                        names.AddRange(inRange);
                        continue;
                    }

                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownInputCode, location, table.FileName, item, input.Column, line, target.FullName!, target.FileName, ReferenceValidator.Nearest(item, target)));
                    return null;
                }

                result = new PlannedCondition(false, negated, names.Distinct(StringComparer.Ordinal).ToEquatableArray(), EquatableArray<IntRange>.Empty);
                break;
        }

        if (nothing is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.MalformedCondition, location, table.FileName, cell, input.Column, line, nothing, "A row whose condition matches nothing can never be chosen: correct the condition or remove the row."));
            return null;
        }

        return result;
    }
}
