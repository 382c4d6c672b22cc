using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CodeTables.CodeFixes;

/// <summary>
/// CT2001 "Use the named member": the literal becomes the member in the form its context needs, a constant
/// wherever the literal was one — <c>(int)E.X</c>; the generated const <c>ECodes.X</c> for a string code and
/// <c>ECodes.X.Column</c> for a part of a composite code (<c>E.X.ToCode()</c> when the const is missing, outside
/// constant contexts); <c>(E)486</c>, <c>FromCode(486)</c> and <c>FromCode("a", "b")</c> become <c>E.X</c>, and
/// <c>Classify(...)</c> becomes <c>E.X.ToOutcome()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNamedMemberCodeFix)), Shared]
public sealed class UseNamedMemberCodeFix : TextFixProvider
{
    private const string Key = "CodeTables.UseNamedMember";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.MagicCode.Id);

    internal override IEnumerable<FixKind> Kinds(Diagnostic diagnostic)
    {
        if (diagnostic.Properties.ContainsKey(PropertyNames.Member))
        {
            yield return new FixKind("Use the named member", Key);
        }
    }

    internal override TextChange? Change(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, string? key, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(PropertyNames.Member, out var member) || member is null
            || !diagnostic.Properties.TryGetValue(PropertyNames.Form, out var form)
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax literal)
        {
            return null;
        }

        switch (form)
        {
            case MagicCodeForms.Member when literal.Parent is CastExpressionSyntax cast && model.GetTypeInfo(cast.Type).Type is { TypeKind: TypeKind.Enum } castTable:
                return new TextChange(cast.Span, Names.Member(castTable, member, model, cast.SpanStart));
            case MagicCodeForms.Member or MagicCodeForms.Outcome:
                if (literal.Parent?.Parent?.Parent is not InvocationExpressionSyntax invocation || TableOf(diagnostic, model) is not { } lookupTable)
                {
                    return null;
                }

                var named = Names.Member(lookupTable, member, model, invocation.SpanStart);
                return new TextChange(invocation.Span, form == MagicCodeForms.Member ? named : Names.ExtensionCall(lookupTable, GeneratedNames.ToOutcome, named, model, invocation.SpanStart));
            case MagicCodeForms.IntegerCode or MagicCodeForms.StringCode:
                if (TableOf(diagnostic, model) is not { } table)
                {
                    return null;
                }

                if (form == MagicCodeForms.StringCode && Names.CodeConstant(table, member, -1, model.GetConstantValue(literal, cancellationToken), model, literal.SpanStart) is { } constant)
                {
                    return new TextChange(literal.Span, constant);
                }

                // E.X.ToCode() is not a constant: not in a case label, a pattern or a const initializer.
                if (form == MagicCodeForms.StringCode && diagnostic.Properties.ContainsKey(PropertyNames.ConstantContext))
                {
                    return null;
                }

                var name = Names.Member(table, member, model, literal.SpanStart);
                return new TextChange(literal.Span, form == MagicCodeForms.IntegerCode ? "(int)" + name : Names.ExtensionCall(table, GeneratedNames.ToCode, name, model, literal.SpanStart));
            case MagicCodeForms.CodePart:
                return TableOf(diagnostic, model) is { } composite
                    && diagnostic.Properties.TryGetValue(PropertyNames.Column, out var columnText)
                    && int.TryParse(columnText, NumberStyles.None, CultureInfo.InvariantCulture, out var column)
                    && Names.CodeConstant(composite, member, column, model.GetConstantValue(literal, cancellationToken), model, literal.SpanStart) is { } part
                        ? new TextChange(literal.Span, part)
                        : null;
            default:
                return null;
        }
    }

    /// <summary>The code-table enum the analyzer named in the diagnostic.</summary>
    private static INamedTypeSymbol? TableOf(Diagnostic diagnostic, SemanticModel model)
        => diagnostic.Properties.TryGetValue(PropertyNames.Table, out var name) && name is not null
            ? model.Compilation.GetTypeByMetadataName(name)
            : null;
}
