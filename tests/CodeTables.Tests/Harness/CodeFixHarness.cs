using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Sdk;

namespace CodeTables.Tests.Harness;

/// <summary>
/// Applies a code fix the way an IDE or <c>dotnet format analyzers</c> does: the source and the generated tables
/// in an <see cref="AdhocWorkspace"/>, the analyzers' diagnostics, then one fix or Fix All over the document.
/// Then checks that the result compiles and the diagnostic is gone.
/// </summary>
public static class CodeFixHarness
{
    /// <summary>Applies the fix to every <paramref name="id"/> diagnostic (Fix All in document) and returns the new source.</summary>
    public static string FixAll(string source, CodeFixProvider provider, string id, string? equivalenceKey = null)
        => ApplyAsync(source, provider, id, equivalenceKey, fixAll: true).GetAwaiter().GetResult();

    /// <summary>Applies the fix to the first <paramref name="id"/> diagnostic only.</summary>
    public static string FixOne(string source, CodeFixProvider provider, string id, string? equivalenceKey = null)
        => ApplyAsync(source, provider, id, equivalenceKey, fixAll: false).GetAwaiter().GetResult();

    /// <summary>The titles of the fixes offered for the first <paramref name="id"/> diagnostic.</summary>
    public static IReadOnlyList<string> Offered(string source, CodeFixProvider provider, string id)
    {
        var (document, diagnostics) = Prepare(source, id).GetAwaiter().GetResult();
        return Actions(document, provider, diagnostics[0]).GetAwaiter().GetResult().Select(a => a.Title).ToList();
    }

    /// <summary>Asserts that the fixed source compiles and has no <paramref name="id"/> diagnostic left.</summary>
    public static void AssertCompilesWithout(string fixedSource, string id)
    {
        var (_, diagnostics) = AnalyzerHarness.Run(fixedSource);
        Assert.DoesNotContain(diagnostics, d => d.Id == id);
    }

    private static async Task<string> ApplyAsync(string source, CodeFixProvider provider, string id, string? equivalenceKey, bool fixAll)
    {
        var (document, diagnostics) = await Prepare(source, id);
        var actions = await Actions(document, provider, diagnostics[0]);
        var action = actions.FirstOrDefault(a => equivalenceKey is null || a.EquivalenceKey == equivalenceKey)
            ?? throw new XunitException($"No fix offered for {diagnostics[0]}");
        if (fixAll)
        {
            var fixAllProvider = provider.GetFixAllProvider() ?? throw new XunitException("The fix has no Fix All provider.");
            var context = new FixAllContext(document, provider, FixAllScope.Document, action.EquivalenceKey!, [id], new Diagnostics(diagnostics), CancellationToken.None);
            action = await fixAllProvider.GetFixAsync(context) ?? throw new XunitException("Fix All produced no action.");
        }

        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    private static async Task<List<CodeAction>> Actions(Document document, CodeFixProvider provider, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
        return actions;
    }

    private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> Prepare(string source, string id)
    {
        var generated = GeneratorHarness.Run(TestTables.All, source).Output.SyntaxTrees.Where(t => t.FilePath != AnalyzerHarness.SourcePath).ToList();
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: GeneratorHarness.ParseOptions(),
            metadataReferences: GeneratorHarness.MetadataReferences));
        foreach (var tree in generated)
        {
            project = project.AddDocument(tree.FilePath, await tree.GetTextAsync(), filePath: tree.FilePath).Project;
        }

        var document = project.AddDocument(AnalyzerHarness.SourcePath, SourceText.From(source), filePath: AnalyzerHarness.SourcePath);
        var compilation = await document.Project.GetCompilationAsync() ?? throw new XunitException("No compilation.");
        var diagnostics = AnalyzerHarness.Analyze(compilation).Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        if (diagnostics.IsEmpty)
        {
            throw new XunitException($"The source has no {id} diagnostic to fix.");
        }

        return (document, diagnostics);
    }

    private sealed class Diagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
