using System.Collections.Immutable;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Analyzers.Facts;
using CodeTables.Analyzers.Model;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CodeTables.Analyzers.Analyzers;

/// <summary>
/// Casts to code-table enums: CT1004 (a non-constant integer), CT1005 (a constant that is not a code),
/// CT1006 (a value of another table) and CT2001 (a literal code: use the member).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CastAnalyzer : DiagnosticAnalyzer
{
    // CT1004's properties when "Use FromCode" applies: the same for every report, built once.
    private static readonly ImmutableDictionary<string, string?> UseFromCode =
        ImmutableDictionary<string, string?>.Empty.Add(PropertyNames.LookupMethod, GeneratedNames.FromCode);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.UnvalidatedCast, Rules.UndefinedCode, Rules.MixedTables, Rules.MagicCode);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (TableMetadataReader.TryCreate(start.Compilation) is { } tables)
            {
                start.RegisterOperationAction(c => Analyze(c, tables), OperationKind.Conversion);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, TableMetadataReader tables)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (conversion.IsImplicit || tables.GetTableOrNullable(conversion.Type, out _) is not { } table)
        {
            return;
        }

        var operand = conversion.Operand.WithoutImplicitConversions();
        var other = tables.GetTableOrNullable(operand.Type, out _) ?? CodeHolder.Of(operand, tables)?.Table;
        if (other is not null)
        {
            if (!SymbolEqualityComparer.Default.Equals(other.Type, table.Type))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.MixedTables, conversion.Syntax.GetLocation(), "conversion", other.Name, table.Name));
            }

            return;
        }

        if (!operand.Type.IsIntegral())
        {
            return;
        }

        if (operand.ConstantValue.HasValue && Constants.TryToInt64(operand.ConstantValue.Value, out var value))
        {
            if (!table.TryGetByValue(value, out var member))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.UndefinedCode, conversion.Syntax.GetLocation(), value.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Name, table.File));
            }
            else if (operand.IsLiteral(out _))
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(PropertyNames.Member, member.Name)
                    .Add(PropertyNames.Form, MagicCodeForms.Member);
                context.ReportDiagnostic(Diagnostic.Create(Rules.MagicCode, operand.Syntax.GetLocation(), properties, value.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Name + "." + member.Name));
            }

            return;
        }

        var fix = table.IsIntegerTable && operand.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte
            ? UseFromCode
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Rules.UnvalidatedCast, conversion.Syntax.GetLocation(), fix, table.Name, table.File, table.IsIntegerTable
            ? GeneratedNames.Extensions(table.Name) + "." + GeneratedNames.FromCode + " or " + GeneratedNames.TryFromCode
            : GeneratedNames.Extensions(table.Name) + "." + GeneratedNames.IsDefined + " to check it"));
    }
}
