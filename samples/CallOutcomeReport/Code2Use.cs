namespace CallOutcomeReport;

/// <summary>How a vendor kind uses the export's <c>code2</c> column.</summary>
internal enum Code2Use
{
    /// <summary>The table has a single key column; <c>code2</c> is ignored.</summary>
    Unused,

    /// <summary>The second key part; an empty <c>code2</c> is a valid key value (e.g. Natterbox's empty hangup cause).</summary>
    Optional,

    /// <summary>The second key part; an empty <c>code2</c> makes the row bad (e.g. Puzzel's result letter).</summary>
    Required,
}
