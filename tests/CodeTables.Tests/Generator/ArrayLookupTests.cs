using System;
using System.Linq;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// Dense integer codes get array lookups, sparse ones a slot map or a switch (docs/benchmarks.md; the layouts
/// themselves: LayoutPlannerTests). All must answer alike, for members, for the gaps between codes and for codes far
/// outside the table, under checked arithmetic too.
/// </summary>
public class ArrayLookupTests
{
    // Negative codes and gaps (span 9 for 5 members): a slot map with a negative first code.
    private const string Dense =
        "# enum: Dense\n" +
        "Code,Outcome,Description\n" +
        "-3,Busy,minus three\n" +
        "-1,Failed,minus one\n" +
        "0,NoAnswer,zero\n" +
        "2,Busy,two\n" +
        "5,Rejected,five\n";

    // Consecutive codes across zero: one row per value, no map.
    private const string Consecutive =
        "# enum: Consecutive\n" +
        "Code,Outcome,Description\n" +
        "-2,Busy,minus two\n" +
        "-1,Failed,minus one\n" +
        "0,NoAnswer,zero\n" +
        "1,Rejected,one\n";

    // The extremes of int: far too sparse for an array, so switches.
    private const string Sparse =
        "# enum: Sparse\n" +
        "Code,Outcome,Description\n" +
        "-2147483648,Busy,min\n" +
        "1,Failed,one\n" +
        "404,NoAnswer,four hundred and four\n" +
        "2147483647,Rejected,max\n";

    [Fact]
    public void Dense_codes_are_array_lookups_and_sparse_codes_switches()
    {
        var run = GeneratorHarness.Run(new TableFile("/p/dense.csv", Dense), new TableFile("/p/sparse.csv", Sparse)).AssertClean();

        // Codes with holes: one row per member in source; at run time a slot map from -3 (built from the codes) and
        // each column per code, read after one range check; a value outside the map reads the last entry (row 0's).
        var dense = run.Source("Consumer.Dense.g.cs");
        Assert.Contains("var offset = unchecked((uint)(value + 3));", dense);
        Assert.Contains("return offset < 9u ? offset : 9u;", dense);
        Assert.Contains("slots[(int)values[i] + 3] = (byte)(i + 1);", dense);
        Assert.Contains("public static __Outcome Classify(int code) => __Lookup.Outcomes[__Lookup.Index(code)];", dense);
        Assert.Contains("(\"Code2\", \"two\", __Outcome.Busy), // 2", dense);
        Assert.DoesNotContain("switch (", dense);

        var sparse = run.Source("Consumer.Sparse.g.cs");
        Assert.Contains("case 2147483647: return 4;", sparse);
        Assert.Contains("internal static ref readonly (string? Name, string Description, __Outcome Outcome) Row(int value) => ref Rows[SlotOf(value)];", sparse);
        Assert.DoesNotContain("Slots", sparse);
    }

    [Theory]
    [InlineData("/p/dense.csv", Dense, "Consumer.Dense")]
    [InlineData("/p/consecutive.csv", Consecutive, "Consumer.Consecutive")]
    [InlineData("/p/sparse.csv", Sparse, "Consumer.Sparse")]
    public void Every_code_gap_and_extreme_answers_the_same_under_checked_arithmetic(string path, string table, string type)
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(null, parseOptions);
        compilation = compilation.WithOptions(compilation.Options.WithOverflowChecks(true));
        var driver = GeneratorHarness.CreateDriver([new TableFile(path, table)], null, parseOptions);
        var run = GeneratorHarness.RunDriver(driver, compilation).AssertClean();
        var assembly = run.Load();
        var extensions = Reflect.Type(assembly, type + "Extensions");
        var enumType = Reflect.Type(assembly, type);

        var rows = table.Split('\n').Skip(2).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        var codes = rows.Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var row in rows)
        {
            var code = int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture);
            var (found, value) = Reflect.TryFromCode(extensions, code);
            Assert.True(found, $"code {code}");
            Assert.Equal(code, (int)value!);
            Assert.Equal(Enum.Parse<CallOutcome>(row[1]), Reflect.Call(extensions, "Classify", code));
            Assert.Equal(Enum.Parse<CallOutcome>(row[1]), Reflect.Call(extensions, "ToOutcome", value));
            Assert.Equal(row[2], Reflect.Call(extensions, "GetDescription", value));
            Assert.Equal(Enum.GetName(enumType, value), Reflect.Call(extensions, "ToStringFast", value));
            Assert.Equal(true, Reflect.Call(extensions, "IsDefined", value));
            Assert.Equal(Enum.Parse<CallOutcome>(row[1]).IsRetryable(), Reflect.Call(extensions, "IsRetryable", value));
        }

        var others = new[] { int.MinValue, int.MinValue + 1, -4, -3, -2, 1, 2, 3, 4, 5, 6, 403, 405, int.MaxValue - 1, int.MaxValue }.Where(c => !codes.Contains(c));
        foreach (var code in others)
        {
            Assert.False(Reflect.TryFromCode(extensions, code).Found, $"code {code}");
            Assert.Equal(CallOutcome.Unknown, Reflect.Call(extensions, "Classify", code));
            var value = Enum.ToObject(enumType, code);
            Assert.Equal(CallOutcome.Unknown, Reflect.Call(extensions, "ToOutcome", value));
            Assert.Equal(string.Empty, Reflect.Call(extensions, "GetDescription", value));
            Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), Reflect.Call(extensions, "ToStringFast", value));
            Assert.Equal(false, Reflect.Call(extensions, "IsDefined", value));
            Assert.Equal(CallOutcome.Unknown.IsRetryable(), Reflect.Call(extensions, "IsRetryable", value));
            Assert.Throws<ArgumentOutOfRangeException>(() => Reflect.Call(extensions, "FromCode", code));
        }
    }
}
