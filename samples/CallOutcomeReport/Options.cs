namespace CallOutcomeReport;

/// <summary>What the command line asked for.</summary>
/// <param name="ExportPath">The export to read, or null for the bundled example.</param>
/// <param name="CsvPath">Where to write the classified events as CSV, or null.</param>
/// <param name="ShowHelp">True when <c>--help</c> was given.</param>
internal sealed record Options(string? ExportPath, string? CsvPath, bool ShowHelp);
