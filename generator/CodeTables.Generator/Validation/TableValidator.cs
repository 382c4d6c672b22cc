using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeTables.Generator.Validation;

/// <summary>
/// Stage 2: checks a parsed table against the catalog (outcome type and members, type clashes with other tables and
/// with the project's own types, language version).
/// A row with an unknown outcome is dropped; a table-level problem drops the table.
/// </summary>
internal static class TableValidator
{
    /// <summary>Generated code compiles from C# 7.3 (a netstandard2.0 library's default) up; newer features only where the version has them.</summary>
    private const int MinimumLanguageVersion = (int)LanguageVersion.CSharp7_3;
    private const int NullableLanguageVersion = (int)LanguageVersion.CSharp8;
    private const int FileScopedNamespaceLanguageVersion = (int)LanguageVersion.CSharp10;
    private const int SpanPatternLanguageVersion = (int)LanguageVersion.CSharp11;

    public static ValidatedTable Validate(ParsedTable parsed, TableCatalog catalog, CancellationToken cancellationToken)
    {
        // The same file twice would generate the same source twice: report it instead of emitting.
        if (catalog.RepeatedFiles.Contains(parsed.FilePath))
        {
            var location = parsed.Table?.Header;
            var name = System.IO.Path.GetFileName(parsed.FilePath);
            return new ValidatedTable(null, new[] { DiagnosticInfo.Create(Descriptors.TableListedTwice, location, name) }.ToEquatableArray());
        }

        var table = parsed.Table;
        if (table is null)
        {
            return new ValidatedTable(null, parsed.Diagnostics);
        }

        var diagnostics = new List<DiagnosticInfo>(parsed.Diagnostics);
        var owner = catalog.TypeOwners.First(o => o.FullTypeName == table.FullTypeName);
        if (owner.FilePath != table.FilePath)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.DuplicateType, table.Header, table.FileName, table.FullTypeName, System.IO.Path.GetFileName(owner.FilePath)));
            return new ValidatedTable(null, diagnostics.ToEquatableArray());
        }

        var kept = TypeClashes.Check(table, catalog.UserTypes, catalog.Storage, diagnostics);
        if (!kept.Table)
        {
            return new ValidatedTable(null, diagnostics.ToEquatableArray());
        }

        if (catalog.LanguageVersion < MinimumLanguageVersion)
        {
            var version = ((LanguageVersion)catalog.LanguageVersion).ToDisplayString();
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.LanguageVersionTooLow, table.Header, table.FileName, version));
            return new ValidatedTable(null, diagnostics.ToEquatableArray());
        }

        OutcomeTypeInfo? outcome = null;
        if (table.OutcomeType is not null)
        {
            outcome = catalog.OutcomeTypes.First(o => o.FullName == table.OutcomeType);
            if (outcome.Problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.OutcomeTypeNotFound, table.OutcomeTypeDirective ?? table.Header, table.FileName, outcome.FullName, outcome.Problem));
                return new ValidatedTable(null, diagnostics.ToEquatableArray());
            }

            var members = CheckOutcomes(table, outcome, diagnostics, cancellationToken);
            if (members.Count != table.Members.Count)
            {
                table = table with { Members = members.ToEquatableArray() };
            }
        }

        var decision = table.Decision is null ? null : DecisionValidator.Validate(ref table, catalog, diagnostics, cancellationToken);
        if (table.Decision is not null && decision is null)
        {
            return new ValidatedTable(null, diagnostics.ToEquatableArray());
        }

        var references = ReferenceValidator.Validate(table, catalog, diagnostics, cancellationToken);
        var csharp8 = catalog.LanguageVersion >= NullableLanguageVersion;
        var language = new TargetLanguage(
            Nullable: csharp8,
            TuplePatterns: csharp8 && table.Kind == CodeKind.Composite,
            FileScopedNamespace: catalog.LanguageVersion >= FileScopedNamespaceLanguageVersion,
            SpanSwitch: table.Kind == CodeKind.String && catalog.HasSpan && catalog.LanguageVersion >= SpanPatternLanguageVersion);
        var model = new ValidModel(table.WithoutPositions(), outcome, language, references, decision, kept.Codes, kept.Storage);
        return new ValidatedTable(model, diagnostics.ToEquatableArray());
    }

    private static List<TableMember> CheckOutcomes(TableModel table, OutcomeTypeInfo outcome, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(outcome.Members);
        var kept = new List<TableMember>(table.Members.Count);
        var reportedLines = new HashSet<int>();
        foreach (var member in table.Members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = string.IsNullOrEmpty(member.Outcome) ? GeneratedNames.UnknownOutcome : member.Outcome!;
            if (known.Contains(name))
            {
                kept.Add(member);
                continue;
            }

            // A range row makes many members: report it once.
            if (!reportedLines.Add(member.Row.Line))
            {
                continue;
            }

            var location = member.OutcomeCell ?? member.Row;
            if (string.IsNullOrEmpty(member.Outcome))
            {
                var line = member.Row.Line.ToString(CultureInfo.InvariantCulture);
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.MissingOutcomeMember, location, table.FileName, line, outcome.FullName));
            }
            else
            {
                ReportUnknown(name, location, member.Row.Line);
            }
        }

        // The outcomes of rows the parser dropped for another problem: one build names every bad cell of a row.
        foreach (var rejected in table.RejectedOutcomes)
        {
            if (!known.Contains(rejected.Outcome))
            {
                ReportUnknown(rejected.Outcome, rejected.Cell, rejected.Line);
            }
        }

        void ReportUnknown(string name, LocationInfo location, int line)
        {
            var nearest = NearestName.Find(name, outcome.Members);
            diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.UnknownOutcome, location, table.FileName, name, line.ToString(CultureInfo.InvariantCulture), outcome.FullName,
                nearest is null ? string.Empty : $" (did you mean '{nearest}'?)",
                string.Join(", ", outcome.Members)));
        }

        return kept;
    }
}
