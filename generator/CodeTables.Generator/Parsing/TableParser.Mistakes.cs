using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;
using CodeTables.Shared;

namespace CodeTables.Generator.Parsing;

// The mistakes an analyst makes that would otherwise pass quietly: a row typed with another delimiter (CT0032), a code
// holding another delimiter (CT0033), a misspelt header cell (CT0034), and the outcomes of dropped rows.
internal static partial class TableParser
{
    /// <summary>The 'columns' role that keeps a column as metadata on purpose (Extra=Notes).</summary>
    private const string ExtraRole = "Extra";

    private sealed partial class Reader
    {
        private char _delimiter;
        private CsvRecord? _headerRecord;
        private readonly HashSet<int> _extraOnPurpose = new();
        private readonly List<RejectedOutcome> _rejectedOutcomes = new();

        /// <summary>
        /// CT0032: a row whose cells do not fit the header, but which, split at another of the likely delimiters
        /// (quotes respected), has at least two cells and no more than the header: it was typed with that delimiter.
        /// </summary>
        private bool ReportWrongDelimiter(CsvRecord record, Row row, int columnCount)
        {
            var cells = SignificantCells(record);
            if (cells == columnCount)
            {
                return false;
            }

            var text = _source.Text!;
            var best = (Delimiter: '\0', Cells: 0);
            foreach (var other in CsvReader.Delimiters)
            {
                if (other == _delimiter)
                {
                    continue;
                }

                var split = CsvReader.ReadOne(text, record.Start, other);
                var otherCells = SignificantCells(split);
                var fits = split.End == record.End && split.BadField < 0 && split.UnterminatedField < 0
                    && otherCells >= 2 && otherCells <= columnCount && (cells > columnCount || otherCells > cells);
                if (fits && otherCells > best.Cells)
                {
                    best = (other, otherCells);
                }
            }

            if (best.Cells == 0)
            {
                return false;
            }

            Report(
                Descriptors.WrongDelimiter,
                row.Location,
                _tableName,
                row.Line.ToString(CultureInfo.InvariantCulture),
                CsvReader.Describe(_delimiter),
                cells.ToString(CultureInfo.InvariantCulture),
                columnCount.ToString(CultureInfo.InvariantCulture),
                CsvReader.Describe(best.Delimiter),
                best.Cells.ToString(CultureInfo.InvariantCulture));
            return true;
        }

        /// <summary>CT0033: an unquoted code that holds one of the table's other likely delimiters.</summary>
        private void ReportDelimiterInCode(Row row, int column, string code)
        {
            if (row.IsQuoted(column, _source.Text!))
            {
                return;
            }

            foreach (var other in CsvReader.Delimiters)
            {
                if (other != _delimiter && code.IndexOf(other) >= 0)
                {
                    Report(
                        Descriptors.CodeHoldsDelimiter,
                        row.CellLocation(column),
                        _tableName,
                        code,
                        row.Line.ToString(CultureInfo.InvariantCulture),
                        CsvReader.Describe(other),
                        CsvReader.Describe(_delimiter));
                    return;
                }
            }
        }

        /// <summary>
        /// CT0034: a header cell that is a near miss of a role's name (Outcomes, Desciption, Retries, Cdoe) while no
        /// column plays that role: the column would silently become metadata. 'Extra=Header' in 'columns' says it is.
        /// </summary>
        private void ReportMisspeltColumns(string[] columns, int[] keys, bool codeByName, Dictionary<string, int> roles)
        {
            if (_headerRecord is null)
            {
                return;
            }

            var missing = new List<string>();
            if (codeByName && keys.Length == 1 && keys[0] < 0)
            {
                missing.Add("Code");
            }

            missing.AddRange(ColumnRoles.Where(role => !roles.ContainsKey(role) && IndexOf(columns, role) < 0));
            if (missing.Count == 0)
            {
                return;
            }

            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i].Length == 0 || _extraOnPurpose.Contains(i) || keys.Contains(i) || roles.ContainsValue(i))
                {
                    continue;
                }

                var role = missing.FirstOrDefault(r => NearestName.IsNearMiss(columns[i], r));
                if (role is not null)
                {
                    var field = _headerRecord.Fields[i];
                    Report(Descriptors.MisspeltColumn, _locator.At(field.Start, field.End - field.Start), _tableName, role, columns[i]);
                }
            }
        }

        /// <summary>Keeps the Outcome cell of a row dropped for another problem, for the validator to check.</summary>
        private void RejectRow(Row row, Layout layout)
        {
            var outcome = layout.Outcome >= 0 ? row.Cell(layout.Outcome).Trim() : string.Empty;
            if (outcome.Length > 0)
            {
                _rejectedOutcomes.Add(new RejectedOutcome(outcome, row.CellLocation(layout.Outcome), row.Line));
            }
        }

        /// <summary>The cells up to the last one that is not blank (Excel pads rows with empty cells).</summary>
        private static int SignificantCells(CsvRecord record)
        {
            var count = record.Fields.Count;
            while (count > 1 && string.IsNullOrWhiteSpace(record.Fields[count - 1].Value))
            {
                count--;
            }

            return count;
        }

        /// <summary>Whether the role is given to a column on purpose as metadata ('Extra=Header').</summary>
        private static bool IsExtraRole(string role) => string.Equals(role, ExtraRole, StringComparison.OrdinalIgnoreCase);
    }
}
