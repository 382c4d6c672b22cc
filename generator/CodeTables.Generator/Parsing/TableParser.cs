using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;

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

        /// <summary>The roles a column can be given with the 'columns' setting (the code column is chosen with 'key').</summary>
        private static readonly string[] ColumnRoles = { "Name", "Outcome", "Retry", "Description" };

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
            private Dictionary<string, LocationInfo> _directives = new();
            private LocationInfo? _headerLocation;
            private bool _tableError;

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

                CheckUtf8(text);
                var settings = DirectiveReader.Read(text, _tableName, _locator, _diagnostics, out var headerOffset, out var directives)
                    .Over(_source.ItemSettings);
                _directives = directives;

                var enumName = settings.Enum ?? Identifiers.TypeNameFor(Path.GetFileNameWithoutExtension(_source.Path));
                var ns = settings.Namespace ?? _source.DefaultNamespace;
                CheckTypeNames(enumName, settings.Enum is null, ns, directives);
                var delimiter = ReadDelimiter(settings.Delimiter, text, headerOffset);
                var codeType = ReadCodeType(settings.CodeType);

                // Lines that begin with '#' after the header are comments (section headings, notes); blank lines and
                // lines of nothing but delimiters (Excel's padding) are skipped.
                var records = CsvReader.Read(text, headerOffset, delimiter).Where(r => !r.IsComment && !r.IsBlank).ToList();
                var unterminated = records.FirstOrDefault(r => r.UnterminatedField >= 0);
                if (unterminated is not null)
                {
                    // Everything after an unclosed quote was read into one field: the rest of the table is lost.
                    Report(Descriptors.MalformedCsv, _locator.At(unterminated.UnterminatedField, 1), _tableName, "a quoted field starts here but its closing quote is missing");
                    return null;
                }

                if (records.Count == 0)
                {
                    Report(Descriptors.EmptyTable, _locator.FileStart, _tableName, "is empty", "Add a header row (e.g. Code,Outcome,Description) and one row per code.");
                    return null;
                }

                var header = records[0];
                var headerLocation = _locator.LineAt(header.Start);
                _headerLocation = headerLocation;
                if (header.BadField >= 0)
                {
                    ReportBadQuotes(header);
                    return null;
                }

                var columns = header.Fields.Select(f => f.Value.Trim()).ToArray();
                var layout = ReadLayout(columns, settings, headerLocation, delimiter);
                if (layout is null || _tableError)
                {
                    return null;
                }

                var rows = new List<Row>(records.Count);
                for (var i = 1; i < records.Count; i++)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var row = ReadRow(records[i], columns, layout);
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

                var kind = DecideKind(rows, layout, codeType);
                var baseNames = layout.NameFromText ? CountTextNames(rows, layout, enumName) : null;
                var members = new List<TableMember>(rows.Count);
                foreach (var row in rows)
                {
                    AddMembers(row, layout, kind, enumName, baseNames, members);
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
                    directives.TryGetValue("outcome-type", out var outcomeDirective) ? outcomeDirective : null);
            }

            /// <summary>
            /// The compiler decodes a file that is not valid UTF-8 with U+FFFD for every bad byte; the original bytes are
            /// gone by the time a generator sees the text, so the table cannot be decoded correctly here: say so, once.
            /// </summary>
            private void CheckUtf8(string text)
            {
                var bad = text.IndexOf('\uFFFD');
                if (bad >= 0)
                {
                    var location = _locator.LineAt(bad);
                    Report(Descriptors.NotUtf8, location, _tableName, location.Line.ToString(CultureInfo.InvariantCulture));
                }
            }

            /// <summary>Where a setting came from, for messages: its directive line, or the item's metadata.</summary>
            private (LocationInfo Location, string Description) Setting(string directive, string metadata)
                => _directives.TryGetValue(directive, out var location)
                    ? (location, $"the '{directive}' directive on line {location.Line.ToString(CultureInfo.InvariantCulture)}")
                    : (_headerLocation ?? _locator.FileStart, $"the {metadata} metadata of the <CodeTable> item");

            private void ReportSetting(string directive, string metadata, string value, string problem)
            {
                var (location, description) = Setting(directive, metadata);
                Report(Descriptors.InvalidSetting, location, _tableName, $"{description} ('{value}')", problem);
                _tableError = true;
            }

            private char ReadDelimiter(string? setting, string text, int headerOffset)
            {
                switch (setting?.ToLowerInvariant())
                {
                    case null:
                        return CsvReader.Detect(text, headerOffset);
                    case ",":
                    case "comma":
                        return ',';
                    case ";":
                    case "semicolon":
                        return ';';
                    case "\t":
                    case "tab":
                        return '\t';
                    default:
                        ReportSetting("delimiter", "Delimiter", setting, "use comma, semicolon or tab (or the character itself: ',', ';')");
                        return CsvReader.Detect(text, headerOffset);
                }
            }

            private CodeKind? ReadCodeType(string? setting)
            {
                switch (setting?.ToLowerInvariant())
                {
                    case null:
                        return null;
                    case "int":
                    case "integer":
                        return CodeKind.Integer;
                    case "string":
                    case "text":
                        return CodeKind.String;
                    default:
                        ReportSetting("code-type", "CodeType", setting, "use int (every code is an integer) or string (codes are text)");
                        return null;
                }
            }

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

                var integers = rows.Count(r => r.Keys[0].Length > 0 && IsIntegerCode(r.Keys[0]));
                var others = rows.Count(r => !IsIntegerCode(r.Keys[0]));
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
                rows.RemoveAll(row =>
                {
                    if (IsIntegerCode(row.Keys[0]))
                    {
                        return false;
                    }

                    Report(Descriptors.NotAnInteger, row.CellLocation(layout.KeyColumns[0]), _tableName, row.Keys[0], row.Line.ToString(CultureInfo.InvariantCulture), why);
                    return true;
                });
                return CodeKind.Integer;
            }

            /// <summary>How many rows derive each member name from the text of the column mapped to Name.</summary>
            private static Dictionary<string, int> CountTextNames(List<Row> rows, Layout layout, string enumName)
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal) { [Identifiers.Unescape(enumName)] = 1 };
                foreach (var row in rows)
                {
                    var name = Identifiers.MemberNameFor(row.Cell(layout.Name));
                    if (name.Length > 0)
                    {
                        counts[name] = counts.TryGetValue(name, out var count) ? count + 1 : 1;
                    }
                }

                return counts;
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

            private Layout? ReadLayout(string[] columns, TableSettings settings, LocationInfo headerLocation, char delimiter)
            {
                // Empty header cells (Excel pads a sheet with ",,,") name no column; a value under one is CT0029.
                var named = columns.Where(c => c.Length > 0).ToArray();
                var columnList = string.Join(", ", named.Select(c => "'" + c + "'"));
                var delimiterText = CsvReader.Describe(delimiter);
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var column in named)
                {
                    if (!seen.Add(column))
                    {
                        Report(Descriptors.DuplicateColumn, headerLocation, _tableName, column);
                        _tableError = true;
                    }
                }

                int[] keys;
                if (settings.Key is { } keyDirective)
                {
                    var keyLocation = Setting("key", "Key").Location;
                    var names = keyDirective.Split(',').Select(k => k.Trim()).Where(k => k.Length > 0).ToArray();
                    keys = names.Select(k => IndexOf(columns, k)).ToArray();
                    for (var i = 0; i < names.Length; i++)
                    {
                        if (keys[i] < 0)
                        {
                            Report(Descriptors.MissingKeyColumn, keyLocation, _tableName, names[i], columnList, delimiterText);
                            _tableError = true;
                        }
                    }

                    if (names.Length == 0)
                    {
                        Report(Descriptors.MissingKeyColumn, keyLocation, _tableName, keyDirective, columnList, delimiterText);
                        _tableError = true;
                    }
                }
                else
                {
                    var code = IndexOf(columns, "Code");
                    if (code < 0)
                    {
                        Report(Descriptors.MissingCodeColumn, headerLocation, _tableName, delimiterText, columnList);
                        _tableError = true;
                    }

                    keys = new[] { code };
                }

                var roles = ReadColumnRoles(settings.Columns, columns, keys, columnList, delimiterText);
                if (_tableError || roles is null)
                {
                    return null;
                }

                int Role(string role) => roles.TryGetValue(role, out var index) ? index : IndexOf(columns, role);
                var name = Role("Name");

                // A column mapped to Name holds the publisher's text (Busy Here), from which names are derived, not identifiers.
                var nameFromText = name >= 0 && !string.Equals(columns[name], "Name", StringComparison.OrdinalIgnoreCase);
                var layout = new Layout(keys, name, Role("Outcome"), Role("Retry"), Role("Description"), nameFromText);
                layout.Extra = Enumerable.Range(0, columns.Length)
                    .Where(i => columns[i].Length > 0 && Array.IndexOf(keys, i) < 0 && i != layout.Name && i != layout.Outcome && i != layout.Retry && i != layout.Description)
                    .ToArray();
                return layout;
            }

            /// <summary>The 'columns' setting (Role=Header, ...) as role -> column index; null when it is invalid (reported).</summary>
            private Dictionary<string, int>? ReadColumnRoles(string? setting, string[] columns, int[] keys, string columnList, string delimiterText)
            {
                var roles = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                if (setting is null)
                {
                    return roles;
                }

                foreach (var pair in setting.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0))
                {
                    var equals = pair.IndexOf('=');
                    var role = equals < 0 ? pair : pair.Substring(0, equals).Trim();
                    var column = equals < 0 ? string.Empty : pair.Substring(equals + 1).Trim();
                    var known = Array.Find(ColumnRoles, r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
                    string? problem = null;
                    var index = IndexOf(columns, column);
                    if (equals < 0 || column.Length == 0)
                    {
                        problem = $"'{pair}' is not of the form Role=Header (for example Description=Cause)";
                    }
                    else if (known is null)
                    {
                        problem = $"'{role}' is not a role; the roles are {string.Join(", ", ColumnRoles)}";
                    }
                    else if (roles.ContainsKey(known))
                    {
                        problem = $"the role {known} is given twice";
                    }
                    else if (index < 0)
                    {
                        problem = $"the column '{column}' is not in the header (split at {delimiterText}, its columns are: {columnList})";
                    }
                    else if (Array.IndexOf(keys, index) >= 0)
                    {
                        problem = $"the column '{column}' holds the codes; give the role another column";
                    }

                    if (problem is not null)
                    {
                        ReportSetting("columns", "Columns", setting, problem);
                        return null;
                    }

                    roles[known!] = index;
                }

                return roles;
            }

            private Row? ReadRow(CsvRecord record, string[] columns, Layout layout)
            {
                var row = new Row(record, _locator);
                if (record.BadField >= 0)
                {
                    ReportBadQuotes(record);
                    return null;
                }

                // Cells past the header, or under an empty header cell, are fine when empty (Excel's padding).
                var line = row.Line.ToString(CultureInfo.InvariantCulture);
                var last = record.Fields.Count - 1;
                while (last >= columns.Length && string.IsNullOrWhiteSpace(record.Fields[last].Value))
                {
                    last--;
                }

                if (last >= columns.Length)
                {
                    var extra = columns.Length;
                    while (string.IsNullOrWhiteSpace(record.Fields[extra].Value))
                    {
                        extra++;
                    }

                    Report(Descriptors.TooManyFields, row.CellLocation(extra), _tableName, line, (last + 1).ToString(CultureInfo.InvariantCulture), columns.Length.ToString(CultureInfo.InvariantCulture));
                    return null;
                }

                for (var i = 0; i < columns.Length && i < record.Fields.Count; i++)
                {
                    if (columns[i].Length == 0 && !string.IsNullOrWhiteSpace(record.Fields[i].Value))
                    {
                        Report(Descriptors.ValueWithoutHeader, row.CellLocation(i), _tableName, line, record.Fields[i].Value.Trim(), (i + 1).ToString(CultureInfo.InvariantCulture));
                        return null;
                    }
                }

                // Spaces around a code are never part of it ("busy " is busy), but the analyst hears about them.
                row.Keys = new string[layout.KeyColumns.Length];
                for (var k = 0; k < layout.KeyColumns.Length; k++)
                {
                    var cell = row.Cell(layout.KeyColumns[k]);
                    var trimmed = TrimSpaces(cell);
                    if (trimmed.Length != cell.Length && (trimmed.Length > 0 || layout.KeyColumns.Length > 1))
                    {
                        Report(Descriptors.PaddedCode, row.CellLocation(layout.KeyColumns[k]), _tableName, layout.KeyColumns.Length > 1 ? "key part" : "code", cell, line, trimmed);
                    }

                    row.Keys[k] = trimmed;
                }

                return row;
            }

            private void ReportBadQuotes(CsvRecord record)
            {
                var field = record.Fields[record.BadField];
                Report(Descriptors.MalformedCsv, _locator.At(field.Start, field.End - field.Start), _tableName, "a quote appears inside an unquoted field, or text follows a closing quote");
            }

            private void AddMembers(Row row, Layout layout, CodeKind kind, string enumName, Dictionary<string, int>? textNames, List<TableMember> members)
            {
                var line = row.Line.ToString(CultureInfo.InvariantCulture);
                var keyCells = row.Keys;
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
                        return;
                    }

                    explicitName = bare;
                }

                // A name derived from the publisher's text (a column mapped to Name); when two rows derive the same
                // text (SIP 406 and 606: Not Acceptable), every one of them gets its code appended: NotAcceptable406.
                var textName = string.Empty;
                var appendCode = false;
                if (layout.NameFromText)
                {
                    var text = row.Cell(layout.Name);
                    textName = Identifiers.MemberNameFor(text);
                    appendCode = textName.Length > 0 && textNames![textName] > 1;
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
                if (kind == CodeKind.Integer && CodeSyntax.TryParseRange(keyCells[0], out var first, out var last))
                {
                    range = keyCells[0];
                    if (first > last || (long)last - first + 1 > CodeSyntax.MaxRangeSize)
                    {
                        var problem = first > last ? "ends before it starts" : "covers too many codes";
                        Report(Descriptors.InvalidRange, codeLocation, _tableName, range, line, problem, CodeSyntax.MaxRangeSize.ToString(CultureInfo.InvariantCulture));
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
                            return;
                        }
                    }

                    made.Add((string.Join("\u001F", keyCells), name, 0));
                }

                if (!CheckUnique(made, range, keyCells, how, row, codeLocation, nameLocation))
                {
                    return;
                }

                foreach (var (key, name, value) in made)
                {
                    _codes[key] = (row.Line, range);
                    _names[name] = row.Line;
                    var memberKey = kind == CodeKind.Composite ? new EquatableArray<string>(keyCells) : new EquatableArray<string>(new[] { range is null ? keyCells[0] : key });
                    members.Add(new TableMember(name, memberKey, value, range, outcome, retry, description, extra, row.Location, outcomeCell));
                }
            }

            private bool CheckUnique(
                List<(string Key, string Name, int Value)> made,
                string? range,
                string[] keyCells,
                string how,
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
                        Report(Descriptors.DuplicateName, nameLocation, _tableName, line, name, earlierLine.ToString(CultureInfo.InvariantCulture), how);
                        return false;
                    }
                }

                return true;
            }

            private static string DescribeCode(string[] keyCells)
                => keyCells.Length == 1 ? "'" + keyCells[0] + "'" : "(" + string.Join(", ", keyCells.Select(k => "'" + k + "'")) + ")";

            /// <summary>
            /// Removes the spaces an editor leaves around a cell: spaces, tabs and the other Unicode space separators
            /// (no-break space). Control characters and line separators are data, kept as they are.
            /// </summary>
            private static string TrimSpaces(string cell)
            {
                static bool IsSpace(char c) => c == '\t' || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;
                var start = 0;
                var end = cell.Length;
                while (start < end && IsSpace(cell[start]))
                {
                    start++;
                }

                while (end > start && IsSpace(cell[end - 1]))
                {
                    end--;
                }

                return cell.Substring(start, end - start);
            }

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
            public Layout(int[] keyColumns, int name, int outcome, int retry, int description, bool nameFromText)
            {
                NameFromText = nameFromText;
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

            /// <summary>The Name role is a column of publisher's text (mapped with 'columns'): names are derived from it.</summary>
            public bool NameFromText { get; }

            public int[] Extra { get; set; } = Array.Empty<int>();
        }

        /// <summary>A data row: its cells, where each one is, and its code (the key cells, trimmed).</summary>
        private sealed class Row
        {
            private readonly CsvRecord _record;
            private readonly TextLocator _locator;

            public Row(CsvRecord record, TextLocator locator)
            {
                _record = record;
                _locator = locator;
                Location = locator.LineAt(record.Start);
            }

            public LocationInfo Location { get; }

            public int Line => Location.Line;

            /// <summary>The key cells without surrounding spaces, one per key column.</summary>
            public string[] Keys { get; set; } = Array.Empty<string>();

            /// <summary>
            /// A cell's text. Line breaks inside a quoted cell become "\n": they follow the file's line endings,
            /// which checkouts change (git autocrlf), and generated code must not depend on them.
            /// </summary>
            public string Cell(int index)
            {
                var cell = index >= 0 && index < _record.Fields.Count ? _record.Fields[index].Value : string.Empty;
                return cell.IndexOf('\r') < 0 ? cell : cell.Replace("\r\n", "\n").Replace('\r', '\n');
            }

            public LocationInfo CellLocation(int index)
            {
                if (index < 0 || index >= _record.Fields.Count)
                {
                    // A missing trailing cell: point at the end of the row.
                    return _locator.At(_record.End, 0);
                }

                var field = _record.Fields[index];
                return _locator.At(field.Start, field.End - field.Start);
            }
        }
    }
}
