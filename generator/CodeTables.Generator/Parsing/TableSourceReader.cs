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
    /// <param name="textOf">Turns the file's text into a string; a host that sees the same text again can remember it.</param>
    public static TableSource? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken, Func<SourceText, string>? textOf = null)
    {
        var fileOptions = options.GetOptions(file);
        if (!fileOptions.TryGetValue("build_metadata.AdditionalFiles.CodeTablesTable", out var isTable)
            || !string.Equals(isTable, "true", System.StringComparison.OrdinalIgnoreCase))
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

        var global = options.GlobalOptions;
        var defaultNamespace = ProjectProperties.DefaultNamespace(global);
        var defaultOutcomeType = ProjectProperties.Get(global, "CodeTablesOutcomeType") ?? GeneratedNames.DefaultOutcomeType;

        var sourceText = file.GetText(cancellationToken);
        var text = sourceText is null ? null : textOf?.Invoke(sourceText) ?? sourceText.ToString();
        return new TableSource(file.Path, text, item, defaultNamespace, defaultOutcomeType);
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
