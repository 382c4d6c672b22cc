using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;

namespace CodeTables.Generator.Parsing;

// Reading the header and the rows: which column plays which role, and where each row's cells are.
internal static partial class TableParser
{
    private sealed partial class Reader
    {
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
            if (roles is not null)
            {
                ReportMisspeltColumns(columns, keys, settings.Key is null, roles);
            }

            if (_tableError || roles is null)
            {
                return null;
            }

            // A column kept as metadata on purpose (Extra=Outcome) plays no role, even under a role's name.
            int Role(string role) => roles.TryGetValue(role, out var index) ? index
                : IndexOf(columns, role) is var named && !_extraOnPurpose.Contains(named) ? named : -1;
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
                var extra = IsExtraRole(role);
                string? problem = null;
                var index = IndexOf(columns, column);
                if (equals < 0 || column.Length == 0)
                {
                    problem = $"'{pair}' is not of the form Role=Header (for example Description=Cause)";
                }
                else if (known is null && !extra)
                {
                    problem = $"'{role}' is not a role; the roles are {string.Join(", ", ColumnRoles)}, and {ExtraRole} for an extra column kept on purpose";
                }
                else if (!extra && roles.ContainsKey(known!))
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

                if (extra)
                {
                    _extraOnPurpose.Add(index);
                    continue;
                }

                roles[known!] = index;
            }

            return roles;
        }

        private Row? ReadRow(CsvRecord record, string[] columns, Layout layout)
        {
            // A row typed with another delimiter often has quotes that look misplaced at the table's: say that first.
            var row = new Row(record, _locator);
            if (ReportWrongDelimiter(record, row, columns.Length))
            {
                return null;
            }

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
                    // Every such cell is reported; the row is dropped once its other cells are checked too.
                    Report(Descriptors.ValueWithoutHeader, row.CellLocation(i), _tableName, line, record.Fields[i].Value.Trim(), (i + 1).ToString(CultureInfo.InvariantCulture));
                    row.Rejected = true;
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

                ReportDelimiterInCode(row, layout.KeyColumns[k], trimmed);
                row.Keys[k] = trimmed;
            }

            return row;
        }

        private void ReportBadQuotes(CsvRecord record)
        {
            var field = record.Fields[record.BadField];
            Report(Descriptors.MalformedCsv, _locator.At(field.Start, field.End - field.Start), _tableName, "a quote appears inside an unquoted field, or text follows a closing quote");
        }

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

        private static int IndexOf(string[] columns, string name)
            => Array.FindIndex(columns, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
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

        /// <summary>Dropped for a problem found before its members are made; its other cells are still checked.</summary>
        public bool Rejected { get; set; }

        /// <summary>Its code cannot be read as the table's kind of code (CT0027): no member name or range comes from it.</summary>
        public bool CodeRejected { get; set; }

        public bool IsQuoted(int index, string text)
            => index >= 0 && index < _record.Fields.Count && _record.Fields[index].Start < text.Length && text[_record.Fields[index].Start] == '"';

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
