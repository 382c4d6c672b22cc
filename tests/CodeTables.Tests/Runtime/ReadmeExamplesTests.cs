using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Runtime;

/// <summary>README's C# examples compile against the shipped tables and pass the package's own analyzers.</summary>
public partial class ReadmeExamplesTests
{
    [Fact]
    public void The_quick_start_and_the_generic_example_compile_without_a_single_CodeTables_diagnostic()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var blocks = CSharpBlock().Matches(readme).Select(m => Unindent(m.Groups[1].Value)).ToList();
        var quickStart = blocks.Single(b => b.Contains("Q850CauseExtensions.TryFromCode(cause", StringComparison.Ordinal));
        var generic = blocks.Single(b => b.Contains("ICodeTable<E> table", StringComparison.Ordinal));
        var usings = string.Join("\n", quickStart.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal))).Replace("using MyApp;", "using Consumer;");
        var body = string.Join("\n", quickStart.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
        var source = "using System;\nusing System.Linq;\n" + usings + "\n"
            + "public static class Example\n{\n"
            + "public static void QuickStart(int cause, string missedCallType, string hangupCause, string tableName, string[] codeParts)\n{\n" + body + "\n}\n"
            + "public static void Generic()\n{\n" + generic + "\n}\n}\n";
        // Every shipped table: they reference each other (Q.850 <-> SIP, FreeSWITCH -> Q.850, ...).
        var tables = Directory.GetFiles(RepositoryPaths.Tables, "*.csv").Order(StringComparer.Ordinal)
            .Select(f => new TableFile(f, File.ReadAllText(f)));

        var diagnostics = AnalyzerHarness.Diagnostics(source, tables: tables);

        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("CT", StringComparison.Ordinal)));
    }

    private static string Unindent(string block)
    {
        var lines = block.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l.Substring(indent) : l.TrimStart()));
    }

    [GeneratedRegex(@"```csharp\n(.*?)\n\s*```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
