using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeTables.Tests.Decisions;

/// <summary>
/// The generated TryDecide (typed) and ETable.TryFind (text) against a straightforward interpreter of the same CSV,
/// written here from the documented syntax and nothing else: random tables with the hit policy first over a code-table
/// input, a bool, an int and a string, random inputs, at C# 7.3 (if-chain) and latest (switch with patterns).
/// </summary>
public class DecisionPropertyTests
{
    private static readonly string[] Codes = ["NORMAL_CLEARING", "USER_BUSY", "NO_ANSWER", "CALL_REJECTED", "ORIGINATOR_CANCEL", "NORMAL_UNSPECIFIED"];
    private static readonly string[] Texts = ["inbound", "outbound", "internal"];

    [Theory]
    [InlineData(1, LanguageVersion.CSharp7_3)]
    [InlineData(2, LanguageVersion.Latest)]
    [InlineData(3, LanguageVersion.CSharp7_3)]
    [InlineData(4, LanguageVersion.Latest)]
    [InlineData(5, LanguageVersion.CSharp9)]
    [InlineData(6, LanguageVersion.Latest)]
    public void Generated_decisions_agree_with_an_interpreter_of_the_csv(int seed, LanguageVersion version)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, random.Next(3, 14)).Select(_ => new[] { EnumCell(random), BoolCell(random), IntCell(random), TextCell(random) }).ToList();
        var csv = new StringBuilder("# enum: Rules\n# inputs: HangupCause=HangupCause, Answered=bool, Billsec=int, Direction=string\n# hit-policy: first\n# complete: no\n");
        csv.Append("HangupCause,Answered,Billsec,Direction,Name\n");
        for (var i = 0; i < rows.Count; i++)
        {
            csv.Append(string.Join(",", rows[i])).Append(",R").Append(i + 1).Append('\n');
        }

        var run = DecisionTableTests.RunAt(version, [DecisionTableTests.Hangup, new TableFile("/p/tables/rules.csv", csv.ToString())]);

        // Rows that no input reaches are reported (CT0056) and left out of TryDecide: the interpreter never picks them either.
        Assert.All(run.Diagnostics, d => Assert.True(d.Id is "CT0056" or "CT0057", d.ToString()));
        Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error || d.Id.StartsWith("CS85", StringComparison.Ordinal));
        var assembly = run.Load();
        var extensions = Reflect.Type(assembly, "Consumer.RulesExtensions");
        var tryDecide = extensions.GetMethod("TryDecide")!;
        var table = (CodeTables.ICodeTable)Reflect.Type(assembly, "Consumer.RulesTable").GetProperty("Instance")!.GetValue(null)!;
        var causeType = Reflect.Type(assembly, "Consumer.HangupCause");

        for (var n = 0; n < 400; n++)
        {
            var cause = random.Next(Codes.Length);
            var answered = random.Next(2) == 0;
            var billsec = IntInput(random);
            var direction = random.Next(5) switch { 0 => null, 1 => "other", _ => Texts[random.Next(Texts.Length)] };
            var expected = Interpret(rows, Codes[cause], answered, billsec, direction);

            var arguments = new object?[] { Enum.ToObject(causeType, cause + 1), answered, billsec, direction, null };
            var found = (bool)tryDecide.Invoke(null, arguments)!;
            var inputs = $"{Codes[cause]}, {answered}, {billsec}, {direction ?? "null"} in\n{csv}";
            Assert.True(expected is null ? !found : found && arguments[4]!.ToString() == "R" + (expected + 1), $"typed: expected {expected} for {inputs}");

            // The text path: a raw code that is not in the input's table matches only * and negations.
            var text = random.Next(6) == 0 ? "NOT_A_CODE" : Codes[cause];
            var textExpected = Interpret(rows, text, answered, billsec, direction ?? "x");
            var textFound = table.TryFind([text, answered ? "yes" : "no", billsec.ToString(CultureInfo.InvariantCulture), direction ?? "x"], out var entry);
            Assert.True(textExpected is null ? !textFound : textFound && entry!.Name == "R" + (textExpected + 1), $"text: expected {textExpected} for {text} {inputs}");
        }
    }

    /// <summary>The first row whose every cell matches; null when none does.</summary>
    private static int? Interpret(List<string[]> rows, string cause, bool answered, int billsec, string? direction)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (Matches(row[0], v => v == cause) && Matches(row[1], v => (v is "yes" or "true") == answered) && Matches(row[2], v => IntMatches(v, billsec)) && Matches(row[3], v => v == direction))
            {
                return i;
            }
        }

        return null;
    }

    private static bool Matches(string cell, Func<string, bool> value)
    {
        cell = cell.Trim();
        if (cell.Length == 0 || cell == "*")
        {
            return true;
        }

        var negated = cell[0] == '!';
        var any = cell.TrimStart('!').Split('|').Any(v => value(v.Trim()));
        return any != negated;
    }

    private static bool IntMatches(string test, int x)
    {
        if (test.StartsWith("<=", StringComparison.Ordinal))
        {
            return x <= int.Parse(test.Substring(2), CultureInfo.InvariantCulture);
        }

        if (test.StartsWith(">=", StringComparison.Ordinal))
        {
            return x >= int.Parse(test.Substring(2), CultureInfo.InvariantCulture);
        }

        if (test.StartsWith("<", StringComparison.Ordinal))
        {
            return x < int.Parse(test.Substring(1), CultureInfo.InvariantCulture);
        }

        if (test.StartsWith(">", StringComparison.Ordinal))
        {
            return x > int.Parse(test.Substring(1), CultureInfo.InvariantCulture);
        }

        var dots = test.IndexOf("..", StringComparison.Ordinal);
        return dots > 0
            ? x >= int.Parse(test.Substring(0, dots), CultureInfo.InvariantCulture) && x <= int.Parse(test.Substring(dots + 2), CultureInfo.InvariantCulture)
            : x == int.Parse(test, CultureInfo.InvariantCulture);
    }

    private static string Cell(Random random, Func<string> item)
    {
        switch (random.Next(5))
        {
            case 0:
                return "*";
            case 1:
                return string.Empty;
            default:
                var items = Enumerable.Range(0, random.Next(1, 3)).Select(_ => item()).Distinct().ToList();
                return (random.Next(4) == 0 ? "!" : string.Empty) + string.Join("|", items);
        }
    }

    private static string EnumCell(Random random) => Cell(random, () => Codes[random.Next(Codes.Length)]);

    private static string TextCell(Random random) => Cell(random, () => Texts[random.Next(Texts.Length)]);

    private static string BoolCell(Random random) => random.Next(3) switch { 0 => "*", 1 => random.Next(2) == 0 ? "yes" : "true", _ => random.Next(2) == 0 ? "no" : "false" };

    private static string IntCell(Random random) => Cell(random, () =>
    {
        var a = random.Next(-3, 12);
        return random.Next(6) switch
        {
            0 => "<" + a,
            1 => "<=" + a,
            2 => ">" + a,
            3 => ">=" + a,
            4 => a + ".." + (a + random.Next(0, 6)),
            _ => a.ToString(CultureInfo.InvariantCulture),
        };
    });

    private static int IntInput(Random random) => random.Next(8) switch
    {
        0 => int.MinValue,
        1 => int.MaxValue,
        _ => random.Next(-5, 20),
    };
}
