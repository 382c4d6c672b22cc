using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;

namespace CodeTables.Generator.Parsing;

// Decision tables (docs/table-format.md, "Decision tables"): the 'inputs', 'hit-policy' and 'complete' settings, and
// rows read as rules whose input cells are conditions. Input types that name code tables are resolved later
// (Validation/DecisionValidator.cs), with the catalog.
internal static partial class TableParser
{
    private sealed partial class Reader
    {
        /// <summary>The header's columns, for messages about a decision table's cells.</summary>
        private string[] _columns = Array.Empty<string>();

        /// <summary>The decision settings, or null when they are invalid (reported; the table is not generated).</summary>
        private DecisionModel? ReadDecision(TableSettings settings, string[] columns)
        {
            _columns = columns;
            var (location, _) = Setting("inputs", "Inputs");
            var inputs = new List<DecisionInput>();
            var parameters = new List<string>();
            string? problem = null;
            if (settings.Key is not null)
            {
                problem = "is given together with 'key': a decision table has inputs, not a key; remove the key setting";
            }

            foreach (var entry in settings.Inputs!.Split(',').Select(e => e.Trim()).Where(e => e.Length > 0))
            {
                var equals = entry.IndexOf('=');
                var column = equals < 0 ? entry : entry.Substring(0, equals).Trim();
                var type = equals < 0 ? string.Empty : entry.Substring(equals + 1).Trim();
                var index = IndexOf(columns, column);
                var kind = type switch
                {
                    "bool" => InputKind.Bool,
                    "int" => InputKind.Int,
                    "string" => InputKind.String,
                    _ => InputKind.Table,
                };
                if (problem is not null)
                {
                    break;
                }

                if (equals < 0 || type.Length == 0 || column.Length == 0)
                {
                    problem = $"has '{entry}', which is not of the form Column=Type";
                }
                else if (index < 0)
                {
                    problem = $"names the column '{column}', which is not in the header (its columns are: {string.Join(", ", columns.Where(c => c.Length > 0))})";
                }
                else if (inputs.Any(i => string.Equals(i.Column, columns[index], StringComparison.OrdinalIgnoreCase)))
                {
                    problem = $"names the column '{column}' twice";
                }
                else if (Array.Exists(ColumnRoles, r => string.Equals(r, columns[index], StringComparison.OrdinalIgnoreCase)))
                {
                    problem = $"names the column '{column}', which holds the rule's {columns[index]}, not a condition";
                }
                else if (kind == InputKind.Table && type.Split('.').Any(p => Identifiers.WhyInvalid(Identifiers.Unescape(p.StartsWith("global::", StringComparison.Ordinal) ? p.Substring(8) : p)) is not null))
                {
                    problem = $"gives the input '{column}' the type '{type}', which is neither bool, int, string nor the name of an enum";
                }

                if (problem is not null)
                {
                    break;
                }

                var parameter = Identifiers.CamelCase(columns[index]);
                var unique = parameter;
                for (var n = 2; parameters.Contains(unique); n++)
                {
                    unique = parameter + n.ToString(CultureInfo.InvariantCulture);
                }

                parameters.Add(unique);
                inputs.Add(new DecisionInput(columns[index], type, kind, Shared.GeneratedNames.Escape(unique)));
            }

            if (problem is null && inputs.Count == 0)
            {
                problem = "names no input";
            }

            if (problem is not null)
            {
                Report(Descriptors.InvalidInputs, location, _tableName, problem);
                _tableError = true;
                return null;
            }

            var first = false;
            switch (settings.HitPolicy?.ToLowerInvariant())
            {
                case null:
                case "unique":
                case "u":
                    break;
                case "first":
                case "f":
                    first = true;
                    break;
                default:
                    ReportSetting("hit-policy", "HitPolicy", settings.HitPolicy!, "use unique (at most one row matches any input) or first (rows are tried in order)");
                    return null;
            }

            var complete = true;
            if (settings.Complete is { } completeText && !ConditionSyntax.TryParseBool(completeText, out complete))
            {
                ReportSetting("complete", "Complete", completeText, "use yes (every input must match a row) or no");
                return null;
            }

            return new DecisionModel(inputs.ToEquatableArray(), first, complete, location, false);
        }

        /// <summary>
        /// The rules: one member per row, its key the condition cells (empty as *). A row with a malformed condition,
        /// a condition outside the inputs, a bad Retry or Name is reported and left out.
        /// </summary>
        private DecisionModel ReadRules(DecisionModel decision, List<Row> rows, Layout layout, string enumName, List<TableMember> members)
        {
            var dropped = false;
            var names = new HashSet<string>(StringComparer.Ordinal) { Identifiers.Unescape(enumName), "value__" };
            var explicitNames = new Dictionary<string, int>(StringComparer.Ordinal);
            if (layout.Name >= 0 && !layout.NameFromText)
            {
                // Written names first, so that a derived name never takes one a later row writes.
                names.UnionWith(rows.Select(r => Identifiers.Unescape(r.Cell(layout.Name).Trim())).Where(n => n.Length > 0));
            }

            foreach (var row in rows)
            {
                if (!TryReadRule(decision, row, layout, enumName, explicitNames, out var member))
                {
                    dropped = true;
                    continue;
                }

                var name = member!.Name;
                if (layout.Name < 0 || row.Cell(layout.Name).Trim().Length == 0 || layout.NameFromText)
                {
                    // A derived name: the conditions' words; a second rule with the same words gets 2, then 3.
                    var stem = name;
                    for (var n = 2; names.Contains(name); n++)
                    {
                        name = Identifiers.JoinWords(new[] { stem, n.ToString(CultureInfo.InvariantCulture) });
                    }
                }

                names.Add(name);
                members.Add(member with { Name = name, Value = members.Count + 1 });
            }

            var named = layout.Name >= 0 && !layout.NameFromText ? members.Where(m => explicitNames.ContainsKey(m.Name)).Select(m => m.Name).ToEquatableArray() : EquatableArray<string>.Empty;
            return decision with { RowsDropped = dropped, NamedRules = named };
        }

        private bool TryReadRule(DecisionModel decision, Row row, Layout layout, string enumName, Dictionary<string, int> explicitNames, out TableMember? member)
        {
            member = null;
            var line = row.Line.ToString(CultureInfo.InvariantCulture);
            var cells = new string[decision.Inputs.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = row.Keys[i];
                cells[i] = ConditionSyntax.IsAny(cell) ? ConditionSyntax.Any : cell;
                var problem = CheckCondition(cell, decision.Inputs[i].Kind, out var hint);
                if (problem is not null)
                {
                    Report(Descriptors.MalformedCondition, row.CellLocation(layout.KeyColumns[i]), _tableName, cell, decision.Inputs[i].Column, line, problem, hint);
                    return false;
                }
            }

            var outputs = new[] { layout.Outcome, layout.Retry }.Concat(layout.Extra).Where(c => c >= 0 && !EmitNotes(c, layout, row));
            foreach (var column in outputs)
            {
                var cell = row.Cell(column).Trim();
                if (ConditionSyntax.LooksLikeCondition(cell))
                {
                    var what = column == layout.Outcome ? "it holds the rule's result" : column == layout.Retry ? "it holds the rule's retry advice" : "its cells are the rule's metadata";
                    Report(Descriptors.ConditionInOutputColumn, row.CellLocation(column), _tableName, cell, _columns[column], line, what);
                    return false;
                }
            }

            bool? retry = null;
            var retryText = layout.Retry >= 0 ? row.Cell(layout.Retry).Trim() : string.Empty;
            if (retryText.Length > 0)
            {
                retry = ParseRetry(retryText);
                if (retry is null)
                {
                    Report(Descriptors.InvalidRetry, row.CellLocation(layout.Retry), _tableName, retryText, line);
                    return false;
                }
            }

            var name = layout.Name >= 0 && !layout.NameFromText ? row.Cell(layout.Name).Trim() : string.Empty;
            if (name.Length > 0)
            {
                var bare = Identifiers.Unescape(name);
                var problem = Identifiers.WhyInvalid(name) ?? (bare == Identifiers.Unescape(enumName) ? "it is the name of the enum itself" : bare == "value__" ? "the compiler reserves it" : null);
                if (problem is not null)
                {
                    Report(Descriptors.InvalidName, row.CellLocation(layout.Name), _tableName, name, line, problem);
                    return false;
                }

                if (explicitNames.TryGetValue(bare, out var earlier))
                {
                    Report(Descriptors.DuplicateName, row.CellLocation(layout.Name), _tableName, line, bare, earlier.ToString(CultureInfo.InvariantCulture), string.Empty);
                    return false;
                }

                explicitNames[bare] = row.Line;
                name = bare;
            }
            else
            {
                var words = cells.SelectMany((c, i) => ConditionSyntax.NameWords(c, decision.Inputs[i])).ToList();
                name = Identifiers.MemberNameFor(words);
                name = name.Length == 0 ? "Otherwise" : name;
            }

            var outcome = layout.Outcome >= 0 ? row.Cell(layout.Outcome).Trim() : null;
            var outcomeCell = layout.Outcome >= 0 ? row.CellLocation(layout.Outcome) : null;
            var description = layout.Description >= 0 ? row.Cell(layout.Description) : string.Empty;
            var extra = layout.Extra.Select(row.Cell).ToEquatableArray();
            var inputCells = layout.KeyColumns.Select(row.CellLocation).ToEquatableArray();
            member = new TableMember(name, cells.ToEquatableArray(), 0, null, outcome, retry, description, extra, row.Location, outcomeCell, default, inputCells);
            return true;
        }

        /// <summary>The Notes column is prose for the table's maintainers: anything goes.</summary>
        private bool EmitNotes(int column, Layout layout, Row row) => column != layout.Outcome && column != layout.Retry && IsNotes(_columns[column]);

        /// <summary>Why a cell is not a condition on an input of this kind (codes of a table are checked in validation), or null.</summary>
        private static string? CheckCondition(string cell, InputKind kind, out string hint)
        {
            hint = string.Empty;
            if (ConditionSyntax.IsAny(cell))
            {
                return null;
            }

            var problem = ConditionSyntax.Split(cell, out _, out var items);
            if (problem is not null)
            {
                hint = "Write * (or leave the cell empty) for any value, a|b for any of, !a for anything but.";
                return problem;
            }

            foreach (var item in items)
            {
                switch (kind)
                {
                    case InputKind.Bool when !ConditionSyntax.TryParseBool(item, out _):
                        hint = "Write yes, no, true or false, or * for either.";
                        return $"has '{item}', which is not yes or no";
                    case InputKind.Int when ConditionSyntax.ParseIntTest(item, out _, out _) is { } intProblem:
                        hint = "Write an integer (5), a range (1..5) or a comparison (<3, <=3, >5, >=6), several joined with |.";
                        return intProblem;
                }
            }

            return null;
        }
    }
}
