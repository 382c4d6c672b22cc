using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace CodeTables.CodeFixes;

/// <summary>
/// CT1003. "Use ToOutcome()" replaces a switch expression that only maps members to outcome constants with
/// <c>value.ToOutcome()</c>; "Use the table's outcome" replaces the contradicting outcome with the table's.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseToOutcomeCodeFix)), Shared]
public sealed class UseToOutcomeCodeFix : CodeFixProvider
{
    private const string ToOutcomeKey = "CodeTables.UseToOutcome";
    private const string TableOutcomeKey = "CodeTables.UseTableOutcome";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.ContradictsTable.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var document = context.Document;
        var generator = SyntaxGenerator.GetGenerator(document);
        foreach (var diagnostic in context.Diagnostics)
        {
            var label = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

            // Best first: the whole mapping replaced by the table's own, then the one arm corrected.
            if (diagnostic.Properties.TryGetValue(PropertyNames.ReplaceableByToOutcome, out var replaceable) && replaceable == "true"
                && UseToOutcome(label, model, generator) is ({ } mapping, { } call))
            {
                context.RegisterCodeFix(CodeAction.Create("Use ToOutcome()", ct => Edits.ReplaceAsync(document, mapping, call, ct), ToOutcomeKey), diagnostic);
            }

            if (UseTableOutcome(label, model, diagnostic) is ({ } result, { } outcome))
            {
                context.RegisterCodeFix(CodeAction.Create("Use the table's outcome", ct => Edits.ReplaceAsync(document, result, outcome, ct), TableOutcomeKey), diagnostic);
            }
        }
    }

    /// <summary>The switch expression around the label, and <c>value.ToOutcome()</c> to replace it with.</summary>
    private static (SyntaxNode Node, SyntaxNode Replacement)? UseToOutcome(SyntaxNode label, SemanticModel model, SyntaxGenerator generator)
    {
        var expression = label.FirstAncestorOrSelf<SwitchExpressionSyntax>();
        if (expression is null || model.GetTypeInfo(expression.GoverningExpression).Type is not { TypeKind: TypeKind.Enum } table)
        {
            return null;
        }

        var governing = expression.GoverningExpression.WithoutTrivia();
        var receiver = governing is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax ? governing : SyntaxFactory.ParenthesizedExpression(governing);
        return (expression, Names.ExtensionCall(generator, table, GeneratedNames.ToOutcome, receiver, model, expression.SpanStart));
    }

    /// <summary>The outcome of the label's arm or section, and the table's outcome to replace it with.</summary>
    private static (SyntaxNode Node, SyntaxNode Replacement)? UseTableOutcome(SyntaxNode label, SemanticModel model, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(PropertyNames.TableOutcome, out var outcome) || outcome is null
            || ResultOf(label) is not { } result || model.GetTypeInfo(result).Type is not { TypeKind: TypeKind.Enum } outcomeType)
        {
            return null;
        }

        return (result, Names.MemberExpression(outcomeType, outcome, model, result.SpanStart));
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
