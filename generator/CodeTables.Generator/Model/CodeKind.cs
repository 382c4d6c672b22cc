namespace CodeTables.Generator.Model;

/// <summary>How a table's codes are typed.</summary>
internal enum CodeKind
{
    /// <summary>Every code is an integer: an int enum whose values are the codes.</summary>
    Integer,

    /// <summary>Codes are strings matched exactly (ordinal).</summary>
    String,

    /// <summary>Several key columns together form the code; every part is a string.</summary>
    Composite,
}
