using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Analyzers.Facts;
using CodeTables.Analyzers.Model;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CodeTables.Analyzers.Analyzers;

/// <summary>
/// CT2001 (magic code) and CT2002 (not a code): literals that meet a value holding a raw code of a table, in
/// ==/!= comparisons, case labels and patterns, assignments and initializers, returns and arguments; and CT1006 on
/// comparisons of two values holding codes of different tables, found in the same pass over the operands.
/// Casts, constant <c>(E)486</c> and conversions between tables, are the <see cref="CastAnalyzer"/>'s.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MagicCodeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.MagicCode, Rules.NotACode, Rules.MixedTables);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (TableMetadataReader.TryCreate(start.Compilation) is not { } tables)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeComparison(c, tables), OperationKind.Binary);
            start.RegisterOperationAction(c => AnalyzeConstantPattern(c, tables), OperationKind.ConstantPattern);
            start.RegisterOperationAction(c => AnalyzeCaseLabel(c, tables), OperationKind.CaseClause);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, tables), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => AnalyzeInitializer(c, tables), OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
            start.RegisterOperationAction(c => AnalyzeReturn(c, tables), OperationKind.Return);
            start.RegisterOperationAction(c => AnalyzeArgument(c, tables), OperationKind.Argument);
        });
    }

    /// <summary>
    /// Comparisons, where both rules meet: each side's holder is worked out once, then a literal on the other side
    /// is CT2001/CT2002 (== and != only), and two holders of different tables are CT1006 (any comparison).
    /// </summary>
    private static void AnalyzeComparison(OperationAnalysisContext context, TableMetadataReader tables)
    {
        var binary = (IBinaryOperation)context.Operation;
        var equality = binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals;
        if (!equality && binary.OperatorKind is not (BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
            or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual))
        {
            return;
        }

        var left = CodeHolder.Of(binary.LeftOperand, tables);
        var right = CodeHolder.Of(binary.RightOperand, tables);
        if (left is not null && right is not null && !SymbolEqualityComparer.Default.Equals(left.Table.Type, right.Table.Type))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.MixedTables, binary.Syntax.GetLocation(), "comparison", left.Table.Name, right.Table.Name));
            return;
        }

        if (equality)
        {
            Check(context, binary.RightOperand, left, constantContext: false);
            Check(context, binary.LeftOperand, right, constantContext: false);
        }
    }

    private static void AnalyzeConstantPattern(OperationAnalysisContext context, TableMetadataReader tables)
    {
        var pattern = (IConstantPatternOperation)context.Operation;
        var input = PatternInput(pattern);
        if (input is not null)
        {
            Check(context, pattern.Value, CodeHolder.Of(input, tables), constantContext: true);
        }
    }

    /// <summary>The value a pattern tests: through or/and/not to the is, switch, case or property pattern.</summary>
    private static IOperation? PatternInput(IPatternOperation pattern)
    {
        var current = pattern.Parent;
        while (current is IBinaryPatternOperation or INegatedPatternOperation)
        {
            current = current.Parent;
        }

        return current switch
        {
            IIsPatternOperation isPattern => isPattern.Value,
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
            IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } => switchStatement.Value,
            IPropertySubpatternOperation subpattern => subpattern.Member,
            _ => null,
        };
    }

    private static void AnalyzeCaseLabel(OperationAnalysisContext context, TableMetadataReader tables)
    {
        if (context.Operation is ISingleValueCaseClauseOperation { Value: { } value, Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } })
        {
            Check(context, value, CodeHolder.Of(switchStatement.Value, tables), constantContext: true);
        }
    }

    // Assignments, initializers, returns and arguments: only a literal can be a magic code, so the value is looked at
    // first and the holder (attribute reads) only for a literal.
    private static void AnalyzeAssignment(OperationAnalysisContext context, TableMetadataReader tables)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (!assignment.Value.IsLiteral(out _))
        {
            return;
        }

        Check(context, assignment.Value, CodeHolder.Of(assignment.Target, tables), constantContext: false);
    }

    private static void AnalyzeInitializer(OperationAnalysisContext context, TableMetadataReader tables)
    {
        var (members, value) = context.Operation switch
        {
            IFieldInitializerOperation field => (field.InitializedFields.CastArray<ISymbol>(), field.Value),
            IPropertyInitializerOperation property => (property.InitializedProperties.CastArray<ISymbol>(), property.Value),
            _ => (ImmutableArray<ISymbol>.Empty, null!),
        };

        if (value is null || !value.IsLiteral(out _))
        {
            return;
        }

        foreach (var member in members)
        {
            if (tables.GetCodeOf(member) is { } holder)
            {
                var isConst = member is IFieldSymbol { IsConst: true };
                Check(context, value, holder, constantContext: isConst);
                return;
            }
        }
    }

    private static void AnalyzeReturn(OperationAnalysisContext context, TableMetadataReader tables)
    {
        var ret = (IReturnOperation)context.Operation;
        if (ret.ReturnedValue is null || ret.Kind == OperationKind.YieldBreak || !ret.ReturnedValue.IsLiteral(out _))
        {
            return;
        }

        var owner = context.ContainingSymbol;
        for (var parent = ret.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation)
            {
                return;
            }

            if (parent is ILocalFunctionOperation local)
            {
                owner = local.Symbol;
                break;
            }
        }

        if (owner is IMethodSymbol method && tables.GetCodeOf(method) is { } holder)
        {
            Check(context, ret.ReturnedValue, holder, constantContext: false);
        }
        else if (owner is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } && tables.GetCodeOf(property) is { } propertyHolder)
        {
            Check(context, ret.ReturnedValue, propertyHolder, constantContext: false);
        }
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, TableMetadataReader tables)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue || !argument.Value.IsLiteral(out _))
        {
            return;
        }

        var source = CodeHolder.OfParameter(parameter, tables);
        if (source is null)
        {
            return;
        }

        // FromCode(486) and Classify(486): the whole call can become the member (or its outcome); for a composite
        // key, when every part is a literal and together they are a member's key.
        string? form = null;
        CodeTableMember? wholeKey = null;
        if (argument.Parent is IInvocationOperation invocation
            && SymbolEqualityComparer.Default.Equals(tables.GetTableOfExtensions(invocation.TargetMethod.ContainingType)?.Type, source.Table.Type))
        {
            form = invocation.TargetMethod.Name switch
            {
                GeneratedNames.FromCode => MagicCodeForms.Member,
                GeneratedNames.Classify => MagicCodeForms.Outcome,
                _ => null,
            };

            if (form is not null && source.Table.IsComposite)
            {
                wholeKey = WholeKey(invocation, source.Table);
                form = wholeKey is null ? null : form;
            }
        }

        Check(context, argument.Value, source, constantContext: false, form, wholeKey);
    }

    /// <summary>The member whose key the call's arguments spell out, every one a literal; null otherwise.</summary>
    private static CodeTableMember? WholeKey(IInvocationOperation invocation, CodeTableInfo table)
    {
        var key = new string[table.KeyColumns.Length];
        var arguments = invocation.Arguments;
        if (arguments.Length != key.Length)
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || parameter.Ordinal >= key.Length || !argument.Value.IsLiteral(out var literal) || literal is not string part)
            {
                return null;
            }

            key[parameter.Ordinal] = part;
        }

        return table.FindByKey(key);
    }

    private static void Check(OperationAnalysisContext context, IOperation value, CodeHolder? source, bool constantContext, string? form = null, CodeTableMember? wholeKey = null)
    {
        if (source is null || !value.IsLiteral(out var literal))
        {
            return;
        }

        var table = source.Table;
        var location = value.WithoutImplicitConversions().Syntax.GetLocation();
        CodeTableMember? member;
        string text;
        var column = -1;
        if (table.IsIntegerTable)
        {
            if (!Constants.TryToInt64(literal, out var number))
            {
                return;
            }

            text = number.ToString(CultureInfo.InvariantCulture);
            member = table.TryGetByValue(number, out var found) ? found : null;
            form ??= MagicCodeForms.IntegerCode;
        }
        else
        {
            // An empty string is "no code yet", not a code.
            if (literal is not string { Length: > 0 } code)
            {
                return;
            }

            text = "\"" + code + "\"";
            member = Find(table, source.Column, code, out column);
            form ??= table.IsComposite ? MagicCodeForms.CodePart : MagicCodeForms.StringCode;
        }

        var what = table.IsComposite && source.Column >= 0 ? "a " + table.KeyColumns[source.Column] + " code" : "a code";
        if (member is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.NotACode, location, text, what, table.Name, table.File, NearestCodes(table, source.Column, literal)));
            return;
        }

        // The fix names the code: the generated const (ECodes.X, ECodes.X.Column) where one exists, else the member.
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(PropertyNames.Member, (wholeKey ?? member).Name)
            .Add(PropertyNames.Form, form)
            .Add(PropertyNames.Table, MetadataName(table.Type));
        if (form == MagicCodeForms.CodePart)
        {
            properties = properties.Add(PropertyNames.Column, column.ToString(CultureInfo.InvariantCulture));
        }

        if (constantContext)
        {
            properties = properties.Add(PropertyNames.ConstantContext, "true");
        }

        var description = table.IsComposite
            ? what + " of " + table.Name + " (as in " + table.Name + "." + member.Name + ")"
            : table.Name + "." + member.Name;
        context.ReportDiagnostic(Diagnostic.Create(Rules.MagicCode, location, properties, text, description));
    }

    /// <summary>
    /// "; nearest codes: 486, 487" for CT2002, as the generator's CT0010 and CT0044 hint: the numerically nearest
    /// codes of an integer table, the closest spellings of a text code (of its key column, for a composite key).
    /// </summary>
    private static string NearestCodes(CodeTableInfo table, int column, object literal)
    {
        List<string> nearest;
        if (table.IsIntegerTable)
        {
            Constants.TryToInt64(literal, out var number);
            nearest = NearestName.NearestNumbers(number, table.Members.Select(m => m.Value), 3)
                .Select(n => n.ToString(CultureInfo.InvariantCulture))
                .ToList();
        }
        else
        {
            var codes = table.Members
                .SelectMany(m => m.Key.Where((_, i) => column < 0 || i == column))
                .Distinct(StringComparer.Ordinal);
            nearest = NearestName.FindSeveral((string)literal, codes, 3).Select(c => "\"" + c + "\"").ToList();
        }

        return nearest.Count == 0 ? string.Empty : "; nearest codes: " + string.Join(", ", nearest);
    }

    /// <summary>The name Compilation.GetTypeByMetadataName finds the type by ("N.Outer+E").</summary>
    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
            type = outer;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }

    /// <summary>The member with the code (for a composite key, the first whose part in <paramref name="column"/>, or any column, is the code); <paramref name="found"/> is that column.</summary>
    private static CodeTableMember? Find(CodeTableInfo table, int column, string code, out int found)
    {
        found = -1;
        if (!table.IsComposite)
        {
            return table.TryGetByCode(code, out var member) ? member : null;
        }

        for (var i = 0; i < table.KeyColumns.Length; i++)
        {
            if ((column < 0 || column == i) && table.TryGetByColumnCode(i, code, out var member))
            {
                found = i;
                return member;
            }
        }

        return null;
    }
}
