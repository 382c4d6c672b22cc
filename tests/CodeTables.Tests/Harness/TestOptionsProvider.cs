using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeTables.Tests.Harness;

/// <summary>Plays the part of the .editorconfig MSBuild generates from CodeTables.props: global properties and item metadata.</summary>
internal sealed class TestOptionsProvider(
    IReadOnlyDictionary<string, string> global,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile,
    IReadOnlyDictionary<string, string>? sourceFiles = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    /// <summary>What an .editorconfig section for the C# files would give (the analyzers' options, say).</summary>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
        => sourceFiles is null ? DictionaryOptions.Empty : new DictionaryOptions(sourceFiles);

    /// <summary>Each file's options, one object per path for as long as the provider lives, as a workspace hands them out.</summary>
    private readonly Dictionary<string, DictionaryOptions> _perFile = perFile.ToDictionary(p => p.Key, p => new DictionaryOptions(p.Value));

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _perFile.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
