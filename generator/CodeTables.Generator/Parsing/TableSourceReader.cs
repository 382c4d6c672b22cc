using System;
using System.Threading;
using CodeTables.Generator.Model;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CodeTables.Generator.Parsing;

/// <summary>Picks the code tables out of the AdditionalFiles and reads their text and settings.</summary>
internal static class TableSourceReader
{
    /// <summary>The table behind <paramref name="file"/>, or null when the file is not a code table.</summary>
    public static TableSource? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        => ItemSettings(options.GetOptions(file)) is { } item
            ? Read(file, item, ProjectDefaults.Of(options.GlobalOptions), cancellationToken, textOf: null)
            : null;

    /// <summary>The table behind <paramref name="file"/>, whose item settings and project defaults are already read.</summary>
    /// <param name="textOf">Turns the file's text into a string; a host that sees the same text again can remember it.</param>
    public static TableSource Read(AdditionalText file, TableSettings item, ProjectDefaults defaults, CancellationToken cancellationToken, Func<SourceText, string>? textOf)
    {
        var sourceText = file.GetText(cancellationToken);
        var text = sourceText is null ? null : textOf?.Invoke(sourceText) ?? sourceText.ToString();
        return new TableSource(file.Path, text, item, defaults.Namespace, defaults.OutcomeType);
    }

    /// <summary>A file's settings from its &lt;CodeTable&gt; item metadata, or null when the file is not a code table.</summary>
    public static TableSettings? ItemSettings(AnalyzerConfigOptions fileOptions)
    {
        if (!fileOptions.TryGetValue("build_metadata.AdditionalFiles.CodeTablesTable", out var isTable)
            || !string.Equals(isTable, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Item metadata uses the same setter as directives: MetadataNames[i] is DirectiveNames[i].
        var item = TableSettings.None;
        for (var i = 0; i < TableSettings.MetadataNames.Length; i++)
        {
            if (Metadata(fileOptions, TableSettings.MetadataNames[i]) is { } value)
            {
                item = item.With(TableSettings.DirectiveNames[i], value);
            }
        }

        return item;
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>The project's defaults for every table: the namespace and the outcome type of a table that names neither.</summary>
internal readonly record struct ProjectDefaults(string Namespace, string OutcomeType)
{
    public static ProjectDefaults Of(AnalyzerConfigOptions global)
        => new(ProjectProperties.DefaultNamespace(global), ProjectProperties.Get(global, "CodeTablesOutcomeType") ?? GeneratedNames.DefaultOutcomeType);
}
