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

    /// <summary>Role names and misspellings of them an analyst could type.</summary>
    private static readonly (string Name, string[] Misses)[] NearMisses =
    [
        ("Outcome", ["Outcomes", "Outcmoe", "Out_come", "outcomes"]),
        ("Description", ["Desciption", "Descriptions", "Descripton"]),
        ("Retry", ["Retries", "Rerty", "Retrys"]),
        ("Name", ["Names", "Nmae"]),
        ("Code", ["Codes", "Cdoe", "Coed"]),
    ];

    /// <summary>
    /// Every shipped table with one of its rows typed again with another delimiter (';' or tab for ',') at a random
    /// place below the header: that line always gets a diagnostic (CT0032 when the row fits the header at the other
    /// delimiter, else CT0033 on its code or CT0001 on its quotes), so no row becomes a member quietly.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_row_typed_with_another_delimiter_is_never_silent(int seed)
    {
        var random = new Random(seed);
        var mistakes = CsvTable.ShippedTables()
            .Select((path, i) => (Index: i, Typed: InsertWrongDelimiterRow(File.ReadAllText(path), random)))
            .ToList();
        var tables = mistakes
            .Select(m => new TableFile($"/fuzz/t{m.Index}.csv", m.Typed.Text, new Dictionary<string, string> { ["Namespace"] = $"Typed{seed}.T{m.Index}" }))
            .ToList();

        var run = GeneratorHarness.Run(tables);

        Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);
        foreach (var (index, typed) in mistakes)
        {
            var path = $"/fuzz/t{index}.csv";
            var atRow = run.Diagnostics.Where(d => d.Location.GetLineSpan().Path == path && d.Location.GetLineSpan().StartLinePosition.Line + 1 == typed.Line).ToList();
            Assert.True(
                atRow.Any(d => d.Id is "CT0032" or "CT0033" or "CT0001"),
                $"{path} line {typed.Line} was typed with another delimiter and nothing says so: {typed.Text.Split('\n')[typed.Line - 1]}\n{string.Join("\n", atRow)}");
        }
    }

    /// <summary>Every shipped table with each role's header cell misspelt in turn: CT0034 at that cell, every time.</summary>
    [Fact]
    public void A_misspelt_header_cell_is_never_silent()
    {
        var cases = new List<(TableFile Table, int Column, string Role)>();
        foreach (var (path, i) in CsvTable.ShippedTables().Select((p, i) => (p, i)))
        {
            var text = File.ReadAllText(path);
            var lines = text.Split('\n');
            var header = Array.FindIndex(lines, l => l.Length > 0 && !l.StartsWith('#'));
            var cells = lines[header].TrimEnd('\r').Split(',');
            foreach (var (name, misses) in NearMisses)
            {
                var cell = Array.IndexOf(cells, name);
                if (cell < 0)
                {
                    continue;
                }

                var miss = misses[cases.Count % misses.Length];
                var renamed = cells.ToArray();
                renamed[cell] = miss;
                lines[header] = string.Join(',', renamed);
                var column = 1 + cells.Take(cell).Sum(c => c.Length + 1);
                var file = $"/fuzz/h{i}{name}.csv";
                cases.Add((new TableFile(file, string.Join('\n', lines), new Dictionary<string, string> { ["Namespace"] = $"Header.T{i}{name}" }), column, name));
            }
        }

        var run = GeneratorHarness.Run(cases.Select(c => c.Table).ToList());

        Assert.True(cases.Count > 40, "expected every shipped table to have role columns: " + cases.Count);
        foreach (var (table, column, role) in cases)
        {
            var header = table.Text.Split('\n').ToList().FindIndex(l => l.Length > 0 && !l.StartsWith('#')) + 1;
            Assert.Contains(run.Diagnostics, d => d.Id == "CT0034"
                && d.Location.GetLineSpan().Path == table.Path
                && d.Location.GetLineSpan().StartLinePosition.Line + 1 == header
                && d.Location.GetLineSpan().StartLinePosition.Character + 1 == column
                && d.GetMessage().Contains($"misspelling of '{role}'", StringComparison.Ordinal));
        }
    }

    /// <summary>One of the table's rows with a ',' typed again with ';' or tab, inserted below the header; its 1-based line.</summary>
    private static (string Text, int Line) InsertWrongDelimiterRow(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var header = lines.FindIndex(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        var rows = Enumerable.Range(header + 1, Math.Max(0, lines.Count - header - 1))
            .Where(i => lines[i].Contains(',') && !lines[i].TrimStart().StartsWith('#'))
            .ToList();
        if (header < 0 || rows.Count == 0)
        {
            return (text, 0);
        }

        var row = lines[rows[random.Next(rows.Count)]].Replace(',', random.Next(2) == 0 ? ';' : '\t');
        var at = random.Next(header + 1, lines.Count);
        lines.Insert(at, row);
        return (string.Join('\n', lines), at + 1);
    }

    private static string Mutate(string text, Random random)
    {
        var result = new StringBuilder(text);
        var count = random.Next(1, 4);
        for (var m = 0; m < count; m++)
        {
            var at = result.Length == 0 ? 0 : random.Next(result.Length);
            switch (random.Next(9))
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
                case 6:
                    // A row typed with another delimiter (CT0032 / CT0033 / CT0001), somewhere below the header.
                    var typed = InsertWrongDelimiterRow(result.ToString(), random);
                    result.Clear().Append(typed.Text);
                    break;
                case 7:
                    // A header cell misspelt the way people do (CT0034), wherever the name first appears.
                    var (name, misses) = NearMisses[random.Next(NearMisses.Length)];
                    var found = result.ToString().IndexOf(name, StringComparison.Ordinal);
                    if (found >= 0)
                    {
                        result.Remove(found, name.Length).Insert(found, misses[random.Next(misses.Length)]);
                    }

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
