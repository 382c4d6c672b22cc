using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeTables.Generator.Parsing;

/// <summary>Derives and checks C# names: member names from codes, type names from file names.</summary>
internal static class Identifiers
{
    /// <summary>
    /// PascalCases the words of <paramref name="text"/> (split on anything that is not a letter or digit):
    /// USER_BUSY -> UserBusy, no-answer -> NoAnswer, Bad Number -> BadNumber, NoAnswer -> NoAnswer.
    /// Returns an empty string when there are no letters or digits.
    /// </summary>
    public static string PascalCase(string text)
    {
        var result = new StringBuilder(text.Length);
        var wordStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && wordStart < 0)
            {
                wordStart = i;
            }
            else if (!inWord && wordStart >= 0)
            {
                AppendWord(result, text, wordStart, i);
                wordStart = -1;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// A member name for a code (or for a publisher's text, when a column is mapped to Name): its PascalCased words,
    /// prefixed with "Code" when it would start with a digit. Adjacent groups of digits keep a '_' between them, so
    /// distinct codes never run together: CODE_1_31_231 -> Code1_31_231, CODE_1_3_1231 -> Code1_3_1231.
    /// </summary>
    public static string MemberNameFor(string code) => MemberNameFor(new[] { code });

    /// <summary>
    /// The name of each part of a composite code, one per key column, distinct: the <c>ToCode()</c> tuple's elements
    /// and the constants of <c>ECodes.Member</c>. A column whose name makes no identifier, or makes a name a tuple
    /// element cannot have (<c>Item1</c>..., <c>Rest</c>), is <c>Key</c> and its position.
    /// </summary>
    public static string[] KeyPartNames(IEnumerable<string> keyColumns)
    {
        var names = new List<string>();
        foreach (var column in keyColumns)
        {
            var name = MemberNameFor(column);
            name = name.Length == 0 || name.StartsWith("Item", System.StringComparison.Ordinal) || name == "Rest" ? "Key" + (names.Count + 1) : name;
            while (names.Contains(name))
            {
                name += "_";
            }

            names.Add(name);
        }

        return names.ToArray();
    }

    /// <summary>A member name for the parts of a composite code, joined in order; empty parts are skipped.</summary>
    public static string MemberNameFor(IEnumerable<string> parts)
    {
        var words = new List<string>();
        foreach (var part in parts)
        {
            foreach (var word in SplitWords(part))
            {
                words.Add(PascalCase(word));
            }
        }

        var name = JoinWords(words);
        return name.Length > 0 && char.IsDigit(name[0]) ? "Code" + name : name;
    }

    /// <summary>Joins PascalCased words, with '_' where a word that ends in a digit meets one that starts with a digit.</summary>
    public static string JoinWords(IEnumerable<string> words)
    {
        var result = new StringBuilder();
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (result.Length > 0 && char.IsDigit(result[result.Length - 1]) && char.IsDigit(word[0]))
            {
                result.Append('_');
            }

            result.Append(word);
        }

        return result.ToString();
    }

    /// <summary>A member name for an integer code: Code17, CodeMinus1.</summary>
    public static string MemberNameFor(long code) => "Code" + NumberSuffix(code);

    /// <summary>How an integer code is appended to a name: 613 -> "613", -1 -> "Minus1".</summary>
    public static string NumberSuffix(long code)
        => code < 0 ? "Minus" + (-code).ToString(System.Globalization.CultureInfo.InvariantCulture) : code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A type name for a file name: twilio-call-status -> TwilioCallStatus.</summary>
    public static string TypeNameFor(string fileNameWithoutExtension)
    {
        var name = PascalCase(fileNameWithoutExtension);
        return name.Length > 0 && char.IsDigit(name[0]) ? "Table" + name : name;
    }

    /// <summary>A parameter name for a column: Missed Call Type -> missedCallType.</summary>
    public static string CamelCase(string text)
    {
        var name = PascalCase(text);
        if (name.Length == 0)
        {
            return "key";
        }

        name = char.ToLowerInvariant(name[0]) + name.Substring(1);
        return char.IsDigit(name[0]) ? "key" + name : name;
    }

    /// <summary>Why <paramref name="name"/> cannot be a C# identifier, or null when it can. Keywords are fine (emitted as @name).</summary>
    public static string? WhyInvalid(string name)
    {
        var bare = name.StartsWith("@", System.StringComparison.Ordinal) ? name.Substring(1) : name;
        if (bare.Length == 0)
        {
            return "it is empty";
        }

        if (SyntaxFacts.IsValidIdentifier(bare))
        {
            return null;
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(bare[0]))
        {
            return $"it starts with '{Describe(bare[0])}'";
        }

        foreach (var c in bare)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(c))
            {
                return $"it contains '{Describe(c)}'";
            }
        }

        return "it is not an identifier";
    }

    // Escaping a name for C# source (keywords get '@') is GeneratedNames.Escape, shared with the analyzers and fixes.

    /// <summary>A name without a leading '@', as the compiler sees it.</summary>
    public static string Unescape(string name) => name.StartsWith("@", System.StringComparison.Ordinal) ? name.Substring(1) : name;

    /// <summary>The runs of letters and digits in <paramref name="text"/>.</summary>
    private static IEnumerable<string> SplitWords(string text)
    {
        var wordStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && wordStart < 0)
            {
                wordStart = i;
            }
            else if (!inWord && wordStart >= 0)
            {
                yield return text.Substring(wordStart, i - wordStart);
                wordStart = -1;
            }
        }
    }

    private static string Describe(char c)
        => char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
            ? "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
            : c.ToString();

    private static void AppendWord(StringBuilder result, string text, int start, int end)
    {
        var hasUpper = false;
        var hasLower = false;
        for (var i = start; i < end; i++)
        {
            hasUpper |= char.IsUpper(text[i]);
            hasLower |= char.IsLower(text[i]);
        }

        // A mixed-case word (NoAnswer, iPhone) keeps its inner capitals; ALLCAPS and lowercase words are normalised.
        var keepCase = hasUpper && hasLower;
        result.Append(char.ToUpperInvariant(text[start]));
        for (var i = start + 1; i < end; i++)
        {
            result.Append(keepCase ? text[i] : char.ToLowerInvariant(text[i]));
        }
    }
}
