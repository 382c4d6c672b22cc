using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CodeTables.Analyzers.Analysis;
using CodeTables.Analyzers.Diagnostics;
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
        var settings = AnalyzerSettings.For(context.Options, operation.Syntax.SyntaxTree);
        if (Table(settings, tables, operation.Value, out var nullable) is { } table && operation.Syntax is SwitchStatementSyntax syntax)
        {
            Report(context, settings, table, nullable, SwitchCoverage.Of(operation, table, tables), syntax.SwitchKeyword.GetLocation());
        }
    }

    private static void AnalyzeExpression(OperationAnalysisContext context, TableMetadataReader tables)
    {
        var operation = (ISwitchExpressionOperation)context.Operation;
        var settings = AnalyzerSettings.For(context.Options, operation.Syntax.SyntaxTree);
        if (Table(settings, tables, operation.Value, out var nullable) is { } table && operation.Syntax is SwitchExpressionSyntax syntax)
        {
            Report(context, settings, table, nullable, SwitchCoverage.Of(operation, table, tables), syntax.SwitchKeyword.GetLocation());
        }
    }

    /// <summary>The switched value's table, unless it is the runtime's taxonomy and the settings leave those alone.</summary>
    internal static CodeTableInfo? Table(AnalyzerSettings settings, TableMetadataReader tables, IOperation value, out bool nullable)
    {
        var table = tables.GetTableOrNullable(value.Type, out nullable);
        if (table is not null && IsRuntimeOutcome(table.Type) && !settings.AnalyzeOutcomeSwitches)
        {
            return null;
        }

        return table;
    }

    /// <summary>The runtime's taxonomy enums, which the analyze_outcome_switches option can exclude.</summary>
    private static bool IsRuntimeOutcome(INamedTypeSymbol type)
        => type.Name is "CallOutcome" or "CallOutcomeCategory"
           && type.ContainingNamespace is { Name: "CodeTables", ContainingNamespace.IsGlobalNamespace: true };

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

        var missing = coverage.MissingMembers();
        var exhaustive = coverage.Default switch
        {
            DefaultArm.None => false,
            DefaultArm.Throws => settings.ThrowingDefaultIsExhaustive,
            _ => true,
        };

        var missingNull = nullable && !coverage.HandlesNull;
        if (!exhaustive && (missing.Count > 0 || missingNull))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.NonExhaustiveSwitch, location, Properties(missing, missingNull), table.Name, Count(missing.Count + (missingNull ? 1 : 0)), Names(missing, missingNull)));
        }
        else if (coverage.Default == DefaultArm.Swallows && missing.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.DefaultSwallowsCodes, location, Properties(missing, false), table.Name, Count(missing.Count), Names(missing, false)));
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

    private static ImmutableDictionary<string, string?> Properties(List<CodeTableMember> missing, bool missingNull)
        => ImmutableDictionary<string, string?>.Empty
            .Add(PropertyNames.MissingMembers, string.Join(",", missing.Select(m => m.Name)))
            .Add(PropertyNames.MissingNull, missingNull ? "true" : "false");

    private static string Count(int count) => count == 1 ? "1 value" : count + " values";

    private static string Names(List<CodeTableMember> missing, bool missingNull)
    {
        var names = missing.Select(m => m.Name).ToList();
        if (missingNull)
        {
            names.Insert(0, "null");
        }

        var shown = string.Join(", ", names.Take(NamesInMessage));
        return names.Count > NamesInMessage ? shown + " and " + (names.Count - NamesInMessage) + " more" : shown;
    }
}
