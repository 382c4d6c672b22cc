using Microsoft.CodeAnalysis;

namespace CodeTables.Analyzers.Facts;

internal static class TypeFacts
{
    /// <summary>Whether a type is an integer type, or a nullable one.</summary>
    public static bool IsIntegral(this ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16
            or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
            or SpecialType.System_Byte or SpecialType.System_SByte;
    }
}
