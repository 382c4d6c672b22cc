using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using CodeTables.Tests.EndToEnd;
using CodeTables.Tests.Harness;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace CodeTables.Tests.Ide;

/// <summary>
/// Registers the SDK's MSBuild for <see cref="MSBuildWorkspace"/> before anything loads an MSBuild type: the
/// collection fixture is created before the tests that use the workspace run. It holds the shared packed package.
/// </summary>
public sealed class IdeHost : IDisposable
{
    private static readonly object Gate = new();

    public IdeHost()
    {
        Package = new PackedPackage();
        lock (Gate)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterDefaults();
            }
        }
    }

    public PackedPackage Package { get; }

    public void Dispose() => Package.Dispose();
}

/// <summary>The IDE host's tests: the same packed package as the other end-to-end tests, in a collection of their own.</summary>
[CollectionDefinition(Name)]
public sealed class IdeCollection : ICollectionFixture<IdeHost>
{
    public const string Name = "Packed package: IDE host";
}

/// <summary>
/// What a language server built on <see cref="MSBuildWorkspace"/> (csharp-ls, C# Dev Kit's Roslyn) shows for a
/// consumer of the packed package: the generated types, the CodeTables analyzers' diagnostics (table diagnostics
/// included) and the code fixes, as a table is edited in memory, before it is saved or built.
/// </summary>
[Collection(IdeCollection.Name)]
public class MSBuildWorkspaceTests(IdeHost host, ITestOutputHelper output)
{
    private const string Table = "# enum: ReleaseCause\nCode,Name,Outcome\n16,NormalClearing,Answered\n17,UserBusy,Busy\n18,NoUserResponding,NoAnswer\n";

    private const string Program = """
        namespace Acme;

        public static class Describe
        {
            public static string Text(ReleaseCause cause)
            {
                switch (cause)
                {
                    case ReleaseCause.NormalClearing: return "ok";
                    case ReleaseCause.UserBusy: return "busy";
                }

                return "?";
            }
        }
        """;

    /// <summary>A decision table over the table above: complete and without overlaps as opened.</summary>
    private const string Decision = "# enum: CallResult\n# inputs: Cause=ReleaseCause, Answered=bool\n# hit-policy: unique\nCause,Answered,Outcome\n16,yes,Answered\n16,no,NoAnswer\n17|18,*,Busy\n";

    private const string Use = "namespace Acme; public static class Use { public static ReleaseCause Rejected => ReleaseCause.CallRejected; }";

    [Fact]
    public async Task Editing_a_table_in_memory_updates_types_analyzer_diagnostics_and_fixes()
    {
        var consumer = CreateConsumer();
        using var workspace = MSBuildWorkspace.Create();
        var failures = new List<string>();
        workspace.WorkspaceFailed += (_, e) => failures.Add(e.Diagnostic.ToString());
        var project = await workspace.OpenProjectAsync(consumer.ProjectFile);
        Assert.True(project.AdditionalDocuments.Any(), "no additional documents; workspace failures:\n" + string.Join("\n", failures));

        var references = project.AnalyzerReferences.Where(r => Path.GetFileName(r.FullPath ?? "").StartsWith("CodeTables.", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["CodeTables.Analyzers.dll", "CodeTables.CodeFixes.dll", "CodeTables.Generator.dll"],
            references.Select(r => Path.GetFileName(r.FullPath!)).Order(StringComparer.Ordinal));
        var analyzers = references.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();

        // As opened: the generated enum exists, the new row's member does not yet, and CT1001 misses one value.
        var before = await Analyze(project, analyzers);
        Assert.Contains(before.Compiler, d => d.Id == "CS0117" && d.GetMessage().Contains("CallRejected", StringComparison.Ordinal));
        Assert.Equal(["NoUserResponding"], MissingMembers(Assert.Single(before.Analyzer, d => d.Id == "CT1001")));
        Assert.DoesNotContain(before.Analyzer, d => d.Id.StartsWith("CT0", StringComparison.Ordinal));

        // A new row, typed into the open CSV: the member resolves in C# and CT1001's count grows.
        var table = project.AdditionalDocuments.Single(d => Path.GetFileName(d.FilePath) == "release-cause.csv");
        var withRow = project.Solution.WithAdditionalDocumentText(table.Id, SourceText.From(Table + "21,CallRejected,Rejected\n")).GetProject(project.Id)!;
        var added = await Analyze(withRow, analyzers);
        Assert.DoesNotContain(added.Compiler, d => d.Severity == DiagnosticSeverity.Error);
        var ct1001 = Assert.Single(added.Analyzer, d => d.Id == "CT1001");
        Assert.Equal(["NoUserResponding", "CallRejected"], MissingMembers(ct1001));
        Assert.Contains("2 values", ct1001.GetMessage());

        // A misspelled outcome: CT0010 among the analyzer diagnostics, once, at its line and column of the CSV.
        var typo = withRow.Solution.WithAdditionalDocumentText(table.Id, SourceText.From(Table + "21,CallRejected,Rejected\n22,Odd,Bussy\n")).GetProject(project.Id)!;
        var misspelled = await Analyze(typo, analyzers);
        var ct0010 = Assert.Single(misspelled.Analyzer, d => d.Id == "CT0010");
        var span = ct0010.Location.GetLineSpan();
        Assert.Equal((table.FilePath, 7, 8), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains("did you mean 'Busy'?", ct0010.GetMessage());

        // The package's "Add missing cases", loaded from its analyzer reference, fixes the edited project's switch.
        var fixer = Assert.Single(LoadFixes(references.Single(r => Path.GetFileName(r.FullPath!) == "CodeTables.CodeFixes.dll")), f => f.FixableDiagnosticIds.Contains("CT1001"));
        var document = withRow.Documents.Single(d => Path.GetFileName(d.FilePath) == "Program.cs");
        var fixedProject = (await ApplyFirstFix(fixer, document, ct1001)).GetProject(project.Id)!;
        var fixedText = (await fixedProject.GetDocument(document.Id)!.GetTextAsync()).ToString();
        Assert.Contains("case ReleaseCause.NoUserResponding:", fixedText);
        Assert.Contains("case ReleaseCause.CallRejected:", fixedText);
        var after = await Analyze(fixedProject, analyzers);
        Assert.DoesNotContain(after.Analyzer, d => d.Id == "CT1001");
        Assert.DoesNotContain(after.Compiler, d => d.Severity == DiagnosticSeverity.Error);

        // An analyst's slips, typed into the open CSV, each shown live at its cell: a row typed with ';' (CT0032) and a
        // misspelt header (CT0034) in the code table, and a decision row that overlaps two others (CT0055).
        AssertLive(await Analyze(Edit(project, table, Table + "19;NoUserResponding;NoAnswer\n"), analyzers), "CT0032", table, 6, 1, "split at ';' (semicolon) it has 3");
        AssertLive(await Analyze(Edit(project, table, Table.Replace("Code,Name,Outcome", "Code,Name,Outcomes")), analyzers), "CT0034", table, 2, 11, "looks like a misspelling of 'Outcome'");
        var decision = project.AdditionalDocuments.Single(d => Path.GetFileName(d.FilePath) == "call-result.csv");
        AssertLive(await Analyze(Edit(project, decision, Decision.Replace("17|18,*,Busy", "16|17|18,*,Busy")), analyzers), "CT0055", decision, 7, 1, "rows 5 and 7 both match Cause=16, Answered=yes");
    }

    [Fact]
    public async Task The_table_analyzer_the_host_keeps_revalidates_an_edited_table_and_its_users_and_matches_a_new_one_after_a_CSharp_edit()
    {
        var consumer = CreateConsumer();
        using var workspace = MSBuildWorkspace.Create();
        var project = await workspace.OpenProjectAsync(consumer.ProjectFile);
        var kept = TableAnalyzer(project);
        Assert.Empty(await TableDiagnostics(project, kept));

        // A keystroke in a .cs file that touches no table: the kept analyzer answers as a new one does (nothing).
        var program = project.Documents.Single(d => Path.GetFileName(d.FilePath) == "Program.cs");
        var csharpEdit = project.Solution.WithDocumentText(program.Id, SourceText.From(Program + "\n// typed\n")).GetProject(project.Id)!;
        Assert.Empty(await TableDiagnostics(csharpEdit, kept));

        // The code table loses row 18, which the decision table's rule "17|18,*,Busy" names: the kept analyzer
        // re-validates the edited table and the table that uses it, and reports what a new analyzer reports.
        var table = project.AdditionalDocuments.Single(d => Path.GetFileName(d.FilePath) == "release-cause.csv");
        var decision = project.AdditionalDocuments.Single(d => Path.GetFileName(d.FilePath) == "call-result.csv");
        var withoutRow = Edit(csharpEdit, table, Table.Replace("18,NoUserResponding,NoAnswer\n", ""));
        var fresh = await TableDiagnostics(withoutRow, NewInstance(kept));
        Assert.Contains(fresh, d => d.Location.GetLineSpan().Path == decision.FilePath);
        Assert.Equal(Describe(fresh), Describe(await TableDiagnostics(withoutRow, kept)));

        // A misspelt outcome in the same table: its new CT0010 at the cell, the decision table's diagnostics as before.
        var typo = Edit(withoutRow, table, Table + "22,Odd,Bussy\n");
        var typoFresh = await TableDiagnostics(typo, NewInstance(kept));
        var ct0010 = Assert.Single(typoFresh, d => d.Id == "CT0010");
        Assert.Equal(table.FilePath, ct0010.Location.GetLineSpan().Path);
        Assert.Equal(Describe(typoFresh), Describe(await TableDiagnostics(typo, kept)));

        // The edit undone: clean again.
        Assert.Empty(await TableDiagnostics(Edit(typo, table, Table), kept));
    }

    /// <summary>
    /// The table-diagnostics analyzer's cost in the IDE host after an unrelated C# edit (the instance the host keeps)
    /// against a cold validation (a new instance) of the same compilation, each through <see cref="CompilationWithAnalyzers"/>
    /// with <c>logAnalyzerExecutionTime</c>. Small by default (it checks that both answer alike); for the numbers of
    /// docs/benchmarks.md set <c>CODETABLES_IDE_COST=TABLESxROWSxROUNDS</c> (e.g. <c>50x500x10</c>) and read the test's output.
    /// </summary>
    [Fact]
    public async Task Table_analyzer_cost_after_an_unrelated_CSharp_edit_against_a_cold_validation()
    {
        var shape = (Environment.GetEnvironmentVariable("CODETABLES_IDE_COST") ?? "5x50x1").Split('x').Select(int.Parse).ToArray();
        var (tables, rows, rounds) = (shape[0], shape[1], shape[2]);
        var consumer = CreateConsumer();
        for (var t = 0; t < tables; t++)
        {
            var text = new System.Text.StringBuilder("# enum: Synthetic" + t + "\nCode,Name,Outcome\n");
            for (var r = 0; r < rows; r++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{1000 + r},Member{r},{(r % 4) switch { 0 => "Answered", 1 => "Busy", 2 => "NoAnswer", _ => "Rejected" }}\n");
            }

            consumer.File($"CodeTables/synthetic-{t:00}.csv", text.ToString());
        }

        using var workspace = MSBuildWorkspace.Create();
        var project = await workspace.OpenProjectAsync(consumer.ProjectFile);
        Assert.Equal(tables + 2, project.AdditionalDocuments.Count(d => d.FilePath!.EndsWith(".csv", StringComparison.Ordinal)));
        var kept = TableAnalyzer(project);
        Assert.Empty((await Timed(project, kept)).Diagnostics);

        var program = project.Documents.Single(d => Path.GetFileName(d.FilePath) == "Program.cs");
        var warm = new List<TimeSpan>();
        var cold = new List<TimeSpan>();
        var bare = new List<TimeSpan>();
        for (var round = 0; round < rounds; round++)
        {
            var edited = project.Solution.WithDocumentText(program.Id, SourceText.From(Program + "\n// keystroke " + round + "\n")).GetProject(project.Id)!;
            await edited.GetCompilationAsync();
            var afterEdit = await Timed(edited, kept);
            var coldRun = await Timed(edited, NewInstance(kept));
            // The host's own cost of running the kept analyzer on the new compilation when it is handed no tables.
            var noTables = await Timed(edited, kept, new AnalyzerOptions([], edited.AnalyzerOptions.AnalyzerConfigOptionsProvider));
            Assert.Empty(afterEdit.Diagnostics);
            Assert.Empty(coldRun.Diagnostics);
            Assert.Empty(noTables.Diagnostics);
            warm.Add(afterEdit.Time);
            cold.Add(coldRun.Time);
            bare.Add(noTables.Time);
        }

        static double Ms(IEnumerable<TimeSpan> times, bool median)
        {
            var sorted = times.Select(t => t.TotalMilliseconds).Order().ToList();
            return median ? sorted[sorted.Count / 2] : sorted[0];
        }

        output.WriteLine(FormattableString.Invariant(
            $"IDE host, {tables} tables x {rows} rows, {rounds} rounds; TableDiagnosticsAnalyzer execution time: after an unrelated C# edit min {Ms(warm, false):F2} ms / median {Ms(warm, true):F2} ms; cold validation min {Ms(cold, false):F2} ms / median {Ms(cold, true):F2} ms; ratio of medians {Ms(warm, true) / Ms(cold, true):P2}; with no tables handed to it min {Ms(bare, false):F2} ms / median {Ms(bare, true):F2} ms"));
    }

    /// <summary>The generator assembly's table-diagnostics analyzer, as the host loaded it from the package.</summary>
    private static DiagnosticAnalyzer TableAnalyzer(Project project)
        => project.AnalyzerReferences.Where(r => Path.GetFileName(r.FullPath ?? "") == "CodeTables.Generator.dll")
            .SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp))
            .Single(a => a.GetType().Name == "TableDiagnosticsAnalyzer");

    /// <summary>A new instance of the same analyzer: nothing cached, a cold validation.</summary>
    private static DiagnosticAnalyzer NewInstance(DiagnosticAnalyzer analyzer) => (DiagnosticAnalyzer)Activator.CreateInstance(analyzer.GetType())!;

    private static async Task<ImmutableArray<Diagnostic>> TableDiagnostics(Project project, DiagnosticAnalyzer analyzer)
        => (await Timed(project, analyzer)).Diagnostics;

    /// <summary>One analyzer's diagnostics on the project's compilation, and its execution time as the driver logs it.</summary>
    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, TimeSpan Time)> Timed(Project project, DiagnosticAnalyzer analyzer, AnalyzerOptions? analyzerOptions = null)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var options = new CompilationWithAnalyzersOptions(analyzerOptions ?? project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers([analyzer], options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return (diagnostics, (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime);
    }

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToArray();

    private static Project Edit(Project project, TextDocument document, string text)
        => project.Solution.WithAdditionalDocumentText(document.Id, SourceText.From(text)).GetProject(project.Id)!;

    private static void AssertLive((ImmutableArray<Diagnostic> Compiler, ImmutableArray<Diagnostic> Analyzer) result, string id, TextDocument document, int line, int column, string words)
    {
        var diagnostic = Assert.Single(result.Analyzer, d => d.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((document.FilePath, line, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(words, diagnostic.GetMessage());
    }

    private ConsumerProject CreateConsumer()
    {
        var project = ConsumerProject.Create(host.Package, "Ide")
            .Property("Nullable", "enable")
            .Property("RootNamespace", "Acme")
            .Write();
        project.File("CodeTables/release-cause.csv", Table);
        project.File("CodeTables/call-result.csv", Decision);
        project.File("Program.cs", Program);
        project.File("Use.cs", Use);

        // An IDE opens restored projects: the design-time build reads the restore's output.
        project.Succeed("restore", "-nodeReuse:false");
        return project;
    }

    /// <summary>The compiler's errors and warnings (with generated sources) and the CodeTables analyzers' diagnostics.</summary>
    private static async Task<(ImmutableArray<Diagnostic> Compiler, ImmutableArray<Diagnostic> Analyzer)> Analyze(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.True(exceptions.Count == 0 && !diagnostics.Any(d => d.Id == "AD0001"), "an analyzer threw:\n" + string.Join("\n", exceptions.Concat(diagnostics.Select(d => d.ToString()))));
        return (compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray(), diagnostics);
    }

    /// <summary>The missing members CT1001's message names ("... does not handle 2 values: A, B").</summary>
    private static string[] MissingMembers(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture).Split(": ", 2)[1].Split(", ");

    /// <summary>The code fix providers an IDE finds in an analyzer reference: exported, in the package's own assembly.</summary>
    private static List<CodeFixProvider> LoadFixes(AnalyzerReference reference)
    {
        var assembly = reference is AnalyzerFileReference file
            ? file.GetAssembly()
            : new AnalyzerDirectoryContext(Path.GetDirectoryName(reference.FullPath)!).LoadFromAssemblyPath(reference.FullPath!);
        return assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();
    }

    private static async Task<Solution> ApplyFirstFix(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var operations = await Assert.Single(actions.Take(1)).GetOperationsAsync(CancellationToken.None);
        return Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
    }

    /// <summary>Loads a package's analyzer assemblies from their folder, Roslyn itself from the host, as an IDE does.</summary>
    private sealed class AnalyzerDirectoryContext(string directory) : AssemblyLoadContext("codetables-fixes")
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) && !name.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
