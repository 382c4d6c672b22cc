using System.Globalization;
using System.Text;

namespace CodeTables.Generator.Emit;

/// <summary>
/// Turns cell text into C# string literals and XML documentation text that can only ever be data:
/// nothing in a cell can end a string, a comment or a doc element, and no character that changes how
/// source is displayed (bidirectional controls, Trojan Source, CVE-2021-42574) appears raw.
/// </summary>
internal static class Literals
{
    /// <summary>A regular C# string literal whose value is exactly <paramref name="text"/>.</summary>
    public static string String(string text)
    {
        var result = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    result.Append("\\\"");
                    break;
                case '\\':
                    result.Append("\\\\");
                    break;
                case '\0':
                    result.Append("\\0");
                    break;
                case '\n':
                    result.Append("\\n");
                    break;
                case '\r':
                    result.Append("\\r");
                    break;
                case '\t':
                    result.Append("\\t");
                    break;
                default:
                    if (IsUnsafe(text, i, out var pairLength))
                    {
                        result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(text, i, pairLength);
                        i += pairLength - 1;
                    }

                    break;
            }
        }

        return result.Append('"').ToString();
    }

    /// <summary>
    /// Text for one line of an XML doc comment: markup characters escaped, line breaks turned into spaces
    /// (a line break would end the comment), characters that cannot or must not appear written as U+XXXX.
    /// </summary>
    public static string Doc(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    result.Append("&amp;");
                    break;
                case '<':
                    result.Append("&lt;");
                    break;
                case '>':
                    result.Append("&gt;");
                    break;
                case '\t':
                case '\r':
                case '\n':
                    result.Append(' ');
                    break;
                default:
                    if (IsUnsafe(text, i, out var pairLength))
                    {
                        result.Append("U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(text, i, pairLength);
                        i += pairLength - 1;
                    }

                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>The lines of <paramref name="text"/> as doc text, trimmed, without empty lines at either end.</summary>
    public static string[] DocLines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\r', '\n');
        var first = 0;
        var last = lines.Length - 1;
        while (first <= last && lines[first].Trim().Length == 0)
        {
            first++;
        }

        while (last >= first && lines[last].Trim().Length == 0)
        {
            last--;
        }

        var result = new string[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            result[i - first] = Doc(lines[i]).Trim();
        }

        return result;
    }

    /// <summary>
    /// True for a character that must be escaped: control characters, format characters (bidirectional
    /// controls, zero-width characters), line and paragraph separators (line breaks to the compiler),
    /// lone surrogates and non-characters. A valid surrogate pair is safe (pairLength 2).
    /// </summary>
    private static bool IsUnsafe(string text, int index, out int pairLength)
    {
        pairLength = 1;
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                pairLength = 2;
                return false;
            }

            return true;
        }

        if (char.IsLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
        {
            return true;
        }

        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return true;
            default:
                return false;
        }
    }
}
