using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeTables.Analyzers.Facts;

/// <summary>Small helpers over <see cref="IOperation"/> trees.</summary>
internal static class Operations
{
    /// <summary>The operation under any implicit conversions (a literal compared with an int?, say).</summary>
    public static IOperation WithoutImplicitConversions(this IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>
    /// A literal written in the source: an int or string literal, or a negated numeric literal. Named constants,
    /// <c>null</c> and computed constants are not literals.
    /// </summary>
    public static bool IsLiteral(this IOperation operation, out object value)
    {
        value = null!;
        var stripped = operation.WithoutImplicitConversions();

        // The constant first: most values met (arguments, returns, assigned values) are not constants at all.
        var constant = stripped.ConstantValue;
        if (!constant.HasValue || constant.Value is null)
        {
            return false;
        }

        var isLiteral = stripped switch
        {
            ILiteralOperation => true,
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus, Operand: ILiteralOperation } => true,
            _ => false,
        };

        if (!isLiteral)
        {
            return false;
        }

        value = constant.Value;
        return value is string || Constants.TryToInt64(value, out _);
    }

    /// <summary>Whether the operation (a statement, body or arm value) is a throw.</summary>
    public static bool IsThrow(this IOperation? operation)
    {
        operation = FirstStatement(operation);
        return operation is IThrowOperation
            || (operation is IExpressionStatementOperation { Operation: IThrowOperation });
    }

    /// <summary>The first statement of a block (through nested blocks), or the operation itself.</summary>
    public static IOperation? FirstStatement(IOperation? operation)
    {
        while (operation is IBlockOperation block)
        {
            operation = block.Operations.Length > 0 ? block.Operations[0] : null;
        }

        return operation is null ? null : operation.WithoutImplicitConversions();
    }

    /// <summary>The symbol an operation reads (local, parameter, field or property), if it is a plain reference.</summary>
    public static ISymbol? ReferencedSymbol(this IOperation operation) => operation.WithoutImplicitConversions() switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        _ => null,
    };
}
