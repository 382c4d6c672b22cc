using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;
using CsvHelper;

namespace CodeTables.Generator.Parsing
{
    /// <summary>
    /// Stage 1 of the pipeline: table text -> <see cref="TableModel"/> and diagnostics.
    /// A problem with the table as a whole (bad header, unreadable CSV, bad names) drops the table;
    /// a problem with one row drops that row, so the generated type stays consistent with the rest.
    /// </summary>
    internal static class TableParser
    {
        public static ParsedTable Parse(TableSource source, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var table = new Reader(source, diagnostics, cancellationToken).Read();
            return new ParsedTable(source.Path, table, diagnostics.ToEquatableArray());
        }

        /// <summary>The state of reading one table.</summary>
        private sealed class Reader
        {
            private readonly TableSource _source;
            private readonly List<DiagnosticInfo> _diagnostics;
            private readonly CancellationToken _cancellationToken;
            private readonly string _tableName;
            private readonly Dictionary<string, (int Line, string? Range)> _codes = new(StringComparer.Ordinal);
            private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
            private TextLocator _locator = null!;
            private bool _tableError;
            private int[] _referenceColumns = Array.Empty<int>();

            public Reader(TableSource source, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
            {
                _source = source;
                _diagnostics = diagnostics;
                _cancellationToken = cancellationToken;
                _tableName = Path.GetFileName(source.Path);
            }

            public TableModel? Read()
            {
                var text = _source.Text;
                _locator = new TextLocator(_source.Path, text ?? string.Empty);
                if (text is null)
                {
                    Report(Descriptors.UnreadableFile, _locator.FileStart, _tableName);
                    return null;
                }

                var settings = DirectiveReader.Read(text, _tableName, _locator, _diagnostics, out var headerOffset, out var directives)
                    .Over(_source.ItemSettings);

                var enumName = settings.Enum ?? Identifiers.TypeNameFor(Path.GetFileNameWithoutExtension(_source.Path));
                var ns = settings.Namespace ?? _source.DefaultNamespace;
                CheckTypeNames(enumName, settings.Enum is null, ns, directives);

                List<CsvRecord> records;
                try
                {
                    records = CsvRecordReader.Read(text, headerOffset).Where(r => !r.IsBlank).ToList();
                }
                catch (CsvHelperException e)
                {
                    Report(Descriptors.MalformedCsv, _locator.LineAt(headerOffset), _tableName, e.Message.Split('\n')[0].Trim());
                    return null;
                }

                if (records.Count == 0)
                {
                    Report(Descriptors.EmptyTable, _locator.FileStart, _tableName, "is empty", "Add a header row (e.g. Code,Outcome,Description) and one row per code.");
                    return null;
                }

                var header = records[0];
                var headerLocation = _locator.LineAt(header.Start);
                if (header.BadData)
                {
                    ReportBadQuotes(header);
                    return null;
                }

                var columns = header.Fields.Select(f => f.Trim()).ToArray();
                var layout = ReadLayout(columns, settings.Key, headerLocation);
                if (layout is null || _tableError)
                {
                    return null;
                }

                var references = ReferenceDirective.Parse(
                    settings.References, directives.TryGetValue("references", out var r) ? r : headerLocation, _tableName, columns, layout.KeyColumns, layout.Extra, _diagnostics);
                _referenceColumns = references.Select(c => IndexOf(columns, c.Column)).ToArray();

                var rows = new List<Row>(records.Count);
                for (var i = 1; i < records.Count; i++)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var row = ReadRow(records[i], columns.Length);
                    if (row is not null)
                    {
                        rows.Add(row);
                    }
                }

                if (_tableError)
                {
                    return null;
                }

                if (rows.Count == 0 && records.Count == 1)
                {
                    Report(Descriptors.EmptyTable, headerLocation, _tableName, "has a header but no rows", "Add one row per code below the header.");
                    return null;
                }

                var kind = layout.KeyColumns.Length > 1 ? CodeKind.Composite
                    : rows.All(r => IsIntegerCode(r.Cell(layout.KeyColumns[0]))) ? CodeKind.Integer
                    : CodeKind.String;

                var members = new List<TableMember>(rows.Count);
                foreach (var row in rows)
                {
                    AddMembers(row, layout, kind, enumName, members);
                }

                if (kind != CodeKind.Integer)
                {
                    for (var i = 0; i < members.Count; i++)
                    {
                        members[i] = members[i] with { Value = i + 1 };
                    }
                }

                return new TableModel(
                    _source.Path,
                    _tableName,
                    Identifiers.Unescape(enumName),
                    ns,
                    settings.Vendor,
                    settings.Source,
                    settings.Summary,
                    kind,
                    layout.KeyColumns.Select(i => columns[i]).ToEquatableArray(),
                    layout.Outcome >= 0 ? settings.OutcomeType ?? _source.DefaultOutcomeType : null,
                    layout.Extra.Select(i => columns[i]).ToEquatableArray(),
                    members.ToEquatableArray(),
                    headerLocation,
                    directives.TryGetValue("outcome-type", out var outcomeDirective) ? outcomeDirective : null,
                    references);
            }

            private void CheckTypeNames(string enumName, bool derived, string ns, Dictionary<string, LocationInfo> directives)
            {
                var enumLocation = directives.TryGetValue("enum", out var e) ? e : _locator.FileStart;
                var enumProblem = Identifiers.WhyInvalid(enumName);
                if (enumProblem is not null)
                {
                    var what = derived ? "the enum name derived from the file name" : "the enum name";
                    Report(Descriptors.InvalidTypeName, enumLocation, _tableName, what, enumName, "type name (" + enumProblem + ")", "enum");
                    _tableError = true;
                }

                if (ns.Length == 0)
                {
                    return;
                }

                foreach (var part in ns.Split('.'))
                {
                    var problem = Identifiers.WhyInvalid(part.Trim());
                    if (problem is not null)
                    {
                        var location = directives.TryGetValue("namespace", out var n) ? n : _locator.FileStart;
                        Report(Descriptors.InvalidTypeName, location, _tableName, "the namespace", ns, "namespace (" + problem + ")", "namespace");
                        _tableError = true;
                        return;
                    }
                }
            }

            private Layout? ReadLayout(string[] columns, string? keyDirective, LocationInfo headerLocation)
            {
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var column in columns)
                {
                    if (!seen.Add(column))
                    {
                        Report(Descriptors.DuplicateColumn, headerLocation, _tableName, column);
                        _tableError = true;
                    }
                }

                int[] keys;
                if (keyDirective is not null)
                {
                    var names = keyDirective.Split(',').Select(k => k.Trim()).Where(k => k.Length > 0).ToArray();
                    keys = names.Select(k => IndexOf(columns, k)).ToArray();
                    for (var i = 0; i < names.Length; i++)
                    {
                        if (keys[i] < 0)
                        {
                            Report(Descriptors.MissingKeyColumn, headerLocation, _tableName, names[i], string.Join(", ", columns));
                            _tableError = true;
                        }
                    }

                    if (names.Length == 0)
                    {
                        Report(Descriptors.MissingKeyColumn, headerLocation, _tableName, keyDirective, string.Join(", ", columns));
                        _tableError = true;
                    }
                }
                else
                {
                    var code = IndexOf(columns, "Code");
                    if (code < 0)
                    {
                        Report(Descriptors.MissingCodeColumn, headerLocation, _tableName);
                        _tableError = true;
                    }

                    keys = new[] { code };
                }

                if (_tableError)
                {
                    return null;
                }

                var layout = new Layout(keys, IndexOf(columns, "Name"), IndexOf(columns, "Outcome"), IndexOf(columns, "Retry"), IndexOf(columns, "Description"));
                layout.Extra = Enumerable.Range(0, columns.Length)
                    .Where(i => Array.IndexOf(keys, i) < 0 && i != layout.Name && i != layout.Outcome && i != layout.Retry && i != layout.Description)
                    .ToArray();
                return layout;
            }

            private Row? ReadRow(CsvRecord record, int headerCount)
            {
                var row = new Row(record, _locator);
                if (record.BadData)
                {
                    ReportBadQuotes(record);
                    return null;
                }

                if (record.Fields.Length > headerCount)
                {
                    Report(Descriptors.TooManyFields, row.CellLocation(headerCount), _tableName, row.Line.ToString(CultureInfo.InvariantCulture), record.Fields.Length.ToString(CultureInfo.InvariantCulture), headerCount.ToString(CultureInfo.InvariantCulture));
                    return null;
                }

                return row;
            }

            private void ReportBadQuotes(CsvRecord record)
            {
                var fields = FieldScanner.Scan(record.Raw, out var unterminated);
                if (unterminated >= 0)
                {
                    // Everything after an unclosed quote was read into one field: the rest of the table is lost.
                    Report(Descriptors.MalformedCsv, _locator.At(record.Start + unterminated, 1), _tableName, "a quoted field starts here but its closing quote is missing");
                    _tableError = true;
                    return;
                }

                foreach (var (start, end) in fields)
                {
                    var raw = record.Raw.Substring(start, end - start);
                    var quoted = raw.Length >= 2 && raw[0] == '"' && raw[raw.Length - 1] == '"';
                    if (raw.IndexOf('"') >= 0 && !quoted)
                    {
                        Report(Descriptors.MalformedCsv, _locator.At(record.Start + start, end - start), _tableName, "a quote appears inside an unquoted field, or text follows a closing quote");
                        return;
                    }
                }

                Report(Descriptors.MalformedCsv, _locator.LineAt(record.Start), _tableName, "the line's quoting is not valid CSV");
            }

            private void AddMembers(Row row, Layout layout, CodeKind kind, string enumName, List<TableMember> members)
            {
                var line = row.Line.ToString(CultureInfo.InvariantCulture);
                var keyCells = layout.KeyColumns.Select(row.Cell).ToArray();
                var codeLocation = row.CellLocation(layout.KeyColumns[0]);
                if (kind != CodeKind.Composite && keyCells[0].Trim().Length == 0)
                {
                    Report(Descriptors.EmptyCode, codeLocation, _tableName, line);
                    return;
                }

                string? retryText = layout.Retry >= 0 ? row.Cell(layout.Retry).Trim() : null;
                bool? retry = null;
                if (!string.IsNullOrEmpty(retryText))
                {
                    retry = ParseRetry(retryText!);
                    if (retry is null)
                    {
                        Report(Descriptors.InvalidRetry, row.CellLocation(layout.Retry), _tableName, retryText!, line);
                        return;
                    }
                }

                var explicitName = layout.Name >= 0 ? row.Cell(layout.Name).Trim() : string.Empty;
                var nameLocation = explicitName.Length > 0 ? row.CellLocation(layout.Name) : codeLocation;
                if (explicitName.Length > 0)
                {
                    var problem = Identifiers.WhyInvalid(explicitName);
                    var bare = Identifiers.Unescape(explicitName);
                    problem ??= bare == Identifiers.Unescape(enumName) ? "it is the name of the enum itself" : bare == "value__" ? "the compiler reserves it" : null;
                    if (problem is not null)
                    {
                        Report(Descriptors.InvalidName, nameLocation, _tableName, explicitName, line, problem);
                        return;
                    }

                    explicitName = bare;
                }

                var outcome = layout.Outcome >= 0 ? row.Cell(layout.Outcome).Trim() : null;
                var outcomeCell = layout.Outcome >= 0 ? row.CellLocation(layout.Outcome) : null;
                var description = layout.Description >= 0 ? row.Cell(layout.Description) : string.Empty;
                var extra = layout.Extra.Select(row.Cell).ToEquatableArray();

                // (code key, name, enum value) of each member this row makes: one, or one per code of a range.
                var made = new List<(string Key, string Name, int Value)>();
                string? range = null;
                if (kind == CodeKind.Integer && CodeSyntax.TryParseRange(keyCells[0], out var first, out var last))
                {
                    range = keyCells[0];
                    if (first > last || (long)last - first + 1 > CodeSyntax.MaxRangeSize)
                    {
                        var problem = first > last ? "ends before it starts" : "covers too many codes";
                        Report(Descriptors.InvalidRange, codeLocation, _tableName, range, line, problem, CodeSyntax.MaxRangeSize.ToString(CultureInfo.InvariantCulture));
                        return;
                    }

                    var stem = explicitName.Length > 0 ? explicitName : "Code";
                    for (long code = first; code <= last; code++)
                    {
                        made.Add((CodeSyntax.Format((int)code), stem + Identifiers.NumberSuffix(code), (int)code));
                    }
                }
                else if (kind == CodeKind.Integer)
                {
                    CodeSyntax.TryParseInteger(keyCells[0], out var code);
                    made.Add((keyCells[0], explicitName.Length > 0 ? explicitName : Identifiers.MemberNameFor((long)code), code));
                }
                else
                {
                    var name = explicitName;
                    if (name.Length == 0)
                    {
                        name = kind == CodeKind.Composite
                            ? Identifiers.MemberNameFor(string.Concat(keyCells.Select(Identifiers.PascalCase)))
                            : Identifiers.MemberNameFor(keyCells[0]);
                        if (name.Length == 0)
                        {
                            Report(Descriptors.CannotDeriveName, codeLocation, _tableName, DescribeCode(keyCells), line);
                            return;
                        }
                    }

                    made.Add((string.Join("\u001F", keyCells), name, 0));
                }

                if (!CheckUnique(made, range, keyCells, explicitName.Length == 0, row, codeLocation, nameLocation))
                {
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
                bool derivedName,
                Row row,
                LocationInfo codeLocation,
                LocationInfo nameLocation)
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

                foreach (var (_, name, _) in made)
                {
                    if (_names.TryGetValue(name, out var earlierLine))
                    {
                        var how = derivedName ? $" (derived from {DescribeCode(keyCells)})" : string.Empty;
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

            private static int IndexOf(string[] columns, string name)
                => Array.FindIndex(columns, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));

            private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
                => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
        }

        /// <summary>Which column plays which part.</summary>
        private sealed class Layout
        {
            public Layout(int[] keyColumns, int name, int outcome, int retry, int description)
            {
                KeyColumns = keyColumns;
                Name = name;
                Outcome = outcome;
                Retry = retry;
                Description = description;
            }

            public int[] KeyColumns { get; }

            public int Name { get; }

            public int Outcome { get; }

            public int Retry { get; }

            public int Description { get; }

            public int[] Extra { get; set; } = Array.Empty<int>();
        }

        /// <summary>A data row, with lazily located cells.</summary>
        private sealed class Row
        {
            private readonly CsvRecord _record;
            private readonly TextLocator _locator;
            private List<(int Start, int End)>? _fields;

            public Row(CsvRecord record, TextLocator locator)
            {
                _record = record;
                _locator = locator;
                Location = locator.LineAt(record.Start);
            }

            public LocationInfo Location { get; }

            public int Line => Location.Line;

            /// <summary>
            /// A cell's text. Line breaks inside a quoted cell become "\n": they follow the file's line endings,
            /// which checkouts change (git autocrlf), and generated code must not depend on them.
            /// </summary>
            public string Cell(int index)
            {
                var cell = index >= 0 && index < _record.Fields.Length ? _record.Fields[index] : string.Empty;
                return cell.IndexOf('\r') < 0 ? cell : cell.Replace("\r\n", "\n").Replace('\r', '\n');
            }

            public LocationInfo CellLocation(int index)
            {
                _fields ??= FieldScanner.Scan(_record.Raw, out _);
                if (index < 0 || index >= _fields.Count)
                {
                    // A missing trailing cell: point at the end of the row.
                    var end = _fields[_fields.Count - 1].End;
                    return _locator.At(_record.Start + end, 0);
                }

                var (start, stop) = _fields[index];
                return _locator.At(_record.Start + start, stop - start);
            }
        }
    }
}
