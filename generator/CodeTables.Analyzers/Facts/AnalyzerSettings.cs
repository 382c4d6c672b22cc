using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeTables.Analyzers.Facts;

/// <summary>
/// The analyzers' .editorconfig options (documented in docs/configuration.md):
/// <c>codetables.analyze_outcome_switches</c> (default true): whether switches over the runtime's own
/// CallOutcome and CallOutcomeCategory are analysed at all (CT1001-CT1003);
/// <c>codetables.throwing_default_is_exhaustive</c> (default false): whether a default arm that only throws
/// satisfies CT1001.
/// </summary>
internal readonly struct AnalyzerSettings
{
    public const string AnalyzeOutcomeSwitchesKey = "codetables.analyze_outcome_switches";
    public const string ThrowingDefaultIsExhaustiveKey = "codetables.throwing_default_is_exhaustive";

    private AnalyzerSettings(bool analyzeOutcomeSwitches, bool throwingDefaultIsExhaustive)
    {
        AnalyzeOutcomeSwitches = analyzeOutcomeSwitches;
        ThrowingDefaultIsExhaustive = throwingDefaultIsExhaustive;
    }

    public bool AnalyzeOutcomeSwitches { get; }

    public bool ThrowingDefaultIsExhaustive { get; }

    public static AnalyzerSettings For(AnalyzerOptions options, SyntaxTree tree)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var file = provider.GetOptions(tree);
        return new AnalyzerSettings(
            Flag(file, provider.GlobalOptions, AnalyzeOutcomeSwitchesKey, true),
            Flag(file, provider.GlobalOptions, ThrowingDefaultIsExhaustiveKey, false));
    }

    /// <summary>The file's .editorconfig value, else the global one (.globalconfig), else the default.</summary>
    private static bool Flag(AnalyzerConfigOptions file, AnalyzerConfigOptions global, string key, bool fallback)
    {
        if ((file.TryGetValue(key, out var text) || global.TryGetValue(key, out text)) && bool.TryParse(text.Trim(), out var value))
        {
            return value;
        }

        return fallback;
    }
}
