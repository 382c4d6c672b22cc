namespace CodeTables.Analyzers.Diagnostics;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>: what the code fixes need to know.</summary>
/// <remarks>
/// CT1001/CT1002 carry none: "Add missing cases" recomputes the missing members with the analyzer's own
/// <see cref="Facts.SwitchCoverage"/>, so the analyzer builds no list of names for each switch it reports.
/// </remarks>
internal static class PropertyNames
{
    /// <summary>CT1003: the outcome member the table gives (name only).</summary>
    public const string TableOutcome = "TableOutcome";

    /// <summary>CT1003: "true" when the whole switch expression is a mapping that ToOutcome() can replace.</summary>
    public const string ReplaceableByToOutcome = "ReplaceableByToOutcome";

    /// <summary>CT1004: the generated method to use (FromCode), present only when the fix applies.</summary>
    public const string LookupMethod = "LookupMethod";

    /// <summary>CT2001: the code-table enum's metadata name (for Compilation.GetTypeByMetadataName).</summary>
    public const string Table = "Table";

    /// <summary>CT2001: the member the literal names.</summary>
    public const string Member = "Member";

    /// <summary>CT2001: how to write the member where the literal is; one of <see cref="MagicCodeForms"/>.</summary>
    public const string Form = "Form";

    /// <summary>CT2001, <see cref="MagicCodeForms.CodePart"/>: the key column (0-based) whose part the literal is.</summary>
    public const string Column = "Column";

    /// <summary>CT2001: "true" when only a constant may replace the literal (case label, pattern, const initializer).</summary>
    public const string ConstantContext = "ConstantContext";
}

/// <summary>The replacements of the CT2001 fix: what the literal (or the node around it) becomes.</summary>
internal static class MagicCodeForms
{
    /// <summary>An integer code: the literal becomes <c>(int)E.X</c>.</summary>
    public const string IntegerCode = "IntegerCode";

    /// <summary>A string code: the literal becomes the const <c>ECodes.X</c> (else, outside constant contexts, <c>E.X.ToCode()</c>).</summary>
    public const string StringCode = "StringCode";

    /// <summary>A part of a composite code: the literal becomes the const <c>ECodes.X.Column</c>.</summary>
    public const string CodePart = "CodePart";

    /// <summary><c>(E)486</c> or <c>FromCode(486)</c> (or <c>FromCode("a", "b")</c>): the cast or call becomes <c>E.X</c>.</summary>
    public const string Member = "Member";

    /// <summary><c>Classify(486)</c>: the call becomes <c>E.X.ToOutcome()</c>.</summary>
    public const string Outcome = "Outcome";
}
