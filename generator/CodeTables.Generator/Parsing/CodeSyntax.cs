using System.Globalization;

namespace CodeTables.Generator.Parsing;

/// <summary>Recognises integer codes and integer ranges (613~619, 613..619) in a Code cell.</summary>
internal static class CodeSyntax
{
    /// <summary>The largest number of codes one range row may cover.</summary>
    public const int MaxRangeSize = 10000;

    /// <summary>
    /// True when <paramref name="text"/> is an integer in canonical form ("17", "-1"; not "017", "+1", " 1"),
    /// so that the code round-trips through int exactly.
    /// </summary>
    public static bool TryParseInteger(string text, out int value)
        => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
           && value.ToString(CultureInfo.InvariantCulture) == text;

    /// <summary>True when <paramref name="text"/> is FIRST~LAST or FIRST..LAST with canonical integers.</summary>
    public static bool TryParseRange(string text, out int first, out int last)
    {
        first = last = 0;
        var separator = text.IndexOf('~');
        var separatorLength = 1;
        if (separator < 0)
        {
            separator = text.IndexOf("..", System.StringComparison.Ordinal);
            separatorLength = 2;
        }

        return separator > 0
            && TryParseInteger(text.Substring(0, separator), out first)
            && TryParseInteger(text.Substring(separator + separatorLength), out last);
    }

    public static string Format(int code) => code.ToString(CultureInfo.InvariantCulture);
}
