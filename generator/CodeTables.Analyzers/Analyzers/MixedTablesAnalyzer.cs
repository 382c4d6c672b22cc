using System.Collections.Immutable;
using CodeTables.Analyzers.Analysis;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CodeTables.Analyzers.Analyzers
{
    /// <summary>
    /// CT1006 on comparisons: two sides that hold codes of different tables (<c>(int)a == (int)b</c>,
    /// <c>a.ToCode() == b.ToCode()</c>, <c>[CodeOf]</c> values). Conversions are the <see cref="CastAnalyzer"/>'s.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MixedTablesAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.MixedTables);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (CodeTableCatalog.TryCreate(start.Compilation) is { } catalog)
                {
                    start.RegisterOperationAction(c => Analyze(c, catalog), OperationKind.Binary);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, CodeTableCatalog catalog)
        {
            var binary = (IBinaryOperation)context.Operation;
            if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan
                or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual))
            {
                return;
            }

            var left = CodeSource.Of(binary.LeftOperand, catalog)?.Table;
            var right = CodeSource.Of(binary.RightOperand, catalog)?.Table;
            if (left is not null && right is not null && !SymbolEqualityComparer.Default.Equals(left.Type, right.Type))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.MixedTables, binary.Syntax.GetLocation(), "comparison", left.Name, right.Name));
            }
        }
    }
}
