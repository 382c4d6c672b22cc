using System.Linq;

namespace CodeTables.Generator.Model;

/// <summary>
/// A parsed table: everything the emitter needs, as plain data with value equality, and while it is parsed and
/// validated the positions its diagnostics point at (<see cref="Header"/>, the directives', each member's cells, the
/// rejected rows' outcomes). Validation hands on the table <see cref="WithoutPositions"/>, so a CSV edit that moves
/// rows without changing them (a blank line, a comment) leaves the emit model equal and the output cached.
/// </summary>
/// <param name="OutcomeType">Fully qualified outcome enum; null when the table has no Outcome column.</param>
/// <param name="KeyColumns">The key columns' header names (just "Code" for single-code tables).</param>
/// <param name="References">The columns that hold codes of other tables (the 'references' directive).</param>
/// <param name="RejectedOutcomes">The Outcome cells of rows dropped for other problems, still to be checked.</param>
/// <param name="Decision">A decision table's inputs and hit policy; null for a code table.</param>
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
    EquatableArray<RejectedOutcome> RejectedOutcomes = default,
    DecisionModel? Decision = null)
{
    public string FullTypeName => Namespace.Length == 0 ? EnumName : Namespace + "." + EnumName;

    /// <summary>
    /// This table as the writers get it: every position <see cref="LocationInfo.None"/> or empty, and no rejected
    /// outcomes (checked already). Positions are for diagnostics; generated code never shows one.
    /// </summary>
    public TableModel WithoutPositions() => this with
    {
        Header = LocationInfo.None,
        OutcomeTypeDirective = null,
        RejectedOutcomes = EquatableArray<RejectedOutcome>.Empty,
        References = References.Select(r => r with { Directive = LocationInfo.None }).ToEquatableArray(),
        Decision = Decision is null ? null : Decision with { Directive = LocationInfo.None },
        Members = Members.Select(m => m with
        {
            Row = LocationInfo.None,
            OutcomeCell = null,
            ReferenceCells = EquatableArray<LocationInfo>.Empty,
            InputCells = EquatableArray<LocationInfo>.Empty,
        }).ToEquatableArray(),
    };
}
