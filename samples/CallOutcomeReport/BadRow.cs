namespace CallOutcomeReport;

/// <summary>An export row that could not be classified, and why.</summary>
/// <param name="Line">The line number the row starts on.</param>
/// <param name="Problem">What is wrong with it, e.g. <c>unknown vendor 'avaya'</c>.</param>
internal readonly record struct BadRow(long Line, string Problem);
