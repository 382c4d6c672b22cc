using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace CodeTables.Tests.Harness;

/// <summary>What one generator run produced: sources, the table diagnostics, and the compiled result.</summary>
public sealed class GeneratorRun(GeneratorDriver driver, GeneratorDriverRunResult result, Compilation output, AnalyzerInputs? inputs)
{
    private IReadOnlyList<Diagnostic>? _diagnostics;

    public GeneratorDriver Driver { get; } = driver;

    public GeneratorDriverRunResult Result { get; } = result;

    public Compilation Output { get; } = output;

    /// <summary>
    /// The table diagnostics (the CT0xxx ids) as a build reports them: the table analyzer's on the generated compilation,
    /// and any the generator reported itself (none unless the build skips analyzers), so a duplicate shows up as two.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics ??= Result.Diagnostics
        .Concat(GeneratorHarness.AnalyzeTables(Output, inputs ?? throw new XunitException("This driver was not made by GeneratorHarness.CreateDriver: its table diagnostics are unknown.")))
        .ToList();

    /// <summary>The diagnostics the generator itself reported.</summary>
    public IReadOnlyList<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public IReadOnlyDictionary<string, string> Sources
        => Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The source generated for one type, by its hint name ("Consumer.Foo.g.cs").</summary>
    public string Source(string hintName)
        => Sources.TryGetValue(hintName, out var text) ? text : throw new XunitException($"No source '{hintName}'. Generated: {string.Join(", ", Sources.Keys)}. Diagnostics: {string.Join("; ", Diagnostics)}");

    /// <summary>Compiler warnings and errors of the consumer with the generated code (docs checked, as with GenerateDocumentationFile).</summary>
    public IReadOnlyList<Diagnostic> CompileProblems
        => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Asserts that the generator reported nothing and the result compiles without a single warning.</summary>
    public GeneratorRun AssertClean()
    {
        var problems = Diagnostics.Concat(CompileProblems).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            throw new XunitException("Expected a clean build, got:\n" + string.Join("\n", problems.Take(20)));
        }

        return this;
    }

    /// <summary>
    /// Asserts the run reported exactly one table diagnostic: this id, in the file at <paramref name="path"/>, at this
    /// line and column, its message naming the file and saying every one of <paramref name="words"/>, its help link the
    /// diagnostic's page.
    /// </summary>
    public Diagnostic AssertSingleDiagnostic(string path, string id, int line, int column, params string[] words)
    {
        var diagnostic = Xunit.Assert.Single(Diagnostics);
        Xunit.Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Xunit.Assert.Equal(path, span.Path);
        Xunit.Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        var message = diagnostic.GetMessage();
        Xunit.Assert.Contains(Path.GetFileName(path), message);
        foreach (var word in words)
        {
            Xunit.Assert.Contains(word, message);
        }

        Xunit.Assert.Equal($"https://github.com/CodeTables/CodeTables/blob/main/docs/diagnostics/{id}.md", diagnostic.Descriptor.HelpLinkUri);
        return diagnostic;
    }

    /// <summary>Emits the consumer and loads it in a collectible context, to call the generated API.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        if (!emit.Success)
        {
            throw new XunitException("Emit failed:\n" + string.Join("\n", emit.Diagnostics.Take(20)));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}
