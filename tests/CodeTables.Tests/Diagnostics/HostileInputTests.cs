using System;
using System.Linq;
using System.Text;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Diagnostics;

/// <summary>
/// Tables are data that becomes code: no cell may break out of a string literal or a doc comment, inject code,
/// or put characters that change how source is displayed (Trojan Source, CVE-2021-42574) into generated files.
/// </summary>
public class HostileInputTests
{
    private static readonly string[] HostileCells =
    [
        "*/ class Injected { } /*",
        "/* open comment",
        "</summary><summary>injected",
        "a < b && c > d; \"quoted\" 'single'",
        "back\\slash \\\" \\u0041 {0} {{}} $\"{x}\"",
        "line one\nline two\n/// <remarks>x</remarks>",
        "nul\0and\u0001control\u001bchars\u007f",
        "bidi \u202Eevil\u202C \u2066isolate\u2069 \u200Fmark",
        "separators \u2028 and \u2029 and \u0085",
        "emoji \U0001F4DE and lone \uD800 high and \uDC00 low",
        "#endregion\n#if false\n#error injected",
    ];

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"") + "\"";

    [Fact]
    public void Hostile_descriptions_and_extra_columns_stay_data_and_round_trip()
    {
        var csv = new StringBuilder("# vendor: Evil \u202E Corp */\n# source: \"</summary>\" & <x>\nCode,Outcome,Description,Notes\n");
        for (var i = 0; i < HostileCells.Length; i++)
        {
            csv.Append(i + 1).Append(",Busy,").Append(Quote(HostileCells[i])).Append(',').Append(Quote(HostileCells[HostileCells.Length - 1 - i])).Append('\n');
        }

        var run = GeneratorHarness.Run(new TableFile("/p/evil.csv", csv.ToString())).AssertClean();
        var source = run.Source("Consumer.Evil.g.cs");
        var assembly = run.Load();
        var extensions = Reflect.Type(assembly, "Consumer.EvilExtensions");

        var table = (ICodeTable)Reflect.Type(assembly, "Consumer.EvilTable").GetProperty("Instance")!.GetValue(null)!;
        Assert.Equal("Evil \u202E Corp */", table.Vendor);
        Assert.Equal(HostileCells, table.Entries.Select(e => e.Description));
        // The harness references System.Text.Json and System.ComponentModel (not EF Core): their converters, no others.
        Assert.Equal(["Consumer.CodeTableRegistry", "Consumer.Evil", "Consumer.EvilCodes", "Consumer.EvilExtensions", "Consumer.EvilExtensions+__Lookup", "Consumer.EvilJsonConverter", "Consumer.EvilTable", "Consumer.EvilTypeConverter"], assembly.GetTypes().Where(t => t.Namespace == "Consumer" && !t.Name.StartsWith('<')).Select(t => t.FullName).Order());
        for (var i = 0; i < HostileCells.Length; i++)
        {
            var member = Reflect.Call(extensions, "FromCode", i + 1);
            Assert.Equal(HostileCells[i], Reflect.Call(extensions, "GetDescription", member));
        }

        AssertNoRawUnsafeCharacters(source);
    }

    [Fact]
    public void Hostile_string_codes_are_matched_exactly()
    {
        var codes = HostileCells.Where(c => c.Any(char.IsLetter)).ToArray();
        var csv = new StringBuilder("Code,Name,Outcome\n");
        for (var i = 0; i < codes.Length; i++)
        {
            csv.Append(Quote(codes[i])).Append(",Code").Append(i).Append(",Failed\n");
        }

        var run = GeneratorHarness.Run(new TableFile("/p/codes.csv", csv.ToString())).AssertClean();
        var extensions = Reflect.Type(run.Load(), "Consumer.CodesExtensions");
        foreach (var code in codes)
        {
            var (found, value) = Reflect.TryFromCode(extensions, code);
            Assert.True(found, code);
            Assert.Equal(code, Reflect.Call(extensions, "ToCode", value));
        }

        AssertNoRawUnsafeCharacters(run.Source("Consumer.Codes.g.cs"));
    }

    [Fact]
    public void A_one_megabyte_cell_round_trips()
    {
        var big = string.Concat(Enumerable.Repeat("0123456789<&>\"", 75_000));
        var run = GeneratorHarness.Run(new TableFile("/p/big.csv", "Code,Outcome,Description\n1,Busy," + Quote(big) + "\n")).AssertClean();
        var extensions = Reflect.Type(run.Load(), "Consumer.BigExtensions");

        Assert.True(big.Length > 1_000_000);
        Assert.Equal(big, Reflect.Call(extensions, "GetDescription", Reflect.Call(extensions, "FromCode", 1)));
    }

    [Fact]
    public void A_hundred_thousand_row_table_generates_without_diagnostics()
    {
        var csv = new StringBuilder("Code,Outcome,Description\n", 3_000_000);
        for (var i = 0; i < 100_000; i++)
        {
            csv.Append(i).Append(i % 2 == 0 ? ",Busy,Row " : ",Failed,Row ").Append(i).Append('\n');
        }

        var run = GeneratorHarness.Run(new TableFile("/p/huge.csv", csv.ToString()));

        Assert.Empty(run.Diagnostics);
        var source = run.Source("Consumer.Huge.g.cs");
        Assert.Contains(")] Code99999 = 99999,", source);
        Assert.Contains("(\"Code99999\", \"Row 99999\", ", source); // the last row is in the lookups too (dense codes: array lookups)
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_ending_with_and_without_BOM_gives_the_same_table(string newline)
    {
        var csv = "# enum: Ends\nCode,Outcome,Description\n1,Busy,\"multi\nline\"\n2,Failed,plain\n".Replace("\n", newline);
        var plain = GeneratorHarness.Run(new TableFile("/p/ends.csv", csv)).AssertClean();
        var bom = GeneratorHarness.Run(new TableFile("/p/ends.csv", "\uFEFF" + csv)).AssertClean();
        var extensions = Reflect.Type(plain.Load(), "Consumer.EndsExtensions");

        Assert.Equal(plain.Source("Consumer.Ends.g.cs"), bom.Source("Consumer.Ends.g.cs"));
        Assert.Equal("multi\nline", Reflect.Call(extensions, "GetDescription", Reflect.Call(extensions, "FromCode", 1)));
    }

    /// <summary>No control, format (bidi, zero-width), separator or lone-surrogate character appears raw in generated source.</summary>
    private static void AssertNoRawUnsafeCharacters(string source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                i++;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            Assert.False(
                char.IsSurrogate(c) || category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator,
                $"raw U+{(int)c:X4} at offset {i}: ...{source.Substring(Math.Max(0, i - 40), 40)}");
        }
    }
}
