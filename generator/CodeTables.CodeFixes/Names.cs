using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeTables.CodeFixes
{
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
        public static INamedTypeSymbol? Extensions(ITypeSymbol table)
        {
            var name = GeneratedNames.ExtensionsClass(table.Name);
            var candidates = table.ContainingType is { } outer ? outer.GetTypeMembers(name) : table.ContainingNamespace.GetTypeMembers(name);
            return candidates.Length > 0 ? candidates[0] : null;
        }

        /// <summary>
        /// A call of a generated extension method on <paramref name="receiver"/>: <c>x.ToOutcome()</c> when the
        /// Extensions class is in scope (so are its extension methods), else <c>N.EExtensions.ToOutcome(x)</c>.
        /// </summary>
        public static string ExtensionCall(ITypeSymbol table, string method, string receiver, SemanticModel model, int position)
        {
            var extensions = Extensions(table);
            if (extensions is null)
            {
                return receiver + "." + method + "()";
            }

            var written = Type(extensions, model, position);
            return written == extensions.Name ? receiver + "." + method + "()" : written + "." + method + "(" + receiver + ")";
        }
    }
}
