using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CodeTables.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace CodeTables.Tests.Harness;

/// <summary>A table for the harness: its path, text and &lt;CodeTable&gt; item metadata.</summary>
public sealed record TableFile(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null);

/// <summary>
/// Runs the generator on tables and C# source through <see cref="CSharpGeneratorDriver"/>, the way the compiler
/// does in a build, and fails the test when the generator throws.
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

        texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        return CSharpGeneratorDriver.Create(
            [new CodeTablesGenerator().AsSourceGenerator()],
            texts,
            parseOptions,
            new TestOptionsProvider(global, perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static GeneratorRun RunDriver(GeneratorDriver driver, Compilation compilation)
    {
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

        return new GeneratorRun(driver, result, output);
    }

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
