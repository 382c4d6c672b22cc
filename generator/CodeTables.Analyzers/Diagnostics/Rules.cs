using CodeTables.Shared;
using Microsoft.CodeAnalysis;

namespace CodeTables.Analyzers.Diagnostics;

/// <summary>The analyzers' rules. Warnings by default; severities are set in .editorconfig like any analyzer's.</summary>
internal static class Rules
{
    private const string Usage = "CodeTables.Usage";
    private const string MagicCodes = "CodeTables.MagicCodes";

    public static readonly DiagnosticDescriptor NonExhaustiveSwitch = Warning(
        "CT1001", Usage, "Switch does not handle every code of the table",
        "The switch over '{0}' does not handle {1}: {2}",
        "A switch over a code-table enum must handle every member (and null, for a nullable value), so that a code added to the table is noticed. A default arm that only throws does not count.");

    public static readonly DiagnosticDescriptor DefaultSwallowsCodes = Warning(
        "CT1002", Usage, "Default arm swallows codes of the table",
        "The default arm of the switch over '{0}' silently handles {1}: {2}. Handle them explicitly, or delegate to the table with ToOutcome().",
        "Members that are not handled explicitly fall into a default arm; a code added to the table is then mishandled without warning.");

    public static readonly DiagnosticDescriptor ContradictsTable = Warning(
        "CT1003", Usage, "Mapping contradicts the table",
        "'{0}' maps to '{1}' here, but the table {2} gives it '{3}'. Use ToOutcome() instead of a hand-written mapping.",
        "A hand-written mapping from code-table members to outcomes must agree with the table's Outcome column.");

    public static readonly DiagnosticDescriptor UnvalidatedCast = Warning(
        "CT1004", Usage, "Unvalidated cast to a code-table enum",
        "Casting a non-constant value to '{0}' accepts any number, not only codes of {1}: use {2}",
        "A cast never fails, so a code that is not in the table becomes an undefined enum value. FromCode throws and TryFromCode reports it.");

    public static readonly DiagnosticDescriptor UndefinedCode = Warning(
        "CT1005", Usage, "Cast of a value that is not a code of the table",
        "{0} is not a code of '{1}' (table {2})",
        "A constant cast to a code-table enum must name a code of the table; any other value is an undefined member.");

    public static readonly DiagnosticDescriptor MixedTables = Warning(
        "CT1006", Usage, "Values of different code tables mixed",
        "This {0} mixes '{1}' and '{2}': different code tables have different code spaces",
        "Codes of different tables are unrelated even when their numbers are equal; comparing or converting them is a bug.");

    public static readonly DiagnosticDescriptor MagicCode = Warning(
        "CT2001", MagicCodes, "Magic code: use the named member",
        "{0} is {1}",
        "A literal that meets a code table is a code of the table; use the generated member so that the code is named, documented and checked.");

    public static readonly DiagnosticDescriptor NotACode = Warning(
        "CT2002", MagicCodes, "Literal is not a code of the table",
        "{0} is not {1} of '{2}' (table {3}{4}): a bug, or a code missing from the table",
        "A literal compared with, or passed as, a raw code of a table must be a code of the table.");

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message, string description)
        => new DiagnosticDescriptor(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, GeneratedNames.HelpLink(id));
}
