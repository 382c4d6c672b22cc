namespace CallOutcomeReport;

/// <summary>
/// One data row of a call export, as read: the five columns by name (null when the row is too short to have
/// the column), before any checking.
/// </summary>
/// <param name="Line">The line number the row starts on (1 = the first line of the file).</param>
/// <param name="LastLine">The line number the row ends on (a quoted field may span lines).</param>
/// <param name="FieldCount">How many fields the row has.</param>
/// <param name="HeaderFieldCount">How many fields the header has.</param>
/// <param name="Malformed">True when the row's quoting is not valid RFC 4180.</param>
/// <param name="Timestamp">The <c>timestamp</c> field.</param>
/// <param name="Vendor">The <c>vendor</c> field.</param>
/// <param name="Code">The <c>code</c> field.</param>
/// <param name="Code2">The <c>code2</c> field (empty when the export has no <c>code2</c> column).</param>
/// <param name="Number">The <c>number</c> field.</param>
internal readonly record struct ExportRow(
    long Line,
    long LastLine,
    int FieldCount,
    int HeaderFieldCount,
    bool Malformed,
    string? Timestamp,
    string? Vendor,
    string? Code,
    string? Code2,
    string? Number);
