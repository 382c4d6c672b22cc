namespace CodeTables.Generator.Model;

/// <summary>
/// One member of a generated enum: a row of the table, or one code of a range row.
/// </summary>
/// <param name="Name">The C# member name (without '@').</param>
/// <param name="Key">The code: one part, or one part per key column of a composite key.</param>
/// <param name="Value">The enum value: the code for integer tables, else the 1-based member number.</param>
/// <param name="Range">The range text ("613~619") when the member comes from a range row.</param>
/// <param name="Outcome">The Outcome cell (trimmed); empty means Unknown; null when the table has no Outcome column.</param>
/// <param name="Retry">The Retry cell: true/false, or null for the outcome's default advice.</param>
/// <param name="Description">The Description cell, exactly.</param>
/// <param name="Extra">The cells of the table's other columns, in <see cref="TableModel.ExtraColumns"/> order.</param>
/// <param name="Row">Where the row starts.</param>
/// <param name="OutcomeCell">Where the Outcome cell is.</param>
/// <param name="ReferenceCells">Where each reference column's cell is, in <see cref="TableModel.References"/> order.</param>
/// <param name="InputCells">A decision table's rule: where each input's condition cell is, in input order.</param>
internal sealed record TableMember(
    string Name,
    EquatableArray<string> Key,
    int Value,
    string? Range,
    string? Outcome,
    bool? Retry,
    string Description,
    EquatableArray<string> Extra,
    LocationInfo Row,
    LocationInfo? OutcomeCell,
    EquatableArray<LocationInfo> ReferenceCells = default,
    EquatableArray<LocationInfo> InputCells = default);
