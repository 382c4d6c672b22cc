namespace CodeTables.Generator.Model;

/// <summary>A parsed table: everything the emitter needs, as plain data with value equality.</summary>
/// <param name="OutcomeType">Fully qualified outcome enum; null when the table has no Outcome column.</param>
/// <param name="KeyColumns">The key columns' header names (just "Code" for single-code tables).</param>
/// <param name="References">The columns that hold codes of other tables (the 'references' directive).</param>
/// <param name="RejectedOutcomes">The Outcome cells of rows dropped for other problems, still to be checked.</param>
internal sealed record TableModel(
    string FilePath,
    string FileName,
    string EnumName,
    string Namespace,
    string? Vendor,
    string? Source,
    string? Summary,
    CodeKind Kind,
    EquatableArray<string> KeyColumns,
    string? OutcomeType,
    EquatableArray<string> ExtraColumns,
    EquatableArray<TableMember> Members,
    LocationInfo Header,
    LocationInfo? OutcomeTypeDirective,
    EquatableArray<ReferenceColumn> References = default,
    EquatableArray<RejectedOutcome> RejectedOutcomes = default)
{
    public string FullTypeName => Namespace.Length == 0 ? EnumName : Namespace + "." + EnumName;
}
