using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Analyzers.Facts;
using CodeTables.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CodeTables.Analyzers.Analyzers;

/// <summary>
/// CT1001 (non-exhaustive switch), CT1002 (default swallows codes) and CT1003 (mapping contradicts the table)
/// on switch statements and switch expressions over code-table enums.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwitchAnalyzer : DiagnosticAnalyzer
{
    private const int NamesInMessage = 8;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.NonExhaustiveSwitch, Rules.DefaultSwallowsCodes, Rules.ContradictsTable);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (TableMetadataReader.TryCreate(start.Compilation) is not { } tables)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeStatement(c, tables), OperationKind.Switch);
            start.RegisterOperationAction(c => AnalyzeExpression(c, tables), OperationKind.SwitchExpression);
        });
    }

    private static void AnalyzeStatement(OperationAnalysisContext context, TableMetadataReader tables)
    {
        var operation = (ISwitchOperation)context.Operation;
        if (Table(context.Options, tables, operation.Value, out var nullable, out var settings) is { } table && operation.Syntax is SwitchStatementSyntax syntax)
        {
            Report(context, settings, table, nullable, SwitchCoverage.Of(operation, table, tables), syntax.SwitchKeyword.GetLocation());
        }
    }

    private static void AnalyzeExpression(OperationAnalysisContext context, TableMetadataReader tables)
    {
        var operation = (ISwitchExpressionOperation)context.Operation;
        if (Table(context.Options, tables, operation.Value, out var nullable, out var settings) is { } table && operation.Syntax is SwitchExpressionSyntax syntax)
        {
            Report(context, settings, table, nullable, SwitchCoverage.Of(operation, table, tables), syntax.SwitchKeyword.GetLocation());
        }
    }

    /// <summary>
    /// The switched value's table, unless it is the runtime's taxonomy and the settings leave those alone. Most
    /// switches are over other types: the table lookup (one cached dictionary read) comes first, the file's options
    /// are read only for a switch over a table.
    /// </summary>
    internal static CodeTableInfo? Table(AnalyzerOptions options, TableMetadataReader tables, IOperation value, out bool nullable, out AnalyzerSettings settings)
    {
        settings = default;
        var table = tables.GetTableOrNullable(value.Type, out nullable);
        if (table is null)
        {
            return null;
        }

        settings = AnalyzerSettings.For(options, value.Syntax.SyntaxTree);
        return tables.IsRuntimeOutcome(table.Type) && !settings.AnalyzeOutcomeSwitches ? null : table;
    }

    private static void Report(OperationAnalysisContext context, AnalyzerSettings settings, CodeTableInfo table, bool nullable, SwitchCoverage coverage, Location location)
    {
        foreach (var mapping in coverage.Mappings)
        {
            ReportContradiction(context, table, coverage, mapping);
        }

        if (!coverage.IsAnalysable)
        {
            return;
        }

        // Only the names the message shows: "Add missing cases" recomputes the full list through SwitchCoverage.
        var shown = new List<CodeTableMember>(NamesInMessage);
        var missing = coverage.Missing(shown, NamesInMessage);
        var exhaustive = coverage.Default switch
        {
            DefaultArm.None => false,
            DefaultArm.Throws => settings.ThrowingDefaultIsExhaustive,
            _ => true,
        };

        var missingNull = nullable && !coverage.HandlesNull;
        if (!exhaustive && (missing > 0 || missingNull))
        {
            var count = missing + (missingNull ? 1 : 0);
            context.ReportDiagnostic(Diagnostic.Create(Rules.NonExhaustiveSwitch, location, table.Name, Count(count), Names(shown, count, missingNull)));
        }
        else if (coverage.Default == DefaultArm.Swallows && missing > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.DefaultSwallowsCodes, location, table.Name, Count(missing), Names(shown, missing, false)));
        }
    }

    private static void ReportContradiction(OperationAnalysisContext context, CodeTableInfo table, SwitchCoverage coverage, OutcomeMapping mapping)
    {
        var expected = mapping.Member.Outcome;
        if (expected is null || SymbolEqualityComparer.Default.Equals(expected, mapping.Outcome)
            || (expected.ConstantValue?.Equals(mapping.Outcome.ConstantValue) ?? false))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(PropertyNames.TableOutcome, expected.Name)
            .Add(PropertyNames.ReplaceableByToOutcome, coverage.IsPureMapping ? "true" : "false");
        var outcomeType = expected.ContainingType.Name;
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.ContradictsTable,
            mapping.Label.Syntax.GetLocation(),
            properties,
            table.Name + "." + mapping.Member.Name,
            outcomeType + "." + mapping.Outcome.Name,
            table.File,
            outcomeType + "." + expected.Name));
    }

    private static string Count(int count) => count == 1 ? "1 value" : count + " values";

    /// <summary>The first names of the missing values (null first), and how many more there are.</summary>
    private static string Names(List<CodeTableMember> shown, int count, bool missingNull)
    {
        var names = new StringBuilder();
        var written = 0;
        if (missingNull)
        {
            names.Append("null");
            written++;
        }

        foreach (var member in shown)
        {
            if (written == NamesInMessage)
            {
                break;
            }

            names.Append(written > 0 ? ", " : string.Empty).Append(member.Name);
            written++;
        }

        return count > written ? names.Append(" and ").Append(count - written).Append(" more").ToString() : names.ToString();
    }
}
