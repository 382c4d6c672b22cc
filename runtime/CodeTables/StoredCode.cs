using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CodeTables;

/// <summary>
/// The text form of a code where one text must hold it (a database column, a JSON property name, a configuration
/// value), and the message for a code that is not in a table. What the generated JSON, EF Core and TypeConverter
/// converters share (docs/configuration.md, "Storing codes"). An integer or string code is its own text; a composite
/// code is its parts joined with <c>|</c>, a <c>|</c> or <c>\</c> inside a part preceded by <c>\</c>
/// (<c>("conversation", "t")</c> -> <c>conversation|t</c>), so every code has one text and every text one code.
/// </summary>
public static class StoredCode
{
    /// <summary>Between the parts of a composite code.</summary>
    public const char Separator = '|';

    /// <summary>Before a <see cref="Separator"/> or an escape inside a part.</summary>
    public const char Escape = '\\';

    /// <summary>A composite code as one text: the parts joined with <c>|</c>, <c>|</c> and <c>\</c> in a part escaped with <c>\</c>.</summary>
    /// <param name="parts">The code's parts, one per key column.</param>
    /// <returns>The text; <see cref="TrySplit"/> gives the parts back.</returns>
    public static string Join(params string[] parts)
    {
        if (parts is null)
        {
            throw new ArgumentNullException(nameof(parts));
        }

        var text = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                text.Append(Separator);
            }

            foreach (var c in parts[i] ?? string.Empty)
            {
                if (c == Separator || c == Escape)
                {
                    text.Append(Escape);
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>The parts of a text <see cref="Join"/> wrote; false for null, another number of parts, or a dangling escape.</summary>
    /// <param name="text">The stored text.</param>
    /// <param name="count">The number of key columns.</param>
    /// <param name="parts">The parts, when true.</param>
    /// <returns>Whether the text holds exactly <paramref name="count"/> parts.</returns>
    public static bool TrySplit(string? text, int count, out string[] parts)
    {
        parts = Array.Empty<string>();
        if (text is null)
        {
            return false;
        }

        var found = new List<string>(count);
        var part = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape)
            {
                if (++i == text.Length)
                {
                    return false;
                }

                part.Append(text[i]);
            }
            else if (c == Separator)
            {
                found.Add(part.ToString());
                part.Clear();
            }
            else
            {
                part.Append(c);
            }
        }

        found.Add(part.ToString());
        if (found.Count != count)
        {
            return false;
        }

        parts = found.ToArray();
        return true;
    }

    /// <summary>
    /// "'X' is not a code of the table file.csv (Enum); nearest codes: a, b, c.": for the exception a converter
    /// throws on a code that is not in the table, never a silent default.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="code">The code as read (a composite code in its <see cref="Join"/> form).</param>
    /// <returns>The message.</returns>
    public static string NotACode(ICodeTable table, string? code)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        var message = "'" + (code ?? "null") + "' is not a code of the table " + table.FileName + " (" + table.EnumName + ")";
        var nearest = Nearest(table, code ?? string.Empty, 3);
        return nearest.Count == 0 ? message + "." : message + "; nearest codes: " + string.Join(", ", nearest) + ".";
    }

    /// <summary>"'5' is not a member of Enum (file.csv).": for a value that has no code, which no converter writes.</summary>
    /// <param name="table">The table.</param>
    /// <param name="value">The value, as its number.</param>
    /// <returns>The message.</returns>
    public static string NotAMember(ICodeTable table, int value)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        return "'" + value.ToString(CultureInfo.InvariantCulture) + "' is not a member of " + table.EnumName + " (" + table.FileName + "): it has no code to write.";
    }

    /// <summary>
    /// The table's codes closest to <paramref name="code"/>, in its form: by numeric distance for integer codes, else
    /// by case-insensitive edit distance; ties in table order.
    /// </summary>
    private static List<string> Nearest(ICodeTable table, string code, int count)
    {
        var numeric = long.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number);
        var scored = new List<KeyValuePair<long, string>>();
        foreach (var entry in table.Entries)
        {
            var text = entry.Code.Count == 1 ? entry.Code[0] : Join(ToArray(entry.Code));
            long distance;
            if (numeric && entry.Code.Count == 1 && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var other))
            {
                distance = Math.Abs(other - number);
            }
            else
            {
                // Long text is no misspelt code, and comparing it would cost time and memory.
                distance = code.Length > 64 ? long.MaxValue : Distance(code.ToLowerInvariant(), text.ToLowerInvariant());
            }

            scored.Add(new KeyValuePair<long, string>(distance, text));
        }

        // A stable sort: equal distances keep table order.
        var order = new List<int>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            order.Add(i);
        }

        order.Sort((a, b) => scored[a].Key != scored[b].Key ? scored[a].Key.CompareTo(scored[b].Key) : a.CompareTo(b));
        var nearest = new List<string>(count);
        for (var i = 0; i < order.Count && nearest.Count < count && scored[order[i]].Key != long.MaxValue; i++)
        {
            nearest.Add(scored[order[i]].Value);
        }

        return nearest;
    }

    private static string[] ToArray(IReadOnlyList<string> parts)
    {
        var array = new string[parts.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = parts[i];
        }

        return array;
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
