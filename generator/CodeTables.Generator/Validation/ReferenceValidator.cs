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
/// Checks a table's reference columns against their resolved targets. A target that cannot be used drops that
/// column's accessor; a code that is not in the target is an error at its cell and is left out of that row's
/// reference only: the row, the other columns and the table still generate, so one typo is one error rather than
/// a cascade through every switch and table that uses the row.
/// </summary>
internal static class ReferenceValidator
{
    public static EquatableArray<ResolvedReference> Validate(TableModel table, TableCatalog catalog, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        if (table.References.Count == 0)
        {
            return EquatableArray<ResolvedReference>.Empty;
        }

        var resolved = new List<ResolvedReference>(table.References.Count);
        for (var column = 0; column < table.References.Count; column++)
        {
            var reference = table.References[column];
            var target = catalog.ReferenceTargets.FirstOrDefault(t => t.Name == reference.Target && t.Context == table.Namespace);
            if (target is null || target.Problem is not null || target.FullName is null)
            {
                var problem = target?.Problem ?? "is not found in this project or its references";
                var descriptor = target?.IsNotCodeTable == true ? Descriptors.ReferenceTargetNotCodeTable : Descriptors.ReferenceTargetNotFound;
                diagnostics.Add(DiagnosticInfo.Create(descriptor, reference.Directive, table.FileName, reference.Column, reference.Target, problem));
                continue;
            }

            resolved.Add(Check(table, column, reference, target, diagnostics, cancellationToken));
        }

        return resolved.ToEquatableArray();
    }

    private static ResolvedReference Check(TableModel table, int column, ReferenceColumn reference, ReferenceTargetInfo target, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in target.Members)
        {
            // Integer codes are matched by value in canonical form ("17"), as the target's rows were.
            var code = target.Kind == CodeKind.Integer ? CodeSyntax.Format(member.Value) : member.Code;
            if (!byCode.ContainsKey(code))
            {
                byCode.Add(code, member.Name);
            }
        }

        var links = new List<ReferenceLink>();
        var reported = new HashSet<(int Line, string Code)>();
        foreach (var member in table.Members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var names = new List<string>();
            foreach (var code in ReferenceDirective.Codes(reference.Cell(member), reference.IsList))
            {
                if (byCode.TryGetValue(code, out var name))
                {
                    if (!names.Contains(name))
                    {
                        names.Add(name);
                    }

                    continue;
                }

                // A range row makes many members from one cell: report each bad code once.
                if (reported.Add((member.Row.Line, code)))
                {
                    var cell = member.ReferenceCells.Count > column ? member.ReferenceCells[column] : member.Row;
                    diagnostics.Add(DiagnosticInfo.Create(
                        Descriptors.UnknownReferencedCode,
                        cell,
                        table.FileName,
                        code,
                        reference.Column,
                        member.Row.Line.ToString(CultureInfo.InvariantCulture),
                        target.FullName!,
                        target.FileName,
                        Nearest(code, target)));
                }
            }

            if (names.Count > 0)
            {
                links.Add(new ReferenceLink(member.Name, names.ToEquatableArray()));
            }
        }

        return new ResolvedReference(reference.Column, reference.Method, target.FullName!, target.FileName, reference.IsList, links.ToEquatableArray());
    }

    /// <summary>" (nearest codes: 16, 17, 18)": the numerically nearest integer codes, or the closest spellings.</summary>
    private static string Nearest(string code, ReferenceTargetInfo target)
    {
        var nearest = target.Kind == CodeKind.Integer && long.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? NearestName.NearestNumbers(number, target.Members.Select(m => (long)m.Value), 3).Select(n => CodeSyntax.Format((int)n)).ToList()
            : NearestName.FindSeveral(code, target.Members.Select(m => m.Code), 3);
        return nearest.Count == 0 ? string.Empty : " (nearest codes: " + string.Join(", ", nearest) + ")";
    }
}
