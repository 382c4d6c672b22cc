using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CodeTables.Generator;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// The exact generated source of one table of each kind, kept as reviewable files in Generator/Expected (the input
/// <c>name.csv</c> beside its output <c>name.g.cs</c>), checked with the card's test framework
/// (Microsoft.CodeAnalysis.CSharp.SourceGenerators.Testing): any change to the emitted code is a diff in review.
/// To accept a change, run with CODETABLES_UPDATE_EXPECTED=1, which rewrites the files, and read the diff:
/// <c>CODETABLES_UPDATE_EXPECTED=1 dotnet test tests/CodeTables.Tests --filter FullyQualifiedName~ExpectedSourceTests</c>.
/// </summary>
public class ExpectedSourceTests
{
    private static readonly string Directory = Path.Combine(RepositoryPaths.Root, "tests", "CodeTables.Tests", "Generator", "Expected");

    /// <summary>
    /// One table's file each: the project-wide CodeTableRegistry is checked by <see cref="Registry_is_exactly_the_expected_file"/>,
    /// the storage converters by <see cref="Storage_converters_are_exactly_the_expected_files"/>.
    /// </summary>
    private static readonly Dictionary<string, string> NoRegistry = new() { ["CodeTablesRegistry"] = "false", ["CodeTablesJson"] = "false", ["CodeTablesTypeConverter"] = "false" };

    private static readonly Dictionary<string, string> StorageOn = new() { ["CodeTablesRegistry"] = "false" };

    /// <summary>The tables whose storage converters are checked: one of each code kind.</summary>
    public static TheoryData<string> StorageTables => new()
    {
        "dense-int",     // a JSON number (and numeric strings), an int column
        "string",        // pre-encoded JSON strings, a text column
        "composite",     // a JSON array of the key parts, the joined form in one text column
    };

    public static TheoryData<string> Tables => new()
    {
        "dense-int",     // one row per value, holes between codes, a Retry column, another column
        "sparse-int",    // a byte slot map and one row per member
        "switch-int",    // codes too sparse for a map: a switch to the row
        "range-int",     // a range row: one member per code
        "string",        // a span switch, the string overloads delegating to it
        "composite",     // a tuple switch over two key columns
        "hostile",       // cells that try to end a string, a comment or a doc element; a bidirectional control
        "no-outcome",    // no Outcome column and no Retry cells: no Classify, no ToOutcome, no IsRetryable
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Generated_source_is_exactly_the_expected_file(string name)
    {
        var csv = File.ReadAllText(Path.Combine(Directory, name + ".csv"));
        var table = new TableFile("/0/tables/" + name + ".csv", csv);
        var expectedPath = Path.Combine(Directory, name + ".g.cs");
        if (Environment.GetEnvironmentVariable("CODETABLES_UPDATE_EXPECTED") == "1")
        {
            var run = GeneratorHarness.Run([table], null, NoRegistry, LanguageVersion.CSharp12);
            File.WriteAllText(expectedPath, run.Sources.Single().Value);
        }

        // The generator writes "\n" on every OS; a checkout may have turned the file's line ends into "\r\n".
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        var hintName = HintNameOf(expected);

        var test = new Test();
        test.TestState.AdditionalFiles.Add((table.Path, csv));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.RootNamespace = Consumer\nbuild_property.CodeTablesRegistry = false\nbuild_property.CodeTablesJson = false\nbuild_property.CodeTablesTypeConverter = false\n\n[{table.Path}]\nbuild_metadata.AdditionalFiles.CodeTablesTable = true\n"));
        test.TestState.GeneratedSources.Add((typeof(CodeTablesGenerator), hintName, SourceText.From(expected, Encoding.UTF8)));
        await test.RunAsync();
    }

    /// <summary>
    /// A table of each kind in a project that references System.Text.Json (in the framework), System.ComponentModel and
    /// EF Core: the enum carries [JsonConverter] and [TypeConverter], the converters follow the table's types
    /// (Storage/name.g.cs), and the project gets the EF Core convention (Storage/name.conventions.g.cs).
    /// </summary>
    [Theory]
    [MemberData(nameof(StorageTables))]
    public async Task Storage_converters_are_exactly_the_expected_files(string name)
    {
        var csv = File.ReadAllText(Path.Combine(Directory, name + ".csv"));
        var table = new TableFile("/0/tables/" + name + ".csv", csv);
        var expectedPath = Path.Combine(Directory, "Storage", name + ".g.cs");
        var conventionsPath = Path.Combine(Directory, "Storage", name + ".conventions.g.cs");
        if (Environment.GetEnvironmentVariable("CODETABLES_UPDATE_EXPECTED") == "1")
        {
            var parseOptions = GeneratorHarness.ParseOptions(LanguageVersion.CSharp12);
            var compilation = GeneratorHarness.CreateCompilation(null, parseOptions).AddReferences(EntityFrameworkReferences);
            var run = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver([table], StorageOn, parseOptions), compilation);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, run.Sources.Single(s => s.Key != "CodeTablesModelConfigurationExtensions.g.cs").Value);
            File.WriteAllText(conventionsPath, run.Source("CodeTablesModelConfigurationExtensions.g.cs"));
        }

        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        var hintName = HintNameOf(expected);

        var test = new Test();
        test.TestState.AdditionalReferences.AddRange(EntityFrameworkReferences);
        test.TestState.AdditionalFiles.Add((table.Path, csv));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.RootNamespace = Consumer\nbuild_property.CodeTablesRegistry = false\n\n[{table.Path}]\nbuild_metadata.AdditionalFiles.CodeTablesTable = true\n"));
        test.TestState.GeneratedSources.Add((typeof(CodeTablesGenerator), hintName, SourceText.From(expected, Encoding.UTF8)));
        test.TestState.GeneratedSources.Add((typeof(CodeTablesGenerator), "CodeTablesModelConfigurationExtensions.g.cs", SourceText.From(File.ReadAllText(conventionsPath).Replace("\r\n", "\n"), Encoding.UTF8)));
        await test.RunAsync();
    }

    /// <summary>
    /// Every source of a project whose tables reference each other (a single reference from a string table, a list
    /// reference, both to an integer table), in Expected/References: the accessors, the member remarks that link
    /// the targets and the shared lists in __Lookup.
    /// </summary>
    [Fact]
    public Task References_are_exactly_the_expected_files()
        => AssertFolder("References", ["References/q850", "References/hangup", "References/refusal"], NoRegistry, LanguageVersion.CSharp12);

    /// <summary>
    /// The project-wide CodeTableRegistry over two tables, in Expected/Registry; the tables' own sources are the same
    /// with or without it, so they are their files of <see cref="Generated_source_is_exactly_the_expected_file"/>.
    /// </summary>
    [Fact]
    public Task Registry_is_exactly_the_expected_file()
        => AssertFolder("Registry", ["dense-int", "string"], new() { ["CodeTablesJson"] = "false", ["CodeTablesTypeConverter"] = "false" }, LanguageVersion.CSharp12, tablesShared: true);

    /// <summary>
    /// The C# 7.3 output (a netstandard2.0 library's default) of the tables whose lookups use newer features at C# 12:
    /// no span switch, no tuple patterns, no nullable annotations, block namespaces. In Expected/CSharp7_3.
    /// </summary>
    [Fact]
    public Task CSharp7_3_output_is_exactly_the_expected_files()
        => AssertFolder("CSharp7_3", ["string", "composite"], NoRegistry, LanguageVersion.CSharp7_3);

    /// <summary>
    /// Checks every source the <paramref name="tables"/> (paths under Expected, without .csv) generate against the files
    /// of Expected/<paramref name="folder"/>, one per hint name; CODETABLES_UPDATE_EXPECTED=1 rewrites them. With
    /// <paramref name="tablesShared"/> each table's own source is its Expected/name.g.cs and the folder holds the rest.
    /// </summary>
    private static async Task AssertFolder(string folder, string[] tables, Dictionary<string, string> properties, LanguageVersion version, bool tablesShared = false)
    {
        var files = tables.Select(t => new TableFile("/0/tables/" + Path.GetFileName(t) + ".csv", File.ReadAllText(Path.Combine(Directory, t + ".csv")))).ToList();
        var expectedDirectory = Path.Combine(Directory, folder);
        if (Environment.GetEnvironmentVariable("CODETABLES_UPDATE_EXPECTED") == "1")
        {
            var run = GeneratorHarness.Run(files, null, properties, version);
            foreach (var old in System.IO.Directory.GetFiles(expectedDirectory, "*.g.cs"))
            {
                File.Delete(old);
            }

            foreach (var (hintName, text) in run.Sources.Where(s => !tablesShared || !s.Value.Contains("\npublic enum ", StringComparison.Ordinal)))
            {
                File.WriteAllText(Path.Combine(expectedDirectory, hintName), text);
            }
        }

        var test = new Test(version);
        var config = new StringBuilder("is_global = true\nbuild_property.RootNamespace = Consumer\n");
        foreach (var (key, value) in properties)
        {
            config.Append("build_property.").Append(key).Append(" = ").Append(value).Append('\n');
        }

        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Text));
            config.Append('\n').Append('[').Append(file.Path).Append("]\nbuild_metadata.AdditionalFiles.CodeTablesTable = true\n");
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
        var expected = System.IO.Directory.GetFiles(expectedDirectory, "*.g.cs").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        foreach (var path in expected)
        {
            test.TestState.GeneratedSources.Add((typeof(CodeTablesGenerator), Path.GetFileName(path), SourceText.From(File.ReadAllText(path).Replace("\r\n", "\n"), Encoding.UTF8)));
        }

        foreach (var table in tablesShared ? tables : [])
        {
            var shared = File.ReadAllText(Path.Combine(Directory, table + ".g.cs")).Replace("\r\n", "\n");
            test.TestState.GeneratedSources.Add((typeof(CodeTablesGenerator), HintNameOf(shared), SourceText.From(shared, Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    /// <summary>The hint name of a table's expected source (C# 10 and later: a file-scoped namespace): <c>Namespace.Enum.g.cs</c>.</summary>
    private static string HintNameOf(string expected)
        => expected.Split('\n').First(l => l.StartsWith("namespace ", StringComparison.Ordinal)).Substring("namespace ".Length).TrimEnd(';')
            + "." + expected.Split('\n').First(l => l.StartsWith("public enum ", StringComparison.Ordinal)).Substring("public enum ".Length) + ".g.cs";

    /// <summary>EF Core and what its value converters' and conventions' signatures name.</summary>
    private static MetadataReference[] EntityFrameworkReferences =>
    [
        MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location),
    ];

    /// <summary>C# 12 (or the version given) with docs checked and nullable on from C# 8, every compiler warning an error, the harness's references.</summary>
    private sealed class Test : CSharpSourceGeneratorTest<CodeTablesGenerator, DefaultVerifier>
    {
        private readonly LanguageVersion _version;

        public Test(LanguageVersion version = LanguageVersion.CSharp12)
        {
            _version = version;
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(GeneratorHarness.MetadataReferences);
            CompilerDiagnostics = CompilerDiagnostics.Warnings;
        }

        protected override ParseOptions CreateParseOptions() => GeneratorHarness.ParseOptions(_version);

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(_version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable);
    }
}
