using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CodeTables.Analyzers.Analyzers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CodeTables.Tests.Harness;

/// <summary>
/// A code-fix test on the Roslyn testing framework: the source with its diagnostics in markup, the exact fixed
/// source(s), and the framework's checks that one fix and Fix All in document, project and solution give that
/// result, compile, and leave no diagnostic the fixed markup does not show. All CodeTables analyzers run, on the
/// project <see cref="AnalyzerHarness.Configure"/> sets up.
/// </summary>
public sealed class CodeFixTest<TCodeFix> : CSharpCodeFixTest<SwitchAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource, IEnumerable<TableFile>? extraTables = null)
    {
        TestCode = source;
        FixedCode = fixedSource;

        // The fixed source's markup is what must remain, fixable or not (e.g. a switch one fix leaves alone).
        FixedState.MarkupHandling = MarkupMode.Allow;
        AnalyzerHarness.Configure(this, tables: extraTables);
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AnalyzerHarness.Analyzers;

    /// <summary>
    /// With one document in one project, Fix All in the project and in the solution fix what Fix All in the document
    /// fixes: those two checks (each a full round of fixes and compilations) are left to the tests with more documents.
    /// </summary>
    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        if (TestState.Sources.Count == 1 && TestState.AdditionalProjects.Count == 0)
        {
            CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck;
        }

        return base.RunImplAsync(cancellationToken);
    }
}
