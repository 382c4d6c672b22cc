using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using CodeTables.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CodeTables.CodeFixes;

/// <summary>CT1004 "Use FromCode": <c>(E)code</c> becomes <c>EExtensions.FromCode(code)</c>, which rejects unknown codes.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseFromCodeCodeFix)), Shared]
public sealed class UseFromCodeCodeFix : TextFixProvider
{
    private const string Key = "CodeTables.UseFromCode";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.UnvalidatedCast.Id);

    internal override IEnumerable<FixKind> Kinds(Diagnostic diagnostic)
    {
        if (diagnostic.Properties.ContainsKey(PropertyNames.LookupMethod))
        {
            yield return new FixKind("Use FromCode", Key);
        }
    }

    internal override TextChange? Change(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, string? key, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(PropertyNames.LookupMethod)
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not CastExpressionSyntax cast
            || model.GetTypeInfo(cast.Type).Type is not { TypeKind: TypeKind.Enum } table
            || Names.Extensions(table) is not { } extensions)
        {
            return null;
        }

        return new TextChange(cast.Span, Names.Type(extensions, model, cast.SpanStart) + ".FromCode(" + cast.Expression.WithoutTrivia() + ")");
    }
}
