using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// A decision table's methods (docs/table-format.md, "Decision tables"): <c>TryDecide</c> always, <c>Decide</c> for a
/// complete table, <c>Classify</c> with an Outcome column; and for <c>ETable</c> the text lookup and the rules'
/// conditions as text. TryDecide is one switch over the inputs with C# 9 patterns, an if-chain before C# 9; the rules
/// no input reaches (reported, or redundant) are left out, so the compiler never finds an arm it already handled.
/// </summary>
internal static class DecisionWriter
{
    public static void Write(EmitContext e)
    {
        var w = e.Writer;
        var plan = e.Model.Decision!;
        var declarations = string.Join(", ", plan.Inputs.Select(i => Declaration(e, i)));
        var arguments = string.Join(", ", plan.Inputs.Select(i => i.Parameter));
        var policy = plan.FirstHit ? "the first row whose conditions all hold (hit policy first)" : "the one row whose conditions all hold (hit policy unique)";

        w.Line($"/// <summary>The rule of <c>{Literals.Doc(e.Table.FileName)}</c> for these inputs: {policy}.</summary>");
        WriteParameterDocs(e);
        w.Line("/// <param name=\"rule\">The rule, or <see langword=\"default\"/> when no row matches.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when a row matches.</returns>");
        w.Open($"public static bool {GeneratedNames.TryDecide}({declarations}, out {e.Type} rule)");
        if (plan.Patterns)
        {
            WriteSwitch(e);
        }
        else
        {
            WriteIfChain(e);
        }

        w.Close();
        w.Line();

        if (plan.Complete)
        {
            w.Line($"/// <summary>The rule of <c>{Literals.Doc(e.Table.FileName)}</c> for these inputs: {policy}. The table is complete: a row matches every input.</summary>");
            WriteParameterDocs(e);
            w.Line("/// <returns>The rule.</returns>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">No row matches: only for a value that is not a member of an input's enum.</exception>");
            w.Line($"public static {e.Type} {GeneratedNames.Decide}({declarations})");
            w.Indent();
            w.Line($"=> {GeneratedNames.TryDecide}({arguments}, out var rule) ? rule : throw new global::System.ArgumentException({Literals.String("No rule of " + e.Table.FileName + " matches these inputs.")});");
            w.Outdent();
            w.Line();
        }

        if (e.Model.Outcome is not null)
        {
            w.Line("/// <summary>The outcome of the rule for these inputs; Unknown when no row matches.</summary>");
            WriteParameterDocs(e);
            w.Line("/// <returns>The outcome.</returns>");
            w.Line($"public static {e.Outcome} {GeneratedNames.Classify}({declarations})");
            w.Indent();
            w.Line($"=> {GeneratedNames.TryDecide}({arguments}, out var rule) ? {GeneratedNames.ToOutcome}(rule) : {e.UnknownOutcome};");
            w.Outdent();
            w.Line();
        }
    }

    /// <summary>ETable.TryFromCode: the inputs as text, parsed as the cells write them; a code not in an input's table matches only * and negations.</summary>
    public static void WriteTextLookup(EmitContext e, string extensions)
    {
        var w = e.Writer;
        var plan = e.Model.Decision!;
        var parsed = new List<string> { "code != null", "code.Count == " + plan.Inputs.Count.ToString(CultureInfo.InvariantCulture) };
        var arguments = new List<string>();
        for (var i = 0; i < plan.Inputs.Count; i++)
        {
            var input = plan.Inputs[i];
            var text = "code[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var local = "input" + i.ToString(CultureInfo.InvariantCulture);
            switch (input.Kind)
            {
                case InputKind.Bool:
                    parsed.Add($"TryParseBool({text}, out var {local})");
                    arguments.Add(local);
                    break;
                case InputKind.Int:
                    parsed.Add($"TryParseCode({text}, out var {local})");
                    arguments.Add(local);
                    break;
                case InputKind.String:
                    arguments.Add(text);
                    break;
                default:
                    var notAMember = $"({input.Type})({input.NotAMember.ToString(CultureInfo.InvariantCulture)})";
                    arguments.Add(input.TargetIntegerCodes
                        ? $"(TryParseCode({text}, out var {local}Code) && {input.TargetExtensions}.{GeneratedNames.TryFromCode}({local}Code, out var {local}) ? {local} : {notAMember})"
                        : $"({input.TargetExtensions}.{GeneratedNames.TryFromCode}({text}, out var {local}) ? {local} : {notAMember})");
                    break;
            }
        }

        w.Open("if (" + string.Join(" && ", parsed) + ")");
        w.Line($"return {extensions}.{GeneratedNames.TryDecide}({string.Join(", ", arguments)}, out value);");
        w.Close();
    }

    /// <summary>ETable.GetCode: a rule's condition cells, as the table writes them (an empty cell as *).</summary>
    public static void WriteGetCode(EmitContext e, string list)
    {
        var w = e.Writer;
        w.Open($"public override {list} GetCode({e.Type} value)");
        w.Open("switch (value)");
        foreach (var member in e.Table.Members)
        {
            w.Line($"case {e.Member(member)}:");
            w.Line("    return new string[] { " + string.Join(", ", member.Key.Select(Literals.String)) + " };");
        }

        w.Line("default:");
        w.Line("    return global::System.Array.Empty<string>();");
        w.Close();
        w.Close();
    }

    /// <summary>The enum's remark: where it comes from and how it decides.</summary>
    public static string EnumRemark(EmitContext e)
    {
        var plan = e.Model.Decision;
        var policy = e.Table.Decision!.FirstHit ? "hit policy first: the first matching row wins" : "hit policy unique: at most one row matches an input";
        var complete = e.Table.Decision.Complete ? "complete" : "not complete";
        return $"Decision table generated from <c>{Literals.Doc(e.Table.FileName)}</c> ({e.Table.Members.Count} rules, {policy}, {complete}) over "
            + string.Join(", ", e.Table.Decision.Inputs.Select(i => Literals.Doc(i.Column) + " (" + Literals.Doc(i.Type) + ")"))
            + $"; decided by <see cref=\"{e.EnumName}Extensions\"/>.";
    }

    /// <summary>A rule's conditions in words: "When HangupCause is USER_BUSY and Answered is no."</summary>
    public static string Conditions(EmitContext e, TableMember member)
    {
        var inputs = e.Table.Decision!.Inputs;
        var words = member.Key.Select((cell, i) => ConditionSyntax.Words(cell, inputs[i].Kind) is { } text ? "<c>" + Literals.Doc(inputs[i].Column) + "</c> " + Literals.Doc(text) : null)
            .Where(t => t is not null)
            .ToList();
        return words.Count == 0 ? "Any input."
            : words.Count == 1 ? "When " + words[0] + "."
            : "When " + string.Join(", ", words.Take(words.Count - 1)) + " and " + words[words.Count - 1] + ".";
    }

    private static string Declaration(EmitContext e, PlannedInput input)
        => (input.Kind == InputKind.String ? e.MaybeNull("string") : input.Type) + " " + input.Parameter;

    private static void WriteParameterDocs(EmitContext e)
    {
        foreach (var input in e.Model.Decision!.Inputs)
        {
            var what = input.Kind switch
            {
                InputKind.Bool => "yes (true) or no (false)",
                InputKind.Int => "an integer",
                InputKind.String => "text, matched exactly (ordinal)",
                _ => "a member of the input's code table",
            };
            e.Writer.Line($"/// <param name=\"{Identifiers.Unescape(input.Parameter)}\">The {Literals.Doc(input.Column)} input: {what}.</param>");
        }
    }

    /// <summary>The rules that can decide something, in row order (the compiler would reject an arm no input reaches).</summary>
    private static List<(PlannedRule Rule, bool Total)> Arms(EmitContext e)
    {
        var arms = new List<(PlannedRule, bool)>();
        foreach (var rule in e.Model.Decision!.Rules.Where(r => r.Reachable))
        {
            var total = rule.Conditions.All(c => c.Any);
            arms.Add((rule, total));
            if (total)
            {
                break;
            }
        }

        return arms;
    }

    private static string RuleMember(EmitContext e, PlannedRule rule) => e.Type + "." + GeneratedNames.Escape(rule.Member);

    private static void WriteSwitch(EmitContext e)
    {
        var w = e.Writer;
        var inputs = e.Model.Decision!.Inputs;
        var single = inputs.Count == 1;
        w.Open("switch (" + (single ? inputs[0].Parameter : "(" + string.Join(", ", inputs.Select(i => i.Parameter)) + ")") + ")");
        var ended = false;
        foreach (var (rule, total) in Arms(e))
        {
            if (total)
            {
                w.Line("default:");
                ended = true;
            }
            else
            {
                var patterns = rule.Conditions.Select((c, i) => Pattern(inputs[i], c, single)).ToList();
                w.Line("case " + (single ? patterns[0] : "(" + string.Join(", ", patterns) + ")") + ":");
            }

            w.Line($"    rule = {RuleMember(e, rule)};");
            w.Line("    return true;");
        }

        if (!ended && !e.Model.Decision!.Exhaustive)
        {
            w.Line("default:");
            w.Line($"    rule = default({e.Type});");
            w.Line("    return false;");
        }

        w.Close();
    }

    private static void WriteIfChain(EmitContext e)
    {
        var w = e.Writer;
        var inputs = e.Model.Decision!.Inputs;
        foreach (var (rule, total) in Arms(e))
        {
            if (total)
            {
                w.Line($"rule = {RuleMember(e, rule)};");
                w.Line("return true;");
                return;
            }

            var tests = rule.Conditions.Select((c, i) => Test(inputs[i], c)).Where(t => t is not null).ToList();
            if (tests.Count == 1 && tests[0]!.StartsWith("(", System.StringComparison.Ordinal))
            {
                // Alone, a test needs no parentheses of its own: every test that starts with one is wrapped whole.
                tests[0] = tests[0]!.Substring(1, tests[0]!.Length - 2);
            }

            w.Open("if (" + string.Join(" && ", tests) + ")");
            w.Line($"rule = {RuleMember(e, rule)};");
            w.Line("return true;");
            w.Close();
            w.Line();
        }

        w.Line($"rule = default({e.Type});");
        w.Line("return false;");
    }

    /// <summary>A C# 9 pattern for one condition.</summary>
    private static string Pattern(PlannedInput input, PlannedCondition condition, bool single)
    {
        if (condition.Any)
        {
            return "_";
        }

        if (input.Kind == InputKind.Int)
        {
            var parts = condition.Ranges.Select(r =>
                r.Low == r.High ? Number(r.Low)
                : r.Low == int.MinValue ? "<= " + Number(r.High)
                : r.High == int.MaxValue ? ">= " + Number(r.Low)
                : (condition.Ranges.Count > 1 ? "(" : string.Empty) + ">= " + Number(r.Low) + " and <= " + Number(r.High) + (condition.Ranges.Count > 1 ? ")" : string.Empty)).ToList();
            return string.Join(" or ", parts);
        }

        var values = condition.Values.Select(v => Value(input, v)).ToList();
        var list = string.Join(" or ", values);
        return condition.Negated ? (values.Count == 1 ? "not " + list : "not (" + list + ")") : list;
    }

    /// <summary>A C# 7.3 boolean expression for one condition; null for any value.</summary>
    private static string? Test(PlannedInput input, PlannedCondition condition)
    {
        var x = input.Parameter;
        if (condition.Any)
        {
            return null;
        }

        switch (input.Kind)
        {
            case InputKind.Bool:
                return condition.Values[0] == "true" ? x : "!" + x;
            case InputKind.Int:
                var parts = condition.Ranges.Select(r =>
                    r.Low == r.High ? x + " == " + Number(r.Low)
                    : r.Low == int.MinValue ? x + " <= " + Number(r.High)
                    : r.High == int.MaxValue ? x + " >= " + Number(r.Low)
                    : "(" + x + " >= " + Number(r.Low) + " && " + x + " <= " + Number(r.High) + ")").ToList();
                return parts.Count == 1 ? parts[0] : "(" + string.Join(" || ", parts) + ")";
            default:
                var op = condition.Negated ? " != " : " == ";
                var tests = condition.Values.Select(v => x + op + Value(input, v)).ToList();
                return tests.Count == 1 ? tests[0] : "(" + string.Join(condition.Negated ? " && " : " || ", tests) + ")";
        }
    }

    private static string Value(PlannedInput input, string value) => input.Kind switch
    {
        InputKind.Bool => value,
        InputKind.String => Literals.String(value),
        _ => input.Type + "." + GeneratedNames.Escape(value),
    };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
