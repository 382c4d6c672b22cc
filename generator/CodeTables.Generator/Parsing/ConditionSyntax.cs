using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeTables.Generator.Model;

namespace CodeTables.Generator.Parsing;

/// <summary>
/// The condition in a decision table's input cell: empty or <c>*</c> (any value), <c>a|b</c> (any of),
/// <c>!a|b</c> (anything but); for integers <c>5</c>, <c>1..5</c>, <c>&lt;3</c>, <c>&lt;=3</c>, <c>&gt;5</c>, <c>&gt;=6</c>.
/// </summary>
internal static class ConditionSyntax
{
    public const string Any = "*";

    public static bool IsAny(string cell) => cell.Length == 0 || cell == Any;

    /// <summary>Splits a cell that is not <see cref="IsAny"/> into its negation and its items; returns why it cannot, or null.</summary>
    public static string? Split(string cell, out bool negated, out string[] items)
    {
        negated = cell.StartsWith("!", StringComparison.Ordinal);
        var body = negated ? cell.Substring(1).Trim() : cell;
        items = body.Split('|').Select(i => i.Trim()).ToArray();
        if (negated && IsAny(body))
        {
            return "matches nothing ('!' before nothing or '*')";
        }

        return items.Any(i => i.Length == 0) ? "has an empty choice (write a|b, with a value on each side of '|')" : null;
    }

    /// <summary>yes, no, true or false, any case.</summary>
    public static bool TryParseBool(string item, out bool value)
    {
        switch (item.ToLowerInvariant())
        {
            case "yes":
            case "true":
                value = true;
                return true;
            case "no":
            case "false":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>An integer test as the integers it matches; returns why it is not one, or null.</summary>
    public static string? ParseIntTest(string item, out long low, out long high)
    {
        low = int.MinValue;
        high = int.MaxValue;
        var (op, number) = item.StartsWith("<=", StringComparison.Ordinal) || item.StartsWith(">=", StringComparison.Ordinal)
            ? (item.Substring(0, 2), item.Substring(2).Trim())
            : item.StartsWith("<", StringComparison.Ordinal) || item.StartsWith(">", StringComparison.Ordinal)
                ? (item.Substring(0, 1), item.Substring(1).Trim())
                : (string.Empty, item);
        if (op.Length == 0 && number.IndexOf("..", StringComparison.Ordinal) > 0)
        {
            if (!CodeSyntax.TryParseRange(number, out var first, out var last))
            {
                return $"has the range '{item}', which is not two integers written FIRST..LAST";
            }

            if (first > last)
            {
                return $"has the range '{item}', which ends before it starts";
            }

            (low, high) = (first, last);
            return null;
        }

        if (!int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return $"has '{item}', which is not an integer, a range (1..5) or a comparison (<3, <=3, >5, >=6)";
        }

        switch (op)
        {
            case "<":
                high = (long)value - 1;
                break;
            case "<=":
                high = value;
                break;
            case ">":
                low = (long)value + 1;
                break;
            case ">=":
                low = value;
                break;
            default:
                low = high = value;
                break;
        }

        return low > high ? $"has '{item}', which no integer satisfies" : null;
    }

    /// <summary>The union of <paramref name="ranges"/>, or of everything else when negated: sorted, merged, within int.</summary>
    public static List<IntRange> Normalize(IEnumerable<IntRange> ranges, bool negate)
    {
        var merged = new List<IntRange>();
        foreach (var range in ranges.OrderBy(r => r.Low))
        {
            if (merged.Count > 0 && range.Low <= merged[merged.Count - 1].High + 1)
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = last with { High = Math.Max(last.High, range.High) };
            }
            else
            {
                merged.Add(range);
            }
        }

        if (!negate)
        {
            return merged;
        }

        var complement = new List<IntRange>();
        long next = int.MinValue;
        foreach (var range in merged)
        {
            if (range.Low > next)
            {
                complement.Add(new IntRange(next, range.Low - 1));
            }

            next = range.High + 1;
        }

        if (next <= int.MaxValue)
        {
            complement.Add(new IntRange(next, int.MaxValue));
        }

        return complement;
    }

    /// <summary>
    /// A cell outside the inputs that reads as a condition: <c>*</c>, <c>!x</c>, <c>&lt;3</c>, <c>1..5</c>, <c>a|b</c>
    /// (no spaces around '|': prose with a bar in it is text).
    /// </summary>
    public static bool LooksLikeCondition(string cell)
    {
        if (cell == Any || (cell.Length > 1 && cell[0] == '!' && !char.IsWhiteSpace(cell[1])))
        {
            return true;
        }

        if (cell.Length > 1 && (cell[0] == '<' || cell[0] == '>') && ParseIntTest(cell, out _, out _) is null)
        {
            return true;
        }

        if (CodeSyntax.TryParseRange(cell, out _, out _) && cell.Contains(".."))
        {
            return true;
        }

        var parts = cell.Split('|');
        return parts.Length > 1 && parts.All(p => p.Length > 0 && p.Trim() == p && p.IndexOf(' ') < 0);
    }

    /// <summary>The condition in words, for the rule's docs: "is USER_BUSY or CALL_REJECTED", "is at least 6"; null for any.</summary>
    public static string? Words(string cell, InputKind kind)
    {
        if (IsAny(cell) || Split(cell, out var negated, out var items) is not null)
        {
            return null;
        }

        if (kind == InputKind.Bool)
        {
            var values = items.Select(i => TryParseBool(i, out var b) ? b : (bool?)null).Distinct().ToList();
            if (values.Count != 1 || values[0] is null)
            {
                return null;
            }

            return values[0] != negated ? "is yes" : "is no";
        }

        var words = items.Select(i => kind == InputKind.Int || i.StartsWith("<", StringComparison.Ordinal) || i.StartsWith(">", StringComparison.Ordinal) || i.Contains("..") ? IntWords(i) : i);
        return (negated ? "is not " : "is ") + string.Join(" or ", words);
    }

    private static string IntWords(string item)
    {
        if (item.StartsWith("<=", StringComparison.Ordinal))
        {
            return "at most " + item.Substring(2).Trim();
        }

        if (item.StartsWith(">=", StringComparison.Ordinal))
        {
            return "at least " + item.Substring(2).Trim();
        }

        if (item.StartsWith("<", StringComparison.Ordinal))
        {
            return "below " + item.Substring(1).Trim();
        }

        if (item.StartsWith(">", StringComparison.Ordinal))
        {
            return "above " + item.Substring(1).Trim();
        }

        var dots = item.IndexOf("..", StringComparison.Ordinal);
        return dots > 0 ? item.Substring(0, dots) + " to " + item.Substring(dots + 2) : item;
    }

    /// <summary>
    /// The words a derived rule name is made of, for one condition: its values (int tests spelled out and prefixed
    /// with the input's name; bool as the input's name or Not + it), Not before a negation; none for any.
    /// </summary>
    public static IEnumerable<string> NameWords(string cell, DecisionInput input)
    {
        if (IsAny(cell) || Split(cell, out var negated, out var items) is not null)
        {
            yield break;
        }

        if (input.Kind == InputKind.Bool)
        {
            var values = items.Select(i => TryParseBool(i, out var b) && b).Distinct().ToList();
            if (values.Count == 1)
            {
                yield return values[0] != negated ? input.Column : "Not " + input.Column;
            }

            yield break;
        }

        if (input.Kind == InputKind.Int)
        {
            yield return input.Column;
        }

        if (negated)
        {
            yield return "Not";
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                yield return "Or";
            }

            var item = items[i];
            var numeric = input.Kind == InputKind.Int || item.StartsWith("<", StringComparison.Ordinal) || item.StartsWith(">", StringComparison.Ordinal);
            yield return numeric ? NumberWords(IntWords(item)) : item;
        }
    }

    /// <summary>"at least 6" -> "AtLeast 6", "1 to 5" -> "1 To 5"; a minus sign becomes Minus so it survives in a name.</summary>
    private static string NumberWords(string words)
        => string.Join(" ", words.Split(' ').Where(w => w.Length > 0).Select(w => w[0] == '-' ? "Minus" + w.Substring(1) : Identifiers.PascalCase(w)));
}
