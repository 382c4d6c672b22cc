using System.Collections.Immutable;
using System.Linq;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Analyzers.Facts;
using CodeTables.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CodeTables.Analyzers.Analyzers;

/// <summary>
/// One warning per switch: on a switch expression over a code table that leaves members unhandled and has no default
/// arm, the compiler's CS8509 ("not exhaustive, e.g. the pattern 'E.X' is not covered") and CT1001 say the same thing.
/// CT1001 is the one the user sees: it lists the table's missing members and brings the Add missing cases fix; CS8509
/// is suppressed for that switch only, and only while CT1001 is enabled for the file (else the compiler's stays).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwitchExpressionSuppressor : DiagnosticSuppressor
{
    public static readonly SuppressionDescriptor NotExhaustiveSwitchExpression = new(
        "CTS1001", "CS8509", "CT1001 reports this switch expression over a code table, with its missing members and a code fix.");

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(NotExhaustiveSwitchExpression);

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        TableMetadataReader? tables = null;
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            var tree = diagnostic.Location.SourceTree;
            if (tree is null || !IsEnabled(context.Compilation, tree, context))
            {
                continue;
            }

            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.AncestorsAndSelf().OfType<SwitchExpressionSyntax>().FirstOrDefault() is not { } syntax
                || syntax.SwitchKeyword.Span != diagnostic.Location.SourceSpan)
            {
                continue;
            }

            tables ??= TableMetadataReader.TryCreate(context.Compilation);
            if (tables is null)
            {
                return;
            }

            var model = context.GetSemanticModel(tree);
            if (model.GetOperation(syntax, context.CancellationToken) is ISwitchExpressionOperation operation && ReportsCT1001(context, tables, operation))
            {
                context.ReportSuppression(Suppression.Create(NotExhaustiveSwitchExpression, diagnostic));
            }
        }
    }

    /// <summary>Whether SwitchAnalyzer reports CT1001 on this switch for its missing members (null is CS8655's).</summary>
    private static bool ReportsCT1001(SuppressionAnalysisContext context, TableMetadataReader tables, ISwitchExpressionOperation operation)
    {
        if (SwitchAnalyzer.Table(context.Options, tables, operation.Value, out _, out _) is not { } table)
        {
            return false;
        }

        var coverage = SwitchCoverage.Of(operation, table, tables);
        return coverage.IsAnalysable && coverage.Default == DefaultArm.None && coverage.Missing(null, 0) > 0;
    }

    /// <summary>CT1001 is not turned off for the file (.editorconfig, global config, or the project's NoWarn / rule set).</summary>
    private static bool IsEnabled(Compilation compilation, SyntaxTree tree, SuppressionAnalysisContext context)
    {
        var id = Rules.NonExhaustiveSwitch.Id;
        var provider = compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is not null
            && (provider.TryGetDiagnosticValue(tree, id, context.CancellationToken, out var severity)
                || provider.TryGetGlobalDiagnosticValue(id, context.CancellationToken, out severity)))
        {
            return severity != ReportDiagnostic.Suppress;
        }

        return !compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var specific) || specific != ReportDiagnostic.Suppress;
    }
}
