using System;
using System.IO;
using System.Linq;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeTables.Tests.Decisions;

/// <summary>
/// The exact generated source of a first and a unique decision table at C# 7.3 (an if-chain) and the latest version
/// (a switch with patterns), kept in Decisions/Expected beside their tables. CODETABLES_UPDATE_EXPECTED=1 rewrites
/// them: read the diff.
/// </summary>
public class DecisionExpectedSourceTests
{
    private static readonly string Directory = Path.Combine(RepositoryPaths.Root, "tests", "CodeTables.Tests", "Decisions", "Expected");

    [Theory]
    [InlineData("decision-first", "CallResult", LanguageVersion.CSharp7_3)]
    [InlineData("decision-first", "CallResult", LanguageVersion.Latest)]
    [InlineData("decision-unique", "SipResult", LanguageVersion.CSharp7_3)]
    [InlineData("decision-unique", "SipResult", LanguageVersion.Latest)]
    public void Generated_source_is_exactly_the_expected_file(string name, string type, LanguageVersion version)
    {
        TableFile Table(string file) => new("/0/tables/" + file + ".csv", File.ReadAllText(Path.Combine(Directory, file + ".csv")));
        var run = DecisionTableTests.RunAt(version, [Table("hangup"), Table(name)], properties: new System.Collections.Generic.Dictionary<string, string> { ["CodeTablesRegistry"] = "false" });
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems);
        var actual = run.Source("Consumer." + type + ".g.cs");
        var expectedPath = Path.Combine(Directory, name + (version == LanguageVersion.CSharp7_3 ? ".cs73" : ".latest") + ".g.cs");
        if (Environment.GetEnvironmentVariable("CODETABLES_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n"), actual);
    }
}
