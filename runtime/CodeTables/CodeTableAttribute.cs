using System;

namespace CodeTables;

/// <summary>
/// Marks an enum generated from a code table. The analyzers use it to recognise code-table enums.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class CodeTableAttribute : Attribute
{
    /// <summary>Creates the attribute for the table file <paramref name="file"/>.</summary>
    /// <param name="file">The table's file name, e.g. <c>huawei-cec-release-cause.csv</c>.</param>
    public CodeTableAttribute(string file) => File = file;

    /// <summary>The table's file name.</summary>
    public string File { get; }

    /// <summary>The platform the codes come from, from the table's <c>vendor</c> directive.</summary>
    public string? Vendor { get; set; }

    /// <summary>Where the codes were transcribed from, from the table's <c>source</c> directive.</summary>
    public string? Source { get; set; }

    /// <summary>The enum the table classifies its codes into, when the table has an Outcome column.</summary>
    public Type? OutcomeType { get; set; }

    /// <summary>The key columns of a composite-key table, in order; null for a table with one Code column.</summary>
    public string[]? KeyColumns { get; set; }

    /// <summary>
    /// The input columns of a decision table, in the order its <c>Decide</c> takes them; null for a code table.
    /// A decision table's members are its rules: they have no codes, only conditions.
    /// </summary>
    public string[]? Inputs { get; set; }
}
