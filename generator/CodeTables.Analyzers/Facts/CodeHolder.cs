using System.Linq;
using CodeTables.Analyzers.Model;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeTables.Analyzers.Facts;

/// <summary>
/// A value that holds a raw code of a table: <c>[CodeOf(typeof(E))]</c> members, parameters and returns,
/// <c>(int)e</c>, <c>e.ToCode()</c> (and its tuple elements for composite keys), and parameters of E's generated
/// lookups.
/// </summary>
/// <param name="Table">The table whose codes the value holds.</param>
/// <param name="Column">The key column for composite tables; -1 when the value holds a whole code (or any column).</param>
internal sealed record CodeHolder(CodeTableInfo Table, int Column)
{
    /// <summary>What an operation's value holds: a code of which table (and column), or null when it holds none.</summary>
    public static CodeHolder? Of(IOperation operation, TableMetadataReader tables)
    {
        operation = operation.WithoutImplicitConversions();
        switch (operation)
        {
            case IConversionOperation { Operand: var operand } conversion when conversion.Type.IsIntegral():
                var table = tables.GetTableOrNullable(operand.WithoutImplicitConversions().Type, out _);
                return table is null ? null : new CodeHolder(table, -1);
            case IInvocationOperation invocation:
                return OfInvocation(invocation, tables);
            case IFieldReferenceOperation { Field: var field } reference:
                if (field.ContainingType?.IsTupleType == true && reference.Instance?.WithoutImplicitConversions() is IInvocationOperation toCode
                    && OfInvocation(toCode, tables) is { Table.IsComposite: true } whole)
                {
                    var tuple = field.ContainingType;
                    var underlying = field.CorrespondingTupleField ?? field;
                    var index = tuple.TupleElements.ToList().FindIndex(e => SymbolEqualityComparer.Default.Equals(e.CorrespondingTupleField ?? e, underlying));
                    return index < 0 ? null : whole with { Column = index };
                }

                return OfAttribute(field, tables);
            case IPropertyReferenceOperation { Property: var property }:
                return OfAttribute(property, tables);
            case IParameterReferenceOperation { Parameter: var parameter }:
                return OfAttribute(parameter, tables);
            default:
                return null;
        }
    }

    /// <summary>What a parameter holds: <c>[CodeOf]</c>, or a code parameter of a generated lookup.</summary>
    public static CodeHolder? OfParameter(IParameterSymbol parameter, TableMetadataReader tables)
    {
        if (OfAttribute(parameter, tables) is { } marked)
        {
            return marked;
        }

        if (parameter.ContainingSymbol is not IMethodSymbol method || parameter.RefKind != RefKind.None
            || method.Name is not (GeneratedNames.TryFromCode or GeneratedNames.FromCode or GeneratedNames.Classify or GeneratedNames.Decide or GeneratedNames.TryDecide)
            || tables.GetTableOfExtensions(method.ContainingType) is not { } table)
        {
            return null;
        }

        if (table.IsDecision)
        {
            // A decision's inputs are not its codes: an input typed as a code table holds that table's codes; the others none.
            return tables.GetTable(parameter.Type) is { } input ? new CodeHolder(input, -1) : null;
        }

        return new CodeHolder(table, table.IsComposite ? parameter.Ordinal : -1);
    }

    private static CodeHolder? OfInvocation(IInvocationOperation invocation, TableMetadataReader tables)
    {
        var method = invocation.TargetMethod;
        if (method.Name == GeneratedNames.ToCode && method.Parameters.Length == 1 && invocation.Arguments.Length == 1
            && tables.GetTableOfExtensions(method.ContainingType) is { } table
            && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, table.Type))
        {
            return new CodeHolder(table, -1);
        }

        return OfAttribute(method, tables);
    }

    private static CodeHolder? OfAttribute(ISymbol symbol, TableMetadataReader tables)
        => tables.GetCodeOf(symbol) ?? (symbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } ? tables.GetCodeOf(property) : null);
}
