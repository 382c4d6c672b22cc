namespace CodeTables.Generator.Model;

/// <summary>The result of parsing one table file: the table (null when it cannot be generated) and what went wrong.</summary>
internal sealed record ParsedTable(string FilePath, TableModel? Table, EquatableArray<DiagnosticInfo> Diagnostics);
