using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;

namespace CodeTables.Generator.Parsing;

// Turning rows into members: the code type, the names, and the checks that codes and names are unique.
internal static partial class TableParser
{
    private sealed partial class Reader
    {
        /// <summary>
        /// Integer or string codes. A stated code-type wins; otherwise a table whose codes are all integers is an integer
        /// table, and one whose codes are mostly integers is too, with every other code reported (CT0027) and its row
        /// dropped: a stray heading row must not silently turn TryFromCode(int) into TryFromCode(string).
        /// </summary>
        private CodeKind DecideKind(List<Row> rows, Layout layout, CodeKind? stated)
        {
            if (layout.KeyColumns.Length > 1)
            {
                if (stated == CodeKind.Integer)
                {
                    ReportSetting("code-type", "CodeType", "int", "a code made of several key columns is always text: remove the setting or state string");
                }

                return CodeKind.Composite;
            }

            if (stated == CodeKind.String)
            {
                return CodeKind.String;
            }

            var integers = rows.Count(r => !r.Rejected && r.Keys[0].Length > 0 && IsIntegerCode(r.Keys[0]));
            var others = rows.Count(r => !r.Rejected && !IsIntegerCode(r.Keys[0]));
            if (others == 0)
            {
                return CodeKind.Integer;
            }

            if (stated is null && integers <= others)
            {
                return CodeKind.String;
            }

            var why = stated == CodeKind.Integer
                ? Setting("code-type", "CodeType").Description + " says the codes are integers"
                : $"the table's other {integers.ToString(CultureInfo.InvariantCulture)} codes are";
            // The row is dropped, after its other cells are checked (AddMembers).
            foreach (var row in rows.Where(r => !IsIntegerCode(r.Keys[0])))
            {
                Report(Descriptors.NotAnInteger, row.CellLocation(layout.KeyColumns[0]), _tableName, row.Keys[0], row.Line.ToString(CultureInfo.InvariantCulture), why);
                row.Rejected = row.CodeRejected = true;
            }

            return CodeKind.Integer;
        }

        /// <summary>How many rows derive each member name from the text of the column mapped to Name.</summary>
        private static Dictionary<string, int> CountTextNames(List<Row> rows, Layout layout, string enumName)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal) { [Identifiers.Unescape(enumName)] = 1 };
            foreach (var row in rows.Where(r => !r.Rejected))
            {
                var name = Identifiers.MemberNameFor(row.Cell(layout.Name));
                if (name.Length > 0)
                {
                    counts[name] = counts.TryGetValue(name, out var count) ? count + 1 : 1;
                }
            }

            return counts;
        }

        private void AddMembers(Row row, Layout layout, CodeKind kind, string enumName, Dictionary<string, int>? textNames, List<TableMember> members)
        {
            var line = row.Line.ToString(CultureInfo.InvariantCulture);
            var keyCells = row.Keys;
            var codeLocation = row.CellLocation(layout.KeyColumns[0]);

            // Every cell is checked and every problem reported; a row with any of them is dropped at the end.
            var rowOk = !row.Rejected;
            var codeOk = !row.CodeRejected;
            var nameOk = true;
            if (kind != CodeKind.Composite && keyCells[0].Trim().Length == 0)
            {
                Report(Descriptors.EmptyCode, codeLocation, _tableName, line);
                rowOk = codeOk = false;
            }

            var retryText = layout.Retry >= 0 ? row.Cell(layout.Retry).Trim() : null;
            bool? retry = null;
            if (!string.IsNullOrEmpty(retryText))
            {
                retry = ParseRetry(retryText!);
                if (retry is null)
                {
                    Report(Descriptors.InvalidRetry, row.CellLocation(layout.Retry), _tableName, retryText!, line);
                    rowOk = false;
                }
            }

            var explicitName = layout.Name >= 0 && !layout.NameFromText ? row.Cell(layout.Name).Trim() : string.Empty;
            var nameLocation = explicitName.Length > 0 ? row.CellLocation(layout.Name) : codeLocation;
            var how = explicitName.Length > 0 ? string.Empty : $" (derived from {DescribeCode(keyCells)})";
            if (explicitName.Length > 0)
            {
                var problem = Identifiers.WhyInvalid(explicitName);
                var bare = Identifiers.Unescape(explicitName);
                problem ??= bare == Identifiers.Unescape(enumName) ? "it is the name of the enum itself" : bare == "value__" ? "the compiler reserves it" : null;
                if (problem is not null)
                {
                    Report(Descriptors.InvalidName, nameLocation, _tableName, explicitName, line, problem);
                    rowOk = nameOk = false;
                }
                else
                {
                    explicitName = bare;
                }
            }

            // A name derived from the publisher's text (a column mapped to Name); when two rows derive the same
            // text (SIP 406 and 606: Not Acceptable), every one of them gets its code appended: NotAcceptable406.
            var textName = string.Empty;
            var appendCode = false;
            if (layout.NameFromText)
            {
                var text = row.Cell(layout.Name);
                textName = Identifiers.MemberNameFor(text);
                appendCode = textName.Length > 0 && textNames!.TryGetValue(textName, out var sharing) && sharing > 1;
                nameLocation = row.CellLocation(layout.Name);
                how = textName.Length > 0 ? $" (derived from '{text.Trim()}')" : how;
            }

            var outcome = layout.Outcome >= 0 ? row.Cell(layout.Outcome).Trim() : null;
            var outcomeCell = layout.Outcome >= 0 ? row.CellLocation(layout.Outcome) : null;
            var description = layout.Description >= 0 ? row.Cell(layout.Description) : string.Empty;
            var extra = layout.Extra.Select(row.Cell).ToEquatableArray();

            // (code key, name, enum value) of each member this row makes: one, or one per code of a range.
            var made = new List<(string Key, string Name, int Value)>();
            string? range = null;
            var stem = explicitName.Length > 0 ? explicitName : textName;
            if (!codeOk)
            {
                // No code to make members from: the other cells were checked above.
            }
            else if (kind == CodeKind.Integer && CodeSyntax.TryParseRange(keyCells[0], out var first, out var last))
            {
                range = keyCells[0];
                if (first > last || (long)last - first + 1 > CodeSyntax.MaxRangeSize)
                {
                    var problem = first > last ? "ends before it starts" : "covers too many codes";
                    Report(Descriptors.InvalidRange, codeLocation, _tableName, range, line, problem, CodeSyntax.MaxRangeSize.ToString(CultureInfo.InvariantCulture));
                    RejectRow(row, layout);
                    return;
                }

                stem = stem.Length > 0 ? stem : "Code";
                for (long code = first; code <= last; code++)
                {
                    made.Add((CodeSyntax.Format((int)code), stem + Identifiers.NumberSuffix(code), (int)code));
                }
            }
            else if (kind == CodeKind.Integer)
            {
                CodeSyntax.TryParseInteger(keyCells[0], out var code);
                var name = stem.Length == 0 ? Identifiers.MemberNameFor((long)code)
                    : appendCode ? Identifiers.JoinWords(new[] { stem, Identifiers.NumberSuffix(code) })
                    : stem;
                made.Add((keyCells[0], name, code));
            }
            else
            {
                var name = appendCode ? Identifiers.MemberNameFor(new[] { row.Cell(layout.Name) }.Concat(keyCells)) : stem;
                if (name.Length == 0)
                {
                    name = Identifiers.MemberNameFor(keyCells);
                    if (name.Length == 0)
                    {
                        Report(Descriptors.CannotDeriveName, codeLocation, _tableName, DescribeCode(keyCells), line);
                        RejectRow(row, layout);
                        return;
                    }
                }

                made.Add((string.Join("\u001F", keyCells), name, 0));
            }

            // A duplicate is reported beside the row's other problems, but only a kept row claims its code and name.
            if (made.Count == 0 || !CheckUnique(made, range, keyCells, how, row, codeLocation, nameLocation, nameOk) || !rowOk)
            {
                RejectRow(row, layout);
                return;
            }

            var referenceCells = _referenceColumns.Select(row.CellLocation).ToEquatableArray();
            foreach (var (key, name, value) in made)
            {
                _codes[key] = (row.Line, range);
                _names[name] = row.Line;
                var memberKey = kind == CodeKind.Composite ? new EquatableArray<string>(keyCells) : new EquatableArray<string>(new[] { range is null ? keyCells[0] : key });
                members.Add(new TableMember(name, memberKey, value, range, outcome, retry, description, extra, row.Location, outcomeCell, referenceCells));
            }
        }

        private bool CheckUnique(
            List<(string Key, string Name, int Value)> made,
            string? range,
            string[] keyCells,
            string how,
            Row row,
            LocationInfo codeLocation,
            LocationInfo nameLocation,
            bool checkNames)
        {
            var line = row.Line.ToString(CultureInfo.InvariantCulture);
            foreach (var (key, _, _) in made)
            {
                if (_codes.TryGetValue(key, out var earlier))
                {
                    var earlierLine = earlier.Line.ToString(CultureInfo.InvariantCulture);
                    if (range is null && earlier.Range is null)
                    {
                        Report(Descriptors.DuplicateCode, codeLocation, _tableName, DescribeCode(keyCells), line, earlierLine);
                    }
                    else
                    {
                        var mine = range is null ? "code " + key : "the range " + range;
                        var theirs = earlier.Range is null ? "code " + key : "the range " + earlier.Range;
                        Report(Descriptors.CodeInRange, codeLocation, _tableName, mine, line, theirs, earlierLine);
                    }

                    return false;
                }
            }

            if (!checkNames)
            {
                return true;
            }

            foreach (var (_, name, _) in made)
            {
                if (_names.TryGetValue(name, out var earlierLine))
                {
                    Report(Descriptors.DuplicateName, nameLocation, _tableName, line, name, earlierLine.ToString(CultureInfo.InvariantCulture), how);
                    return false;
                }
            }

            return true;
        }

        private static string DescribeCode(string[] keyCells)
            => keyCells.Length == 1 ? "'" + keyCells[0] + "'" : "(" + string.Join(", ", keyCells.Select(k => "'" + k + "'")) + ")";

        private static bool IsIntegerCode(string cell)
            => CodeSyntax.TryParseInteger(cell, out _) || CodeSyntax.TryParseRange(cell, out _, out _) || cell.Length == 0;

        private static bool? ParseRetry(string text) => text.ToLowerInvariant() switch
        {
            "yes" or "true" => true,
            "no" or "false" => false,
            _ => null,
        };
    }
}
