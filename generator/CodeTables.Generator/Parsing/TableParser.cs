using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;

namespace CodeTables.Generator.Parsing;

/// <summary>
/// Stage 1 of the pipeline: table text -> <see cref="TableModel"/> and diagnostics.
/// A problem with the table as a whole (bad header, unreadable CSV, bad names) drops the table;
/// a problem with one row drops that row, so the generated type stays consistent with the rest.
/// </summary>
internal static partial class TableParser
{
    public static ParsedTable Parse(TableSource source, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var table = new Reader(source, diagnostics, cancellationToken).Read();
        return new ParsedTable(source.Path, table, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The Notes column, by name (case-insensitive, as columns are matched): prose for the table's readers and
    /// maintainers (docs/table-format.md). It stays in the CSV: its cells are no member's remarks
    /// (<see cref="Model.EmitModel.RemarkColumns"/>) and a decision rule's Notes cell is not an output.
    /// </summary>
    internal static bool IsNotes(string column) => string.Equals(column, "Notes", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The roles a column can be given with the 'columns' setting (the code column is chosen with 'key').</summary>
    private static readonly string[] ColumnRoles = { "Name", "Outcome", "Retry", "Description" };

    /// <summary>The state of reading one table.</summary>
    private sealed partial class Reader
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

            CheckUtf8(text);
            var settings = DirectiveReader.Read(text, _tableName, _locator, _diagnostics, out var headerOffset, out var directives)
                .WithFallback(_source.ItemSettings);
            _directives = directives;

            var enumName = settings.Enum ?? Identifiers.TypeNameFor(Path.GetFileNameWithoutExtension(_source.Path));
            var ns = settings.Namespace ?? _source.DefaultNamespace;
            CheckTypeNames(enumName, settings.Enum is null, ns, directives);
            var delimiter = ReadDelimiter(settings.Delimiter, text, headerOffset);
            _delimiter = delimiter;
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
            _headerRecord = header;
            if (header.BadField >= 0)
            {
                ReportBadQuotes(header);
                return null;
            }

            var columns = header.Fields.Select(f => f.Value.Trim()).ToArray();
            var decision = settings.Inputs is null ? null : ReadDecision(settings, columns);
            settings = decision is null ? settings : settings with { Key = string.Join(",", decision.Inputs.Select(i => i.Column)) };
            var layout = _tableError ? null : ReadLayout(columns, settings, headerLocation, delimiter);
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

            var kind = decision is null ? DecideKind(rows, layout, codeType) : CodeKind.Composite;
            var baseNames = layout.NameFromText && decision is null ? CountTextNames(rows, layout, enumName) : null;
            var members = new List<TableMember>(rows.Count);
            decision = decision is null ? null : ReadRules(decision, rows, layout, enumName, members);
            foreach (var row in decision is null ? rows : new List<Row>())
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
                directives.TryGetValue("outcome-type", out var outcomeDirective) ? outcomeDirective : null,
                references,
                _rejectedOutcomes.ToEquatableArray(),
                decision);
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

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}
