using System;

namespace CodeTables;

/// <summary>
/// Marks an <see cref="int"/> or <see cref="string"/> field, property, parameter or return value that holds a
/// raw code of the code table <see cref="Table"/>, so the analyzers can check literals compared with it.
/// </summary>
/// <example><code>
/// [CodeOf(typeof(Q850Cause))] public int Cause { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false, Inherited = true)]
public sealed class CodeOfAttribute : Attribute
{
    /// <summary>Marks a value as holding a raw code of <paramref name="table"/>.</summary>
    /// <param name="table">A code-table enum (one marked with <see cref="CodeTableAttribute"/>).</param>
    public CodeOfAttribute(Type table) => Table = table;

    /// <summary>The code-table enum whose raw codes the marked value holds.</summary>
    public Type Table { get; }

    /// <summary>
    /// For a table with a composite key, the key column whose part the marked value holds (e.g. <c>HangupCause</c>);
    /// when it is not set, a literal is checked against the parts of every key column.
    /// </summary>
    public string? Column { get; set; }
}
