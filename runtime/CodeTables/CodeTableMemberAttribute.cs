using System;

namespace CodeTables;

/// <summary>
/// The table facts of one member of a generated code-table enum, emitted by the generator so the analyzers can
/// check hand-written code against the table without reading the CSV again.
/// </summary>
/// <remarks>
/// Members of integer tables carry their code as their value and have no <see cref="Key"/>; members of string
/// tables carry one key part, and members of composite-key tables one part per key column.
/// </remarks>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class CodeTableMemberAttribute : Attribute
{
    /// <summary>Creates the attribute for a member whose code is <paramref name="key"/>.</summary>
    /// <param name="key">The code's parts, exactly as the table writes them; none for integer codes.</param>
    public CodeTableMemberAttribute(params string[] key) => Key = key ?? Array.Empty<string>();

    /// <summary>Creates the attribute for a member whose outcome is <paramref name="outcome"/> and whose code is <paramref name="key"/>.</summary>
    /// <param name="outcome">The member of the table's outcome enum that the table gives this code (<see cref="Outcome"/>).</param>
    /// <param name="key">The code's parts, exactly as the table writes them; none for integer codes.</param>
    public CodeTableMemberAttribute(object outcome, params string[] key)
        : this(key)
        => Outcome = outcome;

    /// <summary>The code's parts, in key-column order; empty for integer codes.</summary>
    public string[] Key { get; }

    /// <summary>The member of the table's outcome enum that the table gives this code, if the table has an Outcome column.</summary>
    public object? Outcome { get; set; }
}
