using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CodeTables.Analyzers.Analyzers;
using CodeTables.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit.Sdk;

namespace CodeTables.Tests.Harness;

/// <summary>
/// The project every analyzer and code-fix test compiles: the test source, the <see cref="TestTables"/> as
/// &lt;CodeTable&gt; additional files turned into enums by the real generator (as in a build), the CodeTables
/// runtime, .NET 8 reference assemblies, and the options MSBuild would pass in a .globalconfig.
/// </summary>
public static partial class AnalyzerHarness
{
    /// <summary>Where the tables sit in the test project.</summary>
    public const string TablesFolder = "/0/tables/";

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        [new SwitchAnalyzer(), new CastAnalyzer(), new MagicCodeAnalyzer()];

    /// <summary>Gives a test's project the tables (<see cref="TestTables.All"/> and <paramref name="tables"/>), references and options.</summary>
    public static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, IReadOnlyDictionary<string, string>? options = null, IEnumerable<TableFile>? tables = null)
        where TVerifier : IVerifier, new()
    {
        var all = TestTables.All.Concat(tables ?? []).ToList();

        // .NET 8 reference assemblies, restored through the configured NuGet source on first use.
        test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(CodeTableAttribute).Assembly.Location));
        foreach (var table in all)
        {
            test.TestState.AdditionalFiles.Add((TablesFolder + System.IO.Path.GetFileName(table.Path), table.Text));
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalConfig(all, options)));

        // Two analyzers share a rule (CT1006, CT2001): markup takes the one descriptor they both list.
        test.MarkupOptions |= MarkupOptions.UseFirstDescriptor;

        // The generator as the project's analyzer reference, as in an IDE: the workspace runs it for every
        // compilation, so the analyzers, the fixes' semantic models and the fixed code all see the tables' enums.
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            if (!project.AnalyzerReferences.Any(r => r is GeneratorReference))
            {
                solution = solution.AddAnalyzerReference(projectId, new GeneratorReference());
            }

            var compilationOptions = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
            var parseOptions = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12);
            return solution.WithProjectCompilationOptions(projectId, compilationOptions).WithProjectParseOptions(projectId, parseOptions);
        });
    }

    /// <summary>What CodeTables.props makes MSBuild write: the root namespace, the table marker per CSV, and the analyzers' options.</summary>
    private static string GlobalConfig(IEnumerable<TableFile> tables, IReadOnlyDictionary<string, string>? options)
    {
        var text = new StringBuilder("is_global = true\nbuild_property.RootNamespace = Consumer\n");
        foreach (var (key, value) in options ?? new Dictionary<string, string>())
        {
            text.Append(key).Append(" = ").Append(value).Append('\n');
        }

        foreach (var table in tables)
        {
            text.Append("\n[").Append(TablesFolder).Append(System.IO.Path.GetFileName(table.Path)).Append("]\nbuild_metadata.AdditionalFiles.CodeTablesTable = true\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The analyzers' diagnostics with their properties (what the fixes read), which the testing framework does
    /// not compare: the source and the generated tables (<see cref="TestTables.All"/> unless <paramref name="tables"/>
    /// are given) compiled as <see cref="GeneratorHarness"/> does; a source that does not compile fails the test.
    /// </summary>
    public static ImmutableArray<Diagnostic> Diagnostics(string source, IReadOnlyDictionary<string, string>? options = null, IEnumerable<TableFile>? tables = null)
    {
        source = Plain(source);
        var compilation = GeneratorHarness.Run(tables ?? TestTables.All, source).Output;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new XunitException("The test source does not compile:\n" + string.Join("\n", errors));
        }

        var provider = new TestOptionsProvider(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string>>(), options);
        var analyzerOptions = new CompilationWithAnalyzersOptions(new AnalyzerOptions([], provider), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        return compilation.WithAnalyzers(Analyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>The text a diagnostic's location covers in the (markup) source.</summary>
    public static string Spanned(this Diagnostic diagnostic, string source)
        => Plain(source).Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    /// <summary>The source without its span markup (<c>{|CT1001:</c>, <c>{|#0:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>).</summary>
    public static string Plain(string markup) => Markup().Replace(markup, string.Empty);

    [GeneratedRegex(@"\{\|[^:|{}]*:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();
}

/// <summary>The CodeTables generator as an analyzer reference of a test project.</summary>
internal sealed class GeneratorReference : AnalyzerReference
{
    // One instance: the workspace keys its generator state by the generator object.
    private static readonly ImmutableArray<ISourceGenerator> Generators = [new CodeTablesGenerator().AsSourceGenerator()];

    public override string FullPath => typeof(CodeTablesGenerator).Assembly.Location;

    public override object Id => typeof(CodeTablesGenerator);

    public override string Display => nameof(CodeTablesGenerator);

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => Generators;

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => Generators;
}

/// <summary>Runs all CodeTables analyzers on markup (<c>{|CT1001:switch|}</c>, <c>{|#0:...|}</c>) and compares every diagnostic.</summary>
public sealed class AnalyzerTest : CSharpAnalyzerTest<SwitchAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(string source, IReadOnlyDictionary<string, string>? options = null)
    {
        TestCode = source;
        AnalyzerHarness.Configure(this, options);
    }

    /// <summary>Checks the source's markup (and any <see cref="AnalyzerTest{TAnalyzer, TVerifier}.ExpectedDiagnostics"/>).</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A <paramref name="rule"/> diagnostic at markup location <c>{|#n:...|}</c> with its exact message.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor rule, int location, string message)
        => new DiagnosticResult(rule).WithLocation(location).WithMessage(message);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AnalyzerHarness.Analyzers;
}
