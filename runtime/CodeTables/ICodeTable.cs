using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace CodeTables;

/// <summary>
/// Any generated code table, without its enum type: look raw codes up as text (as read from a file), classify them,
/// and enumerate the table's members. Every table's generated <c>ETable.Instance</c> is one; a project's generated
/// <c>CodeTableRegistry</c> lists them and finds one by name at run time.
/// </summary>
public interface ICodeTable
{
    /// <summary>The generated enum's name, e.g. <c>Q850Cause</c>.</summary>
    string EnumName { get; }

    /// <summary>The generated enum.</summary>
    Type EnumType { get; }

    /// <summary>The table's file name, e.g. <c>q850-cause.csv</c>.</summary>
    string FileName { get; }

    /// <summary>The table's <c>vendor</c> directive; null when it has none.</summary>
    string? Vendor { get; }

    /// <summary>The key columns: <c>["Code"]</c>, or the columns of a composite key in order.</summary>
    IReadOnlyList<string> KeyColumns { get; }

    /// <summary>
    /// Whether the table classifies its codes onto <see cref="CallOutcome"/>: its Outcome column names
    /// <see cref="CallOutcome"/>, or a code table that is itself classified onto <see cref="CallOutcome"/>.
    /// When false, <see cref="Classify"/> and <see cref="ICodeTableEntry.Outcome"/> give <see cref="CallOutcome.Unknown"/>.
    /// </summary>
    bool HasOutcomes { get; }

    /// <summary>Every member, in table order.</summary>
    IReadOnlyList<ICodeTableEntry> Entries { get; }

    /// <summary>
    /// Finds the member for a raw code given as text, one part per key column, matched exactly (ordinal). Integer
    /// codes must be in canonical invariant form (<c>"17"</c>, <c>"-1"</c>; not <c>"017"</c>, <c>"+17"</c> or <c>" 17"</c>).
    /// Never throws: a null code, a wrong number of parts or an unknown code gives false.
    /// </summary>
    /// <param name="code">The code's parts.</param>
    /// <param name="entry">The member, when found.</param>
    /// <returns><see langword="true"/> when the code is in the table.</returns>
    bool TryFind(IReadOnlyList<string> code, [MaybeNullWhen(false)] out ICodeTableEntry entry);

    /// <summary>The outcome of a raw code; <see cref="CallOutcome.Unknown"/> when it is not found or the table has no outcomes.</summary>
    /// <param name="code">The code's parts, as for <see cref="TryFind"/>.</param>
    /// <returns>The code's outcome.</returns>
    CallOutcome Classify(IReadOnlyList<string> code);
}

/// <summary>One member of a code table, as <see cref="ICodeTable.Entries"/> and <see cref="ICodeTable.TryFind"/> give it.</summary>
public interface ICodeTableEntry
{
    /// <summary>The enum member (boxed once, when the table's entries are built).</summary>
    Enum Value { get; }

    /// <summary>The member's name.</summary>
    string Name { get; }

    /// <summary>The member's code: one part per key column, exactly as the table writes it.</summary>
    IReadOnlyList<string> Code { get; }

    /// <summary>The member's outcome; <see cref="CallOutcome.Unknown"/> when the table has no outcomes.</summary>
    CallOutcome Outcome { get; }

    /// <summary>The table's retry advice for the member.</summary>
    bool IsRetryable { get; }

    /// <summary>The table's Description cell.</summary>
    string Description { get; }
}

/// <summary>A code table with its enum: the generated static lookups, through an interface.</summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
public interface ICodeTable<TEnum> : ICodeTable
    where TEnum : struct, Enum
{
    /// <summary>Every member, in table order.</summary>
    IReadOnlyList<TEnum> Values { get; }

    /// <summary>Finds the member for a raw code given as text, as <see cref="ICodeTable.TryFind"/> does.</summary>
    /// <param name="code">The code's parts.</param>
    /// <param name="value">The member, or <see langword="default"/> when not found.</param>
    /// <returns><see langword="true"/> when the code is in the table.</returns>
    bool TryFromCode(IReadOnlyList<string> code, out TEnum value);

    /// <summary>The member's outcome (the generated <c>ToOutcome</c>); <see cref="CallOutcome.Unknown"/> when the table has no outcomes.</summary>
    /// <param name="value">The member.</param>
    /// <returns>Its outcome.</returns>
    CallOutcome ToOutcome(TEnum value);

    /// <summary>The member's retry advice (the generated <c>IsRetryable</c>).</summary>
    /// <param name="value">The member.</param>
    /// <returns>Whether a call that ended with this code is worth retrying.</returns>
    bool IsRetryable(TEnum value);

    /// <summary>The member's name without reflection (the generated <c>ToStringFast</c>).</summary>
    /// <param name="value">The member.</param>
    /// <returns>Its name.</returns>
    string GetName(TEnum value);

    /// <summary>The member's Description cell (the generated <c>GetDescription</c>).</summary>
    /// <param name="value">The member.</param>
    /// <returns>Its description; empty for a value that is not a member.</returns>
    string GetDescription(TEnum value);
}
