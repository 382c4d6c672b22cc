namespace CodeTables.Generator.Model;

/// <summary>
/// The Outcome cell of a row dropped for another problem (a bad Retry, a duplicate code): the validator checks it
/// like a member's, so that one build reports every bad cell of the row.
/// </summary>
/// <param name="Outcome">The cell's text, trimmed; never empty.</param>
/// <param name="Cell">Where the cell is.</param>
/// <param name="Line">The row's 1-based line.</param>
internal sealed record RejectedOutcome(string Outcome, LocationInfo Cell, int Line);
