using System.Linq;
using CodeTables.Analyzers.Model;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeTables.Analyzers.Analysis
{
    /// <summary>
    /// A value that holds a raw code of a table: <c>[CodeOf(typeof(E))]</c> members, parameters and returns,
    /// <c>(int)e</c>, <c>e.ToCode()</c> (and its tuple elements for composite keys), and parameters of E's generated
    /// lookups.
    /// </summary>
    /// <param name="Table">The table whose codes the value holds.</param>
    /// <param name="Column">The key column for composite tables; -1 when the value holds a whole code (or any column).</param>
    internal sealed record CodeSource(CodeTableInfo Table, int Column)
    {
        /// <summary>The code source an operation's value comes from, or null.</summary>
        public static CodeSource? Of(IOperation operation, CodeTableCatalog catalog)
        {
            operation = operation.WithoutImplicitConversions();
            switch (operation)
            {
                case IConversionOperation { Operand: var operand } conversion when conversion.Type.IsIntegral():
                    var table = catalog.GetTableOrNullable(operand.WithoutImplicitConversions().Type, out _);
                    return table is null ? null : new CodeSource(table, -1);
                case IInvocationOperation invocation:
                    return OfInvocation(invocation, catalog);
                case IFieldReferenceOperation { Field: var field } reference:
                    if (field.ContainingType?.IsTupleType == true && reference.Instance?.WithoutImplicitConversions() is IInvocationOperation toCode
                        && OfInvocation(toCode, catalog) is { Table.IsComposite: true } whole)
                    {
                        var tuple = field.ContainingType;
                        var underlying = field.CorrespondingTupleField ?? field;
                        var index = tuple.TupleElements.ToList().FindIndex(e => SymbolEqualityComparer.Default.Equals(e.CorrespondingTupleField ?? e, underlying));
                        return index < 0 ? null : whole with { Column = index };
                    }

                    return OfAttribute(field, catalog);
                case IPropertyReferenceOperation { Property: var property }:
                    return OfAttribute(property, catalog);
                case IParameterReferenceOperation { Parameter: var parameter }:
                    return OfAttribute(parameter, catalog);
                default:
                    return null;
            }
        }

        /// <summary>The code source a parameter receives: <c>[CodeOf]</c>, or a code parameter of a generated lookup.</summary>
        public static CodeSource? OfParameter(IParameterSymbol parameter, CodeTableCatalog catalog)
        {
            if (OfAttribute(parameter, catalog) is { } marked)
            {
                return marked;
            }

            if (parameter.ContainingSymbol is not IMethodSymbol method || parameter.RefKind != RefKind.None
                || method.Name is not (GeneratedNames.TryFromCode or GeneratedNames.FromCode or GeneratedNames.Classify)
                || catalog.GetTableOfExtensions(method.ContainingType) is not { } table)
            {
                return null;
            }

            return new CodeSource(table, table.IsComposite ? parameter.Ordinal : -1);
        }

        private static CodeSource? OfInvocation(IInvocationOperation invocation, CodeTableCatalog catalog)
        {
            var method = invocation.TargetMethod;
            if (method.Name == GeneratedNames.ToCode && method.Parameters.Length == 1 && invocation.Arguments.Length == 1
                && catalog.GetTableOfExtensions(method.ContainingType) is { } table
                && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, table.Type))
            {
                return new CodeSource(table, -1);
            }

            return OfAttribute(method, catalog);
        }

        private static CodeSource? OfAttribute(ISymbol symbol, CodeTableCatalog catalog)
        {
            var table = catalog.GetCodeOf(symbol, out var column);
            if (table is null && symbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                table = catalog.GetCodeOf(property, out column);
            }

            return table is null ? null : new CodeSource(table, column);
        }
    }
}
