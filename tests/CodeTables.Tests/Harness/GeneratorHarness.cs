using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using CodeTables.Generator;
using CodeTables.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace CodeTables.Tests.Harness;

/// <summary>A table for the harness: its path, text and &lt;CodeTable&gt; item metadata.</summary>
public sealed record TableFile(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null);

/// <summary>What the table analyzer needs besides the compilation: the additional texts, their options, the parse options.</summary>
public sealed record AnalyzerInputs(IReadOnlyList<AdditionalText> Texts, AnalyzerConfigOptionsProvider Options, CSharpParseOptions ParseOptions);

/// <summary>
/// Runs the generator on tables and C# source through <see cref="CSharpGeneratorDriver"/>, the way the compiler
/// does in a build, and fails the test when the generator throws. The table diagnostics of a run come from
/// <see cref="TableDiagnosticsAnalyzer"/> on the same inputs (<see cref="GeneratorRun.Diagnostics"/>).
/// </summary>
public static class GeneratorHarness
{
    public static ImmutableArray<MetadataReference> MetadataReferences => References.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.CSharp12)
        => new(version, DocumentationMode.Diagnose);

    public static GeneratorRun Run(
        IEnumerable<TableFile> tables,
        string? source = null,
        IReadOnlyDictionary<string, string>? properties = null,
        LanguageVersion languageVersion = LanguageVersion.CSharp12)
    {
        var parseOptions = ParseOptions(languageVersion);
        var compilation = CreateCompilation(source, parseOptions);
        var driver = CreateDriver(tables, properties, parseOptions);
        return RunDriver(driver, compilation);
    }

    public static GeneratorRun Run(params TableFile[] tables) => Run(tables, source: null);

    public static CSharpCompilation CreateCompilation(string? source, CSharpParseOptions parseOptions)
    {
        var trees = source is null ? [] : new[] { CSharpSyntaxTree.ParseText(source, parseOptions, path: "Consumer.cs") };
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                deterministic: true));
    }

    public static GeneratorDriver CreateDriver(IEnumerable<TableFile> tables, IReadOnlyDictionary<string, string>? properties, CSharpParseOptions parseOptions)
        => CreateDriver(tables, properties, parseOptions, out _);

    /// <summary>Creates a driver; <paramref name="texts"/> are the additional texts it holds, to replace in caching tests.</summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<TableFile> tables,
        IReadOnlyDictionary<string, string>? properties,
        CSharpParseOptions parseOptions,
        out IReadOnlyList<AdditionalText> texts)
    {
        var files = tables.ToList();
        texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        return CreateDriver(texts, Options(files, properties), parseOptions);
    }

    /// <summary>A driver over any additional texts (an unreadable one, say) with these options.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<AdditionalText> texts, AnalyzerConfigOptionsProvider options, CSharpParseOptions parseOptions)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new CodeTablesGenerator().AsSourceGenerator()],
            texts,
            parseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        Inputs.AddOrUpdate(driver, new AnalyzerInputs(texts, options, parseOptions));
        return driver;
    }

    /// <summary>What MSBuild's generated .editorconfig gives the compiler for these tables and properties.</summary>
    public static AnalyzerConfigOptionsProvider Options(IReadOnlyList<TableFile> files, IReadOnlyDictionary<string, string>? properties)
    {
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            global["build_property." + key] = value;
        }

        // MSBuild gives one set of metadata per path, even when a file is listed twice.
        var perFile = files.GroupBy(f => f.Path).Select(g => g.First()).ToDictionary(
            f => f.Path,
            f =>
            {
                var options = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CodeTablesTable"] = "true" };
                foreach (var (key, value) in f.Metadata ?? new Dictionary<string, string>())
                {
                    options["build_metadata.AdditionalFiles." + key] = value;
                }

                return (IReadOnlyDictionary<string, string>)options;
            });
        return new TestOptionsProvider(global, perFile);
    }

    public static GeneratorRun RunDriver(GeneratorDriver driver, Compilation compilation)
    {
        Inputs.TryGetValue(driver, out var inputs);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult();
        foreach (var generatorResult in result.Results)
        {
            if (generatorResult.Exception is not null)
            {
                throw new XunitException("The generator threw: " + generatorResult.Exception);
            }
        }

        // CS8784/CS8785: a generator failed to initialize or to run. Never acceptable.
        var crash = driverDiagnostics.FirstOrDefault(d => d.Id is "CS8784" or "CS8785");
        if (crash is not null)
        {
            throw new XunitException("The generator crashed: " + crash);
        }

        if (inputs is not null)
        {
            Inputs.AddOrUpdate(driver, inputs);
        }

        return new GeneratorRun(driver, result, output, inputs);
    }

    /// <summary>
    /// Runs <see cref="TableDiagnosticsAnalyzer"/> (the table diagnostics' reporter) on the compilation, as a build
    /// does on the compilation with the generated sources, and fails the test when it throws (AD0001). A host keeps
    /// one analyzer across compilations: pass <paramref name="analyzer"/> to do the same (a new one by default).
    /// </summary>
    public static ImmutableArray<Diagnostic> AnalyzeTables(Compilation compilation, AnalyzerInputs inputs, TableDiagnosticsAnalyzer? analyzer = null)
    {
        // A compilation without a tree has no language version of its own; a build always has trees.
        if (!compilation.SyntaxTrees.Any())
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(string.Empty, inputs.ParseOptions, path: "Empty.cs"));
        }

        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(inputs.Texts.ToImmutableArray(), inputs.Options),
            (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers([analyzer ?? new TableDiagnosticsAnalyzer()], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var crash = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
        if (exceptions.Count > 0 || crash is not null)
        {
            throw new XunitException("The table analyzer threw:\n" + string.Join("\n", exceptions) + crash);
        }

        return diagnostics;
    }

    /// <summary>The inputs of each driver the harness created (a driver does not expose its additional texts).</summary>
    private static readonly ConditionalWeakTable<GeneratorDriver, AnalyzerInputs> Inputs = new();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(CodeTableAttribute).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
