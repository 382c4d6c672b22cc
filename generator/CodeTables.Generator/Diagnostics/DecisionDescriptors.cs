using Microsoft.CodeAnalysis;

namespace CodeTables.Generator.Diagnostics;

// The decision tables' diagnostics (docs/table-format.md, "Decision tables"): CT0050-CT0069.
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor InvalidInputs = Error(
        "CT0050", "Invalid inputs directive",
        "Table '{0}': the 'inputs' setting {1}. Write it as '# inputs: Column=Type, ...' with one input column of the header per entry and a type of bool, int, string or a code-table enum (HangupCause=FreeSwitchHangupCause).");

    public static readonly DiagnosticDescriptor InputTypeNotFound = Error(
        "CT0051", "Input type is not a code table",
        "Table '{0}': the input '{1}' has the type '{2}', which {3}. An input's type is bool, int, string, or the enum generated from a code table (of this project or a referenced assembly) whose codes its cells hold.");

    public static readonly DiagnosticDescriptor MalformedCondition = Error(
        "CT0052", "Malformed condition",
        "Table '{0}': the condition '{1}' in the {2} column on line {3} {4}. {5}");

    public static readonly DiagnosticDescriptor UnknownInputCode = Error(
        "CT0053", "Condition names a code that is not in the input's table",
        "Table '{0}': '{1}' in the {2} column on line {3} is not a code of {4} ('{5}'){6}. Write the code as the table writes it; this row is left out until it is corrected.");

    public static readonly DiagnosticDescriptor ConditionInOutputColumn = Error(
        "CT0054", "Condition in a column that is not an input",
        "Table '{0}': the cell '{1}' in the {2} column on line {3} is a condition, but {2} is not an input ({4}). Add the column to the 'inputs' directive to make it a condition, or write a plain value.");

    public static readonly DiagnosticDescriptor OverlappingRules = Error(
        "CT0055", "Rules overlap",
        "Table '{0}': rows {1} and {2} both match {3}, with different results ({4} and {5}), and the hit policy is unique (at most one row may match an input). Narrow one of the rows so they no longer share that input, give them the same result, or declare '# hit-policy: first' so that the earlier row wins.");

    public static readonly DiagnosticDescriptor UnreachableRule = Error(
        "CT0056", "Rule is never reached",
        "Table '{0}': row {1} can never be chosen: with the hit policy first, every input it matches is taken by an earlier row ({2}). Remove it, or move it above the rows that cover it.");

    public static readonly DiagnosticDescriptor DuplicateConditions = Error(
        "CT0057", "Two rows have the same conditions",
        "Table '{0}': row {1} has exactly the same conditions as row {2}. Remove one of them, or change a condition so they decide different inputs.");

    public static readonly DiagnosticDescriptor RedundantRule = Warning(
        "CT0058", "Rule is redundant",
        "Table '{0}': row {1} is redundant: every input it matches is decided the same way ({3}) by {2}. Remove it, or merge it into {4}.");

    public static readonly DiagnosticDescriptor DecisionGap = Error(
        "CT0059", "Decision table has a gap",
        "Table '{0}': no row matches {1}, and the table is complete (every input must be decided). Add a row for it (or a last row of '*' under the hit policy first), or declare '# complete: no' to get TryDecide without Decide.");
}
