using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace CodeTables.CodeFixes;

/// <summary>CT1004 "Use FromCode": <c>(E)code</c> becomes <c>EExtensions.FromCode(code)</c>, which rejects unknown codes.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseFromCodeCodeFix)), Shared]
public sealed class UseFromCodeCodeFix : CodeFixProvider
{
    private const string Key = "CodeTables.UseFromCode";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.UnvalidatedCast.Id);

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
            if (!diagnostic.Properties.ContainsKey(PropertyNames.LookupMethod)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not CastExpressionSyntax cast
                || model.GetTypeInfo(cast.Type, context.CancellationToken).Type is not { TypeKind: TypeKind.Enum } table
                || Names.Extensions(table) is not { } extensions)
            {
                continue;
            }

            var call = generator.InvocationExpression(
                generator.MemberAccessExpression(Names.Expression(Names.Type(extensions, model, cast.SpanStart)), GeneratedNames.FromCode),
                cast.Expression.WithoutTrivia());
            context.RegisterCodeFix(CodeAction.Create("Use FromCode", ct => Edits.ReplaceAsync(document, cast, call, ct), Key), diagnostic);
        }
    }
}
