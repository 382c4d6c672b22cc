using System;
using CodeTables.Generator.Emit;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Generator.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeTables.Generator;

/// <summary>
/// Compiles CSV code tables (AdditionalFiles marked as CodeTable items) into enums with switch- and array-based
/// lookups, classifiers and docs. Initialize only wires the stages: read -> parse -> validate -> emit.
/// The table diagnostics are reported by <see cref="Analysis.TableDiagnosticsAnalyzer"/> over the same stages, so
/// that every host shows them (hosts surface analyzer diagnostics, not a generator's); the generator reports
/// them itself only when the build skips analyzers, so a dropped row or table is never silent.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CodeTablesGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var sources = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, ct) => TableSourceReader.Read(pair.Left, pair.Right, ct))
            .Where(source => source is not null)
            .Select((source, _) => source!)
            .WithTrackingName(TrackingNames.Sources);

        var parsed = sources
            .Select(TableParser.Parse)
            .WithTrackingName(TrackingNames.Parsed);

        // Only reference types flow between the steps below and only reference types are combined (Collected, Boxed,
        // Tuple): a value type there costs the first run of a build the JIT of Roslyn's node code for it (Collected<T>).
        var languageVersion = context.ParseOptionsProvider
            .Select((options, _) => new Boxed<LanguageVersion>(options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest));

        var allParsed = parsed.Collect()
            .Select((tables, _) => new Collected<ParsedTable>(tables));

        // Every compilation (every keystroke in an IDE) re-runs only the facts step: a few type lookups into a small
        // equatable value. The catalog and everything after it re-run only when the tables or those facts change.
        var compilationFacts = allParsed
            .Select((tables, ct) => CompilationFactsReader.Request(tables.Items, ct))
            .WithTrackingName(TrackingNames.CompilationRequest)
            .Combine(context.CompilationProvider)
            .Combine(context.AnalyzerConfigOptionsProvider.Select(StorageReferences.ReadSwitches))
            .Select((pair, ct) => CompilationFactsReader.Read(pair.Left.Left, pair.Left.Right, pair.Right, ct))
            .WithTrackingName(TrackingNames.CompilationFacts);

        var catalog = allParsed
            .Combine(compilationFacts)
            .Select((pair, _) => Tuple.Create(pair.Left, pair.Right))
            .Combine(languageVersion)
            .Select((pair, ct) => CatalogBuilder.Build(pair.Left.Item1.Items, pair.Left.Item2, pair.Right.Value, ct))
            .WithTrackingName(TrackingNames.Catalog);

        // Each table sees only the catalog facts it uses, so editing a table re-validates only the tables that use it.
        var validated = parsed
            .Combine(catalog)
            .Select((pair, _) => (Table: pair.Left, Catalog: CatalogBuilder.ForTable(pair.Right, pair.Left)))
            .WithTrackingName(TrackingNames.CatalogSlice)
            .Select((pair, ct) => TableValidator.Validate(pair.Table, pair.Catalog, ct))
            .WithTrackingName(TrackingNames.Validated);

        var analyzersSkipped = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => new Boxed<bool>(AnalyzersSkipped(options.GlobalOptions)));

        var diagnostics = validated
            .Combine(analyzersSkipped)
            .Select((pair, _) => new Boxed<EquatableArray<DiagnosticInfo>>(pair.Right.Value ? pair.Left.Diagnostics : EquatableArray<DiagnosticInfo>.Empty))
            .WithTrackingName(TrackingNames.Diagnostics);

        var models = validated
            .Select((table, _) => table.Model)
            .Where(model => model is not null)
            .Select((model, _) => LayoutPlanner.Plan(model!))
            .WithTrackingName(TrackingNames.Models);

        context.RegisterSourceOutput(diagnostics, static (spc, items) =>
        {
            foreach (var item in items.Value)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        // What the compilation references for the storage converters (JSON, TypeConverter, EF Core), less the project's
        // switches: a compilation fact, so validation decides each table's converters (none where a type of the
        // project's own has the converter's name, CT0070).
        var storage = compilationFacts
            .Select((facts, _) => facts.Storage ?? StorageSupport.None)
            .WithTrackingName(TrackingNames.Storage);

        context.RegisterSourceOutput(models, static (spc, model) =>
            spc.AddSource(TableEmitter.HintName(model.Table), TableEmitter.Emit(model)));

        var allModels = models.Collect().Select((items, _) => new Collected<EmitModel>(items));

        // One CodeTableRegistry per project, over every emitted table.
        var registry = allModels
            .Combine(context.AnalyzerConfigOptionsProvider.Select((options, _) => new Boxed<(string Namespace, bool Enabled)>(ProjectProperties.Registry(options.GlobalOptions))))
            .Select((pair, _) => ProjectSourcePlanner.Registry(pair.Left.Items, pair.Right.Value));
        context.RegisterSourceOutput(registry, static (spc, model) => RegistryEmitter.Emit(spc, model));

        // One EF Core convention per project that references EF Core, over every emitted table.
        var modelConfiguration = allModels
            .Combine(storage)
            .Select((pair, _) => Tuple.Create(pair.Left, pair.Right))
            .Combine(context.AnalyzerConfigOptionsProvider.Select((options, _) => ProjectProperties.DefaultNamespace(options.GlobalOptions)))
            .Select((pair, _) => ProjectSourcePlanner.ModelConfiguration(pair.Left.Item1.Items, pair.Left.Item2, pair.Right));
        context.RegisterSourceOutput(modelConfiguration, static (spc, model) => ModelConfigurationEmitter.Emit(spc, model));
    }

    /// <summary>
    /// Whether the compiler runs without analyzers (RunAnalyzers=false, or RunAnalyzersDuringBuild=false in a
    /// build), the SDK's own rule (_ComputeSkipAnalyzers). An IDE that runs analyzers live with
    /// RunAnalyzersDuringBuild=false may then show a table error twice: better than not at all in the build.
    /// </summary>
    internal static bool AnalyzersSkipped(AnalyzerConfigOptions options)
    {
        var runAnalyzers = ProjectProperties.Get(options, "RunAnalyzers")?.ToLowerInvariant();
        return runAnalyzers == "false" || (runAnalyzers is null && ProjectProperties.Get(options, "RunAnalyzersDuringBuild")?.ToLowerInvariant() == "false");
    }
}

/// <summary>Names of the pipeline steps, for caching tests and diagnostics of the generator itself.</summary>
public static class TrackingNames
{
    public const string Sources = "TableSources";
    public const string Parsed = "ParsedTables";
    public const string CompilationRequest = "CompilationRequest";
    public const string CompilationFacts = "CompilationFacts";
    public const string Catalog = "TableCatalog";
    public const string CatalogSlice = "TableCatalogSlice";
    public const string Validated = "ValidatedTables";
    public const string Diagnostics = "TableDiagnostics";
    public const string Models = "EmitModels";
    public const string Storage = "StorageSupport";
}
