namespace CallOutcomeReport;

/// <summary>How a raw code fared in its vendor's code table.</summary>
internal enum LookupStatus
{
    /// <summary>The code is a row of the table.</summary>
    Found,

    /// <summary>The code is well formed but no row of the table has it: a row to add.</summary>
    NotInTable,

    /// <summary>The table has integer codes and the code is not an integer: a bad row, not a missing table row.</summary>
    NotAnInteger,
}
