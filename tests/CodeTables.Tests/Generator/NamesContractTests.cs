using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CodeTables.Shared;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// The names contract is kept in fact: no source file of the generator, the analyzers or the fixes spells a name of
/// <see cref="GeneratedNames"/> as a string literal of its own (it would drift from what the generator writes).
/// </summary>
public class NamesContractTests
{
    /// <summary>
    /// Contract values that are also ordinary words with other jobs, so a literal of them is not a copy: "Table"
    /// (a diagnostic property, and the prefix of a table name starting with a digit), "Outcome" and "Column" (CSV
    /// column roles and diagnostic properties).
    /// </summary>
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.Ordinal) { "Table", "Outcome", "Column" };

    /// <summary>Literals that name something else of the same spelling: the item metadata <c>OutcomeType</c> and <c>Inputs</c>.</summary>
    private static readonly HashSet<(string File, string Value)> OtherMeanings = [("TableSettings.cs", "OutcomeType"), ("TableSettings.cs", "Inputs"), ("TableParser.Decision.cs", "Inputs")];

    [Fact]
    public void No_source_file_spells_a_contract_name_itself()
    {
        var names = ContractValues();
        Assert.Contains("ToOutcome", names);
        Assert.Contains("CodeTables.CodeTableAttribute", names);

        var copies = new List<string>();
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            foreach (var name in names)
            {
                if (HasLiteral(text, name) && !OtherMeanings.Contains((Path.GetFileName(file), name)))
                {
                    copies.Add(Path.GetRelativePath(RepositoryPaths.Root, file) + ": \"" + name + "\"");
                }
            }
        }

        Assert.True(copies.Count == 0, "Literal copies of GeneratedNames (use the constant):\n" + string.Join("\n", copies));
    }

    [Fact]
    public void The_scan_finds_a_copy()
    {
        // The scan itself, on a line as a copy would be written: it must not pass by matching nothing.
        const string Copy = "var call = receiver + \".\" + \"ToOutcome\" + \"()\";";
        Assert.Contains(ContractValues(), name => HasLiteral(Copy, name));
        Assert.DoesNotContain(ContractValues(), name => HasLiteral("/// <param name=\"ToOutcome\">The lookup.</param>", name));
    }

    /// <summary>Whether the text has <paramref name="name"/> as a string literal (an XML doc's <c>name="..."</c> is not one).</summary>
    private static bool HasLiteral(string text, string name)
    {
        var literal = "\"" + name + "\"";
        for (var at = text.IndexOf(literal, StringComparison.Ordinal); at >= 0; at = text.IndexOf(literal, at + 1, StringComparison.Ordinal))
        {
            if (at < 5 || string.CompareOrdinal(text, at - 5, "name=", 0, 5) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every name of the contract: its string constants, less the help link and the ordinary words.</summary>
    private static List<string> ContractValues()
        => typeof(GeneratedNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(GeneratedNames.HelpLinkBase))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => !OrdinaryWords.Contains(v))
            .ToList();

    /// <summary>The generator's, analyzers' and fixes' C# sources, except the contract itself and build output.</summary>
    private static IEnumerable<string> SourceFiles()
    {
        var generator = Path.Combine(RepositoryPaths.Root, "generator");
        var files = Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(f => Path.GetFileName(f) != "GeneratedNames.cs")
            .ToList();
        Assert.Contains(files, f => f.EndsWith("SwitchAnalyzer.cs", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("AddMissingCasesCodeFix.cs", StringComparison.Ordinal));
        return files;
    }
}
