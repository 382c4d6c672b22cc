using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CodeTables.CodeFixes;

/// <summary>
/// CT1003. "Use ToOutcome()" replaces a switch expression that only maps members to outcome constants with
/// <c>value.ToOutcome()</c>; "Use the table's outcome" replaces the contradicting outcome with the table's.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseToOutcomeCodeFix)), Shared]
public sealed class UseToOutcomeCodeFix : TextFixProvider
{
    private const string ToOutcomeKey = "CodeTables.UseToOutcome";
    private const string TableOutcomeKey = "CodeTables.UseTableOutcome";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.ContradictsTable.Id);

    internal override IEnumerable<FixKind> Kinds(Diagnostic diagnostic)
    {
        if (diagnostic.Properties.TryGetValue(PropertyNames.ReplaceableByToOutcome, out var replaceable) && replaceable == "true")
        {
            yield return new FixKind("Use ToOutcome()", ToOutcomeKey);
        }

        yield return new FixKind("Use the table's outcome", TableOutcomeKey);
    }

    internal override TextChange? Change(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, string? key, CancellationToken cancellationToken)
    {
        var label = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (key == ToOutcomeKey)
        {
            var expression = label.FirstAncestorOrSelf<SwitchExpressionSyntax>();
            if (expression is null || model.GetTypeInfo(expression.GoverningExpression).Type is not { TypeKind: TypeKind.Enum } table)
            {
                return null;
            }

            var governing = expression.GoverningExpression.WithoutTrivia().ToString();
            var receiver = expression.GoverningExpression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax ? governing : "(" + governing + ")";
            return new TextChange(expression.Span, Names.ExtensionCall(table, GeneratedNames.ToOutcome, receiver, model, expression.SpanStart));
        }

        if (!diagnostic.Properties.TryGetValue(PropertyNames.TableOutcome, out var outcome) || outcome is null)
        {
            return null;
        }

        var result = ResultOf(label);
        if (result is null || model.GetTypeInfo(result).Type is not { TypeKind: TypeKind.Enum } outcomeType)
        {
            return null;
        }

        return new TextChange(result.Span, Names.Member(outcomeType, outcome, model, result.SpanStart));
    }

    /// <summary>The outcome expression of the arm or section the label belongs to.</summary>
    private static ExpressionSyntax? ResultOf(SyntaxNode label)
    {
        if (label.FirstAncestorOrSelf<SwitchExpressionArmSyntax>() is { } arm)
        {
            return arm.Expression;
        }

        if (label.FirstAncestorOrSelf<SwitchSectionSyntax>() is { Statements.Count: > 0 } section)
        {
            var first = section.Statements[0] is BlockSyntax { Statements.Count: > 0 } block ? block.Statements[0] : section.Statements[0];
            return first switch
            {
                ReturnStatementSyntax { Expression: { } returned } => returned,
                ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment } => assignment.Right,
                _ => null,
            };
        }

        return null;
    }
}
