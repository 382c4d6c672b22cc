using System.Linq;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace CodeTables.CodeFixes;

/// <summary>How fixes write names: as short as they can be where they go, and escaped when they are keywords.</summary>
internal static class Names
{
    /// <summary>The type's name as it can be written at <paramref name="position"/>.</summary>
    public static string Type(ITypeSymbol type, SemanticModel model, int position)
        => type.ToMinimalDisplayString(model, position, SymbolDisplayFormat.MinimallyQualifiedFormat);

    /// <summary><c>E.X</c> for a member, qualified as needed.</summary>
    public static string Member(ITypeSymbol type, string member, SemanticModel model, int position)
        => Type(type, model, position) + "." + GeneratedNames.Escape(member);

    /// <summary>The generated <c>{E}Extensions</c> class of a code-table enum.</summary>
    public static INamedTypeSymbol? Extensions(ITypeSymbol table) => Beside(table, GeneratedNames.Extensions(table.Name));

    /// <summary>
    /// The generated const that holds <paramref name="member"/>'s code: <c>ECodes.X</c>, or for a composite key's
    /// <paramref name="column"/> the column's const of <c>ECodes.X</c> (read by position, as the generator writes them);
    /// written as short as it can be at <paramref name="position"/>. Null when there is none, or its value is not
    /// <paramref name="code"/>'s, so the fix never changes what the code compares with.
    /// </summary>
    public static string? CodeConstant(ITypeSymbol table, string member, int column, Optional<object?> code, SemanticModel model, int position)
    {
        if (!code.HasValue || code.Value is null || Beside(table, GeneratedNames.Codes(table.Name)) is not { } codes)
        {
            return null;
        }

        var holder = codes;
        IFieldSymbol? constant;
        if (column < 0)
        {
            constant = codes.GetMembers(member).OfType<IFieldSymbol>().FirstOrDefault(f => f.IsConst);
        }
        else
        {
            var nested = codes.GetTypeMembers(member);
            if (nested.Length != 1)
            {
                return null;
            }

            holder = nested[0];
            constant = holder.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ElementAtOrDefault(column);
        }

        return constant is not null && Equals(constant.ConstantValue, code.Value)
            ? Type(holder, model, position) + "." + GeneratedNames.Escape(constant.Name)
            : null;
    }

    /// <summary>A type generated beside a code-table enum (same namespace, or same containing type).</summary>
    private static INamedTypeSymbol? Beside(ITypeSymbol table, string name)
    {
        var candidates = table.ContainingType is { } outer ? outer.GetTypeMembers(name) : table.ContainingNamespace.GetTypeMembers(name);
        return candidates.Length > 0 ? candidates[0] : null;
    }

    /// <summary>
    /// A call of a generated extension method on <paramref name="receiver"/>: <c>x.ToOutcome()</c> when the
    /// Extensions class is in scope (so are its extension methods), else <c>N.EExtensions.ToOutcome(x)</c>.
    /// </summary>
    public static ExpressionSyntax ExtensionCall(SyntaxGenerator generator, ITypeSymbol table, string method, ExpressionSyntax receiver, SemanticModel model, int position)
    {
        var extensions = Extensions(table);
        var written = extensions is null ? null : Type(extensions, model, position);
        return written is null || written == extensions!.Name
            ? (ExpressionSyntax)generator.InvocationExpression(generator.MemberAccessExpression(receiver, method))
            : (ExpressionSyntax)generator.InvocationExpression(generator.MemberAccessExpression(Expression(written), method), receiver);
    }

    /// <summary><c>E.X</c> for a member, qualified as needed, as syntax.</summary>
    public static ExpressionSyntax MemberExpression(ITypeSymbol type, string member, SemanticModel model, int position)
        => Expression(Member(type, member, model, position));

    /// <summary>A name (or dotted names) written by this class, as syntax.</summary>
    public static ExpressionSyntax Expression(string name) => SyntaxFactory.ParseExpression(name);
}
