using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CodeTables.Tests.Harness;
using CodeTables.Tests.Tables;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.Diagnostics;

/// <summary>
/// Property test over random mutations of the real tables (fixed seeds): the generator never throws, every
/// generated source compiles (a table with errors generates nothing or a consistent subset), a table whose
/// rows were lost says why with a CT error, and the same input always gives the same output.
/// </summary>
public class FuzzTests
{
    private const int Batches = 12;
    private const int TablesPerBatch = 100;

    private static readonly string[] Fragments =
    [
        "\"", ",", "\n", "\r\n", "\r", "#", "# enum: X\n", "# key: Code\n", "~", "..", "-", " ", "\0", "\u202E",
        "\uD800", "Busy", "Bussy", "yes", "maybe", "17", "613~619", "</summary>", "*/", "{0}", "\\", "class", "@", "Code",
        "\uFEFF", "\U0001F4DE",

        // Publisher files and Excel habits: role mapping, code type, delimiters, padding, comments, bad UTF-8.
        "# columns: Name=Description\n", "# columns: Description=Notes, Retry=Outcome\n", "# columns: Nope=Code\n",
        "# code-type: int\n", "# code-type: string\n", "# code-type: x\n", "# delimiter: ;\n", "# delimiter: tab\n",
        "# delimiter: |\n", ";", "\t", ",,,", "\u00A0", "\uFFFD", "\n# heading,,\n", "\"#", "CODE_1_31_231",
    ];

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, Batches));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_tables_never_crash_and_always_compile_or_explain(int seed)
    {
        var originals = CsvTable.ShippedTables().Select(File.ReadAllText).ToArray();
        var random = new Random(seed);
        var tables = Enumerable.Range(0, TablesPerBatch)
            .Select(i => new TableFile(
                $"/fuzz/t{i}.csv",
                Mutate(originals[random.Next(originals.Length)], random),
                new Dictionary<string, string> { ["Namespace"] = $"Fuzz{seed}.T{i}" }))
            .ToList();

        var first = GeneratorHarness.Run(tables);
        var second = GeneratorHarness.Run(tables);

        Assert.Equal(first.Sources, second.Sources);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));

        var compileErrors = first.CompileProblems.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(compileErrors.Count == 0, "Generated code does not compile:\n" + string.Join("\n", compileErrors.Take(10)));

        // A non-directive line that held data and produced no member must be explained by an error on that table.
        var errorsByFile = first.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToLookup(d => d.Location.GetLineSpan().Path);
        foreach (var table in tables)
        {
            var generated = first.Sources.Keys.Any(k => k.StartsWith(table.Metadata!["Namespace"] + ".", StringComparison.Ordinal));
            var hasWarning = first.Diagnostics.Any(d => d.Location.GetLineSpan().Path == table.Path);
            Assert.True(generated || errorsByFile.Contains(table.Path) || hasWarning, $"{table.Path} generated nothing and nothing says why:\n{table.Text[..Math.Min(400, table.Text.Length)]}");
        }
    }

    /// <summary>What a decision table's cells and settings are made of (docs/table-format.md, "Decision tables").</summary>
    private static readonly string[] DecisionFragments =
    [
        "|", "!", "*", "..", "<", "<=", ">", ">=", "9..1", "maybe", "USER_BUSSY", "-2147483648", "2147483647", "!*", "||",
        "# hit-policy: first\n", "# hit-policy: any\n", "# complete: no\n", "# complete: maybe\n", "# inputs: Billsec=int\n",
        "# inputs: HangupCause=Nope\n", ",*", ",yes", ",!", "class",
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_decision_tables_never_crash_and_always_compile_or_explain(int seed)
    {
        var directory = Path.Combine(RepositoryPaths.Root, "tests", "CodeTables.Tests", "Decisions", "Expected");
        var hangup = File.ReadAllText(Path.Combine(directory, "hangup.csv"));
        var originals = new[] { "decision-first.csv", "decision-unique.csv" }.Select(f => File.ReadAllText(Path.Combine(directory, f))).ToArray();
        var random = new Random(seed);
        var tables = new List<TableFile>();
        for (var i = 0; i < TablesPerBatch / 4; i++)
        {
            var text = Mutate(originals[random.Next(originals.Length)], random);
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                text = text.Insert(random.Next(text.Length + 1), DecisionFragments[random.Next(DecisionFragments.Length)]);
            }

            // Each decision table beside its own input table, in a namespace of their own.
            var ns = new Dictionary<string, string> { ["Namespace"] = $"FuzzD{seed}.T{i}" };
            tables.Add(new TableFile($"/fuzz/h{i}.csv", hangup, ns));
            tables.Add(new TableFile($"/fuzz/d{i}.csv", text, ns));
        }

        var first = GeneratorHarness.Run(tables);
        var second = GeneratorHarness.Run(tables);
        Assert.Equal(first.Sources, second.Sources);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        var compileErrors = first.CompileProblems.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(compileErrors.Count == 0, "Generated code does not compile:\n" + string.Join("\n", compileErrors.Take(10)));
        foreach (var table in tables.Where(t => t.Path.Contains("/d", StringComparison.Ordinal)))
        {
            var generated = first.Sources.Keys.Any(k => k.StartsWith(table.Metadata!["Namespace"] + ".", StringComparison.Ordinal) && !k.EndsWith(".HangupCause.g.cs", StringComparison.Ordinal));
            var explained = first.Diagnostics.Any(d => d.Location.GetLineSpan().Path == table.Path);
            Assert.True(generated || explained, $"{table.Path} generated nothing and nothing says why:\n{table.Text[..Math.Min(400, table.Text.Length)]}");
        }
    }

    private static string Mutate(string text, Random random)
    {
        var result = new StringBuilder(text);
        var count = random.Next(1, 4);
        for (var m = 0; m < count; m++)
        {
            var at = result.Length == 0 ? 0 : random.Next(result.Length);
            switch (random.Next(7))
            {
                case 0:
                    result.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    result.Remove(at, Math.Min(random.Next(1, 8), result.Length - at));
                    break;
                case 2:
                    var lines = result.ToString().Split('\n');
                    var line = lines[random.Next(lines.Length)];
                    result.Insert(at, line + "\n");
                    break;
                case 3:
                    result.Length = at;
                    break;
                case 4:
                    if (result.Length > 0)
                    {
                        result[at] = Fragments[random.Next(Fragments.Length)][0];
                    }

                    break;
                case 5:
                    // Saved by a European Excel: every comma a semicolon (or a tab), quoted cells included.
                    result.Replace(',', random.Next(2) == 0 ? ';' : '\t');
                    break;
                default:
                    var all = result.ToString().Split('\n').ToList();
                    var i = random.Next(all.Count);
                    var j = random.Next(all.Count);
                    (all[i], all[j]) = (all[j], all[i]);
                    result.Clear().Append(string.Join('\n', all));
                    break;
            }
        }

        return result.ToString();
    }
}
