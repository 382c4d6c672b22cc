namespace CodeTables.Generator.Model;

/// <summary>What an input column of a decision table holds (docs/table-format.md, "Decision tables").</summary>
internal enum InputKind
{
    /// <summary><c>yes</c>/<c>no</c>/<c>true</c>/<c>false</c>.</summary>
    Bool,

    /// <summary>Integers: values, ranges <c>1..5</c> and comparisons <c>&lt;3</c>, <c>&gt;=6</c>.</summary>
    Int,

    /// <summary>Text, matched exactly (ordinal).</summary>
    String,

    /// <summary>The codes of a code table: the parameter is the table's enum.</summary>
    Table,
}

/// <summary>An input of a decision table, from the 'inputs' setting.</summary>
/// <param name="Column">The header's column name.</param>
/// <param name="Type">The type as written: bool, int, string, or a code-table enum's name.</param>
/// <param name="Parameter">The generated parameter's name (camelCase, escaped, distinct).</param>
internal sealed record DecisionInput(string Column, string Type, InputKind Kind, string Parameter);

/// <summary>
/// What makes a table a decision table: its inputs (the key columns, in parameter order), its hit policy and whether
/// it must be complete. Each member is a rule; its key holds its condition cells (empty cells as <c>*</c>) and
/// <see cref="TableMember.InputCells"/> where they are.
/// </summary>
/// <param name="FirstHit">Hit policy first (rows tried in order); false for unique.</param>
/// <param name="Complete">Every input must match a row (then <c>Decide</c> is generated).</param>
/// <param name="Directive">Where the inputs are declared (the header when they come from item metadata).</param>
/// <param name="RowsDropped">Some row had an error and was left out: a gap may be that row's, so gaps are not reported.</param>
/// <param name="NamedRules">The rules whose Name cell names them: what Decide returns is then part of their result.</param>
internal sealed record DecisionModel(EquatableArray<DecisionInput> Inputs, bool FirstHit, bool Complete, LocationInfo Directive, bool RowsDropped, EquatableArray<string> NamedRules = default);

/// <summary>A decision table checked against its input types and verified, ready to emit.</summary>
/// <param name="Patterns">C# 9 patterns (<c>or</c>, <c>not</c>, relational): TryDecide is a switch; else an if-chain.</param>
/// <param name="Exhaustive">The switch's rules match every value of the inputs' types, as the compiler proves it: no <c>default</c> follows them (it would be unreachable code).</param>
internal sealed record DecisionPlan(EquatableArray<PlannedInput> Inputs, EquatableArray<PlannedRule> Rules, bool FirstHit, bool Complete, bool Patterns, bool Exhaustive);

/// <summary>An input with its C# type.</summary>
/// <param name="Type">The parameter's type: bool, int, string or the global::-qualified enum.</param>
/// <param name="TargetExtensions">For a table input: the enum's extensions class (global::), for the text lookup.</param>
/// <param name="TargetIntegerCodes">For a table input: its codes are integers (parsed before the lookup).</param>
/// <param name="NotAMember">For a table input: a value that is no member, for a raw code that is not in the table.</param>
internal sealed record PlannedInput(string Column, InputKind Kind, string Parameter, string Type, string? TargetExtensions, bool TargetIntegerCodes, int NotAMember);

/// <summary>A rule to emit: its member, whether an input can reach it (in row order), and one condition per input.</summary>
internal sealed record PlannedRule(string Member, bool Reachable, EquatableArray<PlannedCondition> Conditions);

/// <summary>
/// One input's condition, resolved: any value; or values (bool: true/false; string: the texts; table: member names),
/// negated or not; or, for int inputs, the integers in <see cref="Ranges"/> (negation already applied).
/// </summary>
internal sealed record PlannedCondition(bool Any, bool Negated, EquatableArray<string> Values, EquatableArray<IntRange> Ranges);

/// <summary>The integers from <paramref name="Low"/> to <paramref name="High"/>, both included.</summary>
internal sealed record IntRange(long Low, long High);
