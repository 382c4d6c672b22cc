namespace CodeTables.Generator.Model;

/// <summary>
/// A table file as the pipeline first sees it: its path and text, the metadata of its item,
/// and the project-wide defaults. <see cref="Text"/> is null when the file could not be read.
/// </summary>
internal sealed record TableSource(
    string Path,
    string? Text,
    TableSettings ItemSettings,
    string DefaultNamespace,
    string DefaultOutcomeType);
