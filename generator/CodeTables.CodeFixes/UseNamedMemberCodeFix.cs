using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
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
/// CT2001 "Use the named member": the literal becomes the member in the form its context needs, a constant
/// wherever the literal was one — <c>(int)E.X</c>; the generated const <c>ECodes.X</c> for a string code and
/// <c>ECodes.X.Column</c> for a part of a composite code (<c>E.X.ToCode()</c> when the const is missing, outside
/// constant contexts); <c>(E)486</c>, <c>FromCode(486)</c> and <c>FromCode("a", "b")</c> become <c>E.X</c>, and
/// <c>Classify(...)</c> becomes <c>E.X.ToOutcome()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNamedMemberCodeFix)), Shared]
public sealed class UseNamedMemberCodeFix : CodeFixProvider
{
    private const string Key = "CodeTables.UseNamedMember";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.MagicCode.Id);

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
            if (Replacement(root, model, generator, diagnostic, context.CancellationToken) is ({ } node, { } replacement))
            {
                context.RegisterCodeFix(CodeAction.Create("Use the named member", ct => Edits.ReplaceAsync(document, node, replacement, ct), Key), diagnostic);
            }
        }
    }

    /// <summary>The node the fix replaces (the literal, or the cast or call around it) and what it becomes; null when it cannot.</summary>
    private static (SyntaxNode Node, SyntaxNode Replacement)? Replacement(SyntaxNode root, SemanticModel model, SyntaxGenerator generator, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(PropertyNames.Member, out var member) || member is null
            || !diagnostic.Properties.TryGetValue(PropertyNames.Form, out var form)
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax literal)
        {
            return null;
        }

        switch (form)
        {
            case MagicCodeForms.Member when literal.Parent is CastExpressionSyntax cast && model.GetTypeInfo(cast.Type, cancellationToken).Type is { TypeKind: TypeKind.Enum } castTable:
                return (cast, Names.MemberExpression(castTable, member, model, cast.SpanStart));
            case MagicCodeForms.Member or MagicCodeForms.Outcome:
                if (literal.Parent?.Parent?.Parent is not InvocationExpressionSyntax invocation || TableOf(diagnostic, model) is not { } lookupTable)
                {
                    return null;
                }

                var named = Names.MemberExpression(lookupTable, member, model, invocation.SpanStart);
                return (invocation, form == MagicCodeForms.Member ? named : Names.ExtensionCall(generator, lookupTable, GeneratedNames.ToOutcome, named, model, invocation.SpanStart));
            case MagicCodeForms.IntegerCode or MagicCodeForms.StringCode:
                if (TableOf(diagnostic, model) is not { } table)
                {
                    return null;
                }

                if (form == MagicCodeForms.StringCode && Names.CodeConstant(table, member, -1, model.GetConstantValue(literal, cancellationToken), model, literal.SpanStart) is { } constant)
                {
                    return Constant(literal, constant);
                }

                // E.X.ToCode() is not a constant: not in a case label, a pattern or a const initializer.
                if (form == MagicCodeForms.StringCode && diagnostic.Properties.ContainsKey(PropertyNames.ConstantContext))
                {
                    return null;
                }

                var name = Names.MemberExpression(table, member, model, literal.SpanStart);

                // (int)E.X as written, not the generator's (int)(E.X), whose parentheses only a simplifier pass removes.
                return (literal, form == MagicCodeForms.IntegerCode
                    ? SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword)), name)
                    : Names.ExtensionCall(generator, table, GeneratedNames.ToCode, name, model, literal.SpanStart));
            case MagicCodeForms.CodePart:
                return TableOf(diagnostic, model) is { } composite
                    && diagnostic.Properties.TryGetValue(PropertyNames.Column, out var columnText)
                    && int.TryParse(columnText, NumberStyles.None, CultureInfo.InvariantCulture, out var column)
                    && Names.CodeConstant(composite, member, column, model.GetConstantValue(literal, cancellationToken), model, literal.SpanStart) is { } part
                        ? Constant(literal, part)
                        : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The literal replaced by a const's name. Alone after <c>is</c> the name is written as the parser reads it back,
    /// <c>x is ECodes.X</c> being an is-expression with a type (bound to the constant), not a constant pattern.
    /// </summary>
    private static (SyntaxNode Node, SyntaxNode Replacement) Constant(ExpressionSyntax literal, string name)
        => literal.Parent is ConstantPatternSyntax { Parent: IsPatternExpressionSyntax isPattern }
            ? (isPattern, SyntaxFactory.BinaryExpression(SyntaxKind.IsExpression, isPattern.Expression, SyntaxFactory.ParseTypeName(name)))
            : (literal, Names.Expression(name));

    /// <summary>The code-table enum the analyzer named in the diagnostic.</summary>
    private static INamedTypeSymbol? TableOf(Diagnostic diagnostic, SemanticModel model)
        => diagnostic.Properties.TryGetValue(PropertyNames.Table, out var name) && name is not null
            ? model.Compilation.GetTypeByMetadataName(name)
            : null;
}
