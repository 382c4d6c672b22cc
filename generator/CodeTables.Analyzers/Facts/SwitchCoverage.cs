using System.Collections.Generic;
using CodeTables.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeTables.Analyzers.Facts;

/// <summary>What the default (or catch-all) arm of a switch does.</summary>
internal enum DefaultArm
{
    /// <summary>No default arm: unhandled values fall out of the switch (or make it throw at run time).</summary>
    None,

    /// <summary>The default arm only throws.</summary>
    Throws,

    /// <summary>The default arm hands the switched value to the table's own lookups (<c>value.ToOutcome()</c>).</summary>
    Delegates,

    /// <summary>The default arm does something else: unhandled codes are silently handled there.</summary>
    Swallows,
}

/// <summary>A member handled by an arm that returns a constant outcome: a hand-written mapping, checked by CT1003.</summary>
/// <param name="Label">The member's constant in the case label or pattern.</param>
/// <param name="Member">The member.</param>
/// <param name="Outcome">The outcome constant the arm gives it.</param>
internal sealed record OutcomeMapping(IOperation Label, CodeTableMember Member, IFieldSymbol Outcome);

/// <summary>
/// Which members a switch over a code-table enum handles explicitly, and what its default arm does. Handled means
/// a constant pattern or case label, alone or in an <c>or</c> pattern, on an arm without a <c>when</c> clause.
/// A switch with relational, <c>not</c>, type or property patterns on the value is not analysable.
/// </summary>
internal sealed class SwitchCoverage
{
    private readonly CodeTableInfo _table;
    private readonly TableMetadataReader _tables;
    private readonly ISymbol? _switchedSymbol;
    private readonly HashSet<long> _handled = new HashSet<long>();
    private readonly List<OutcomeMapping> _mappings = new List<OutcomeMapping>();

    private SwitchCoverage(CodeTableInfo table, TableMetadataReader tables, IOperation value)
    {
        _table = table;
        _tables = tables;
        _switchedSymbol = value.ReferencedSymbol();
    }

    public bool IsAnalysable { get; private set; } = true;

    public bool HandlesNull { get; private set; }

    public DefaultArm Default { get; private set; }

    /// <summary>True for a switch expression in which every arm maps constants to a constant outcome.</summary>
    public bool IsPureMapping { get; private set; }

    public IReadOnlyList<OutcomeMapping> Mappings => _mappings;

    /// <summary>The members no arm handles, in table order (one per value).</summary>
    public List<CodeTableMember> MissingMembers()
    {
        var missing = new List<CodeTableMember>();
        Missing(missing, int.MaxValue);
        return missing;
    }

    /// <summary>
    /// How many values no arm handles; the first <paramref name="max"/> of their members, in table order, are added
    /// to <paramref name="first"/>. The analyzer asks for the few its message names, the fix for all.
    /// </summary>
    public int Missing(List<CodeTableMember>? first, int max)
    {
        // The count from the handled values (a few) rather than a look-up per member (Huawei has 112); the members
        // are walked only as far as the names asked for.
        var handled = 0;
        foreach (var value in _handled)
        {
            if (_table.TryGetByValue(value, out _))
            {
                handled++;
            }
        }

        if (first is not null)
        {
            foreach (var member in _table.DistinctMembers)
            {
                if (first.Count >= max)
                {
                    break;
                }

                if (!_handled.Contains(member.Value))
                {
                    first.Add(member);
                }
            }
        }

        return _table.DistinctMembers.Length - handled;
    }

    /// <summary>
    /// The coverage of a switch statement or expression over a code table, as the analyzer saw it: what CT1001 and
    /// CT1002 report and what "Add missing cases" adds, from one computation. Null for any other operation, or a
    /// switch over no code table; <paramref name="nullable"/> says whether the value is the table's nullable form.
    /// </summary>
    public static SwitchCoverage? Of(IOperation? operation, TableMetadataReader tables, out CodeTableInfo? table, out bool nullable)
    {
        table = null;
        nullable = false;
        switch (operation)
        {
            case ISwitchOperation statement when tables.GetTableOrNullable(statement.Value.Type, out nullable) is { } statementTable:
                table = statementTable;
                return Of(statement, statementTable, tables);
            case ISwitchExpressionOperation expression when tables.GetTableOrNullable(expression.Value.Type, out nullable) is { } expressionTable:
                table = expressionTable;
                return Of(expression, expressionTable, tables);
            default:
                return null;
        }
    }

    public static SwitchCoverage Of(ISwitchOperation switchStatement, CodeTableInfo table, TableMetadataReader tables)
    {
        var coverage = new SwitchCoverage(table, tables, switchStatement.Value);
        foreach (var section in switchStatement.Cases)
        {
            coverage.AddSection(section);
        }

        return coverage;
    }

    public static SwitchCoverage Of(ISwitchExpressionOperation switchExpression, CodeTableInfo table, TableMetadataReader tables)
    {
        var coverage = new SwitchCoverage(table, tables, switchExpression.Value);
        var pure = table.OutcomeType is not null && SymbolEqualityComparer.Default.Equals(switchExpression.Type, table.OutcomeType);
        foreach (var arm in switchExpression.Arms)
        {
            pure &= coverage.AddArm(arm);
        }

        coverage.IsPureMapping = pure && coverage._mappings.Count > 0;
        return coverage;
    }

    private void AddSection(ISwitchCaseOperation section)
    {
        var outcome = ConstantOutcome(SectionResult(section));
        foreach (var clause in section.Clauses)
        {
            switch (clause)
            {
                case IDefaultCaseClauseOperation:
                    SetDefault(DefaultKind(section), null);
                    break;
                case ISingleValueCaseClauseOperation single:
                    AddConstant(single.Value, outcome);
                    break;
                case IPatternCaseClauseOperation { Guard: not null }:
                    break;
                case IPatternCaseClauseOperation { Pattern: var pattern } when IsCatchAll(pattern):
                    SetDefault(DefaultKind(section), pattern);
                    break;
                case IPatternCaseClauseOperation { Pattern: var pattern }:
                    AddPattern(pattern, outcome);
                    break;
                default:
                    IsAnalysable = false;
                    break;
            }
        }
    }

    /// <summary>Adds an arm; returns whether it keeps the switch a pure constant mapping.</summary>
    private bool AddArm(ISwitchExpressionArmOperation arm)
    {
        if (arm.Guard is not null)
        {
            return false;
        }

        if (IsCatchAll(arm.Pattern))
        {
            var kind = arm.Value.IsThrow() ? DefaultArm.Throws : Delegates(arm.Value, arm.Pattern) ? DefaultArm.Delegates : DefaultArm.Swallows;
            SetDefault(kind, arm.Pattern);
            return arm.Pattern is IDiscardPatternOperation;
        }

        var outcome = ConstantOutcome(arm.Value);
        AddPattern(arm.Pattern, outcome);
        return outcome is not null;
    }

    private void SetDefault(DefaultArm kind, IPatternOperation? pattern)
    {
        HandlesNull |= pattern is null or IDiscardPatternOperation or IDeclarationPatternOperation { MatchesNull: true };
        if (Default == DefaultArm.None)
        {
            Default = kind;
        }
    }

    private void AddPattern(IPatternOperation pattern, IFieldSymbol? outcome)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                AddConstant(constant.Value, outcome);
                break;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                AddPattern(or.LeftPattern, outcome);
                AddPattern(or.RightPattern, outcome);
                break;
            default:
                IsAnalysable = false;
                break;
        }
    }

    private void AddConstant(IOperation value, IFieldSymbol? outcome)
    {
        if (!value.ConstantValue.HasValue)
        {
            IsAnalysable = false;
            return;
        }

        if (value.ConstantValue.Value is null)
        {
            HandlesNull = true;
            return;
        }

        if (!Constants.TryToInt64(value.ConstantValue.Value, out var number))
        {
            IsAnalysable = false;
            return;
        }

        _handled.Add(number);
        if (outcome is not null && _table.TryGetByValue(number, out var member))
        {
            _mappings.Add(new OutcomeMapping(value, member, outcome));
        }
    }

    private static bool IsCatchAll(IPatternOperation pattern)
        => pattern is IDiscardPatternOperation or IDeclarationPatternOperation { MatchesNull: true };

    /// <summary>What a default section does: its first statement throws, delegates, or something else.</summary>
    private DefaultArm DefaultKind(ISwitchCaseOperation section)
    {
        var first = section.Body.Length > 0 ? Operations.FirstStatement(section.Body[0]) : null;
        if (first.IsThrow())
        {
            return DefaultArm.Throws;
        }

        var pattern = section.Clauses.Length > 0 && section.Clauses[section.Clauses.Length - 1] is IPatternCaseClauseOperation clause ? clause.Pattern : null;
        var result = SectionResult(section);
        return result is not null && Delegates(result, pattern) ? DefaultArm.Delegates : DefaultArm.Swallows;
    }

    /// <summary>The value a section produces: what its first statement returns or assigns.</summary>
    private static IOperation? SectionResult(ISwitchCaseOperation section)
    {
        var first = section.Body.Length > 0 ? Operations.FirstStatement(section.Body[0]) : null;
        return first switch
        {
            IReturnOperation { ReturnedValue: { } returned } => returned,
            IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment } => assignment.Value,
            _ => null,
        };
    }

    /// <summary>A constant of the table's outcome type, as its field.</summary>
    private IFieldSymbol? ConstantOutcome(IOperation? value)
    {
        if (value is null || _table.OutcomeType is not { } outcomeType)
        {
            return null;
        }

        value = value.WithoutImplicitConversions();
        return SymbolEqualityComparer.Default.Equals(value.Type, outcomeType) && value.ConstantValue.HasValue
            && Constants.TryToInt64(value.ConstantValue.Value, out var number)
                ? _table.OutcomeField(number)
                : null;
    }

    /// <summary>
    /// Whether a default arm hands the switched value to the table's own lookups: a call of a method of the
    /// table's generated Extensions class whose first argument is the switched value (or the arm's <c>var</c>).
    /// </summary>
    private bool Delegates(IOperation value, IPatternOperation? pattern)
    {
        if (value.WithoutImplicitConversions() is not IInvocationOperation { Arguments.Length: > 0 } invocation
            || !SymbolEqualityComparer.Default.Equals(_tables.GetTableOfExtensions(invocation.TargetMethod.ContainingType)?.Type, _table.Type))
        {
            return false;
        }

        var argument = invocation.Arguments[0].Value.WithoutImplicitConversions();
        if (argument is IPropertyReferenceOperation { Property.Name: "Value", Instance: { } nullable } && nullable.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            argument = nullable;
        }

        var symbol = argument.ReferencedSymbol();
        if (symbol is null)
        {
            return false;
        }

        return SymbolEqualityComparer.Default.Equals(symbol, _switchedSymbol)
            || (pattern is IDeclarationPatternOperation { DeclaredSymbol: { } declared } && SymbolEqualityComparer.Default.Equals(symbol, declared));
    }
}
