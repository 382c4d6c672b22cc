using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Generator.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeTables.Generator.Analysis;

/// <summary>
/// Reports the table diagnostics (CT0xxx) on the CSV files. Hosts that show only compiler and analyzer
/// diagnostics (MSBuildWorkspace language servers, SARIF of analyzers, live analysis) never see a generator's
/// diagnostics, so the generator only generates and this analyzer reports. It runs the generator's own stages
/// (read -> <see cref="TableParser"/> -> <see cref="CatalogBuilder"/> -> <see cref="TableValidator"/>), so a
/// diagnostic added to any stage is reported here without a change, and keeps their results across compilations
/// in a <see cref="ValidationCache"/>, as the generator's pipeline does.
/// </summary>
/// <remarks>
/// Every diagnostic is reported from an additional-file action, even those that need all tables and the
/// compilation (CT0010, CT0013, CT0014, CT0024): the catalog is built once per compilation, on first use. An IDE
/// runs additional-file actions in its live analysis of the CSV, where compilation-end actions would need full
/// solution analysis.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TableDiagnosticsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Every table descriptor, so a new one in <see cref="Descriptors"/> is supported without a list to update.</summary>
    internal static readonly ImmutableArray<DiagnosticDescriptor> AllDescriptors = typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>Parses, catalogs and diagnostics of earlier compilations: a host keeps one analyzer across its compilations.</summary>
    private readonly ValidationCache _cache = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => AllDescriptors;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var tables = new CompilationTables(start.Compilation, start.Options, _cache);
            start.RegisterAdditionalFileAction(file =>
            {
                foreach (var diagnostic in tables.DiagnosticsFor(file.AdditionalFile, file.CancellationToken))
                {
                    file.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        });
    }

    /// <summary>The tables of one compilation, validated together on first use (a compilation without tables costs nothing).</summary>
    private sealed class CompilationTables
    {
        private readonly Compilation _compilation;
        private readonly AnalyzerOptions _options;
        private readonly ValidationCache _cache;
        private readonly object _gate = new();
        private Results? _results;

        public CompilationTables(Compilation compilation, AnalyzerOptions options, ValidationCache cache)
        {
            _compilation = compilation;
            _options = options;
            _cache = cache;
        }

        public EquatableArray<DiagnosticInfo> DiagnosticsFor(AdditionalText file, CancellationToken cancellationToken)
        {
            Results results;
            lock (_gate)
            {
                // Not a Lazy: a cancelled computation must not be cached; the next file's action computes it again.
                results = _results ??= Validate(cancellationToken);
            }

            if (results.ByFile.TryGetValue(file, out var diagnostics))
            {
                return diagnostics;
            }

            // A host that hands the action another instance of the same file: match it by path.
            return !results.Known.Contains(file) && results.ByPath.TryGetValue(file.Path, out diagnostics)
                ? diagnostics
                : EquatableArray<DiagnosticInfo>.Empty;
        }

        private Results Validate(CancellationToken cancellationToken)
        {
            var files = new List<(AdditionalText File, ParsedTable Parsed)>();
            var provider = _options.AnalyzerConfigOptionsProvider;
            ProjectDefaults? defaults = null;
            foreach (var file in _options.AdditionalFiles)
            {
                if (_cache.ItemSettings(provider.GetOptions(file)) is { } item)
                {
                    defaults ??= ProjectDefaults.Of(provider.GlobalOptions);
                    var source = TableSourceReader.Read(file, item, defaults.Value, cancellationToken, _cache.TextOf);
                    files.Add((file, _cache.Parse(source, cancellationToken)));
                }
            }

            var results = new Results();
            if (files.Count == 0)
            {
                return results;
            }

            var languageVersion = _compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
            var tables = files.Select(f => f.Parsed).ToImmutableArray();
            var facts = CompilationFactsReader.Read(_cache.Request(tables, cancellationToken), _compilation, StorageReferences.ReadSwitches(provider, cancellationToken), cancellationToken, _cache.References);
            var catalog = _cache.Catalog(tables, facts, languageVersion, cancellationToken);

            // A file listed twice is two additional texts with one path: report its diagnostics once, on the first.
            foreach (var (file, parsed) in files)
            {
                results.Known.Add(file);
                if (!results.ByPath.ContainsKey(parsed.FilePath))
                {
                    var diagnostics = _cache.Validate(parsed, catalog, cancellationToken);
                    results.ByPath[parsed.FilePath] = diagnostics;
                    results.ByFile[file] = diagnostics;
                }
            }

            return results;
        }
    }

    private sealed class Results
    {
        /// <summary>Each table file's diagnostics, on the first of its additional texts.</summary>
        public Dictionary<AdditionalText, EquatableArray<DiagnosticInfo>> ByFile { get; } = new();

        public Dictionary<string, EquatableArray<DiagnosticInfo>> ByPath { get; } = new(StringComparer.Ordinal);

        public HashSet<AdditionalText> Known { get; } = new();
    }
}
