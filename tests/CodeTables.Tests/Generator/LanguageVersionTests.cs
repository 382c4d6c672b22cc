using System.Collections.Generic;
using System.Linq;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// Generated code compiles without a single warning (as under TreatWarningsAsErrors, docs checked) at every C# version
/// from 7.3, a netstandard2.0 library's default, for every kind of table, with and without nullable annotations.
/// </summary>
public class LanguageVersionTests
{
    public static IEnumerable<object[]> Cases()
    {
        var versions = new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.Latest };
        return from version in versions from nullable in new[] { true, false } select new object[] { version, nullable };
    }

    private static readonly TableFile[] Tables =
    [
        new("/p/dense.csv", "Code,Outcome,Retry,Description\n1,Busy,yes,One\n2,Failed,,Two\n4,NoAnswer,no,Four\n"),
        new("/p/sparse-map.csv", "Code,Outcome\n1,Busy\n40,Failed\n60,Rejected\n"),
        new("/p/sparse-switch.csv", "Code,Outcome\n-2147483648,Busy\n404,Failed\n2147483647,Rejected\n"),
        new("/p/status.csv", "Code,Outcome,Description\nbusy,Busy,\"Quote \"\" and \\\\ and </summary>\"\nno-answer,NoAnswer,x\n"),
        new("/p/legs.csv", "# key: Leg, Dial Status\nLeg,Dial Status,Outcome\nagent,BUSY,Busy\nagent,,Failed\ncustomer,BUSY,Busy\n"),
        new("/p/plain.csv", "Code,Description\nA,First\nB,Second\n"),
        new("/p/retry-only.csv", "Code,Retry\n1,yes\n2,\n"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_kind_of_table_compiles_without_warnings(LanguageVersion version, bool nullable)
    {
        var parseOptions = GeneratorHarness.ParseOptions(version);
        var compilation = GeneratorHarness.CreateCompilation(null, parseOptions);
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(nullable && version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        var run = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(Tables, null, parseOptions), compilation).AssertClean();

        Assert.Equal(Tables.Length + 1, run.Sources.Count); // and the project's CodeTableRegistry
        var status = run.Source("Consumer.Status.g.cs");
        var legs = run.Source("Consumer.Legs.g.cs");
        var csharp8 = version >= LanguageVersion.CSharp8;
        Assert.Equal(csharp8, status.Contains("#nullable enable"));
        Assert.Equal(csharp8, legs.Contains("(leg, dialStatus) switch"));
        Assert.Equal(version >= LanguageVersion.CSharp10, status.Contains("namespace Consumer;"));
        Assert.Equal(version >= LanguageVersion.CSharp11, status.Contains("ReadOnlySpan<char>"));

        // And it works at that version: a composite key through the nested switch (7.3) or the tuple switch.
        var extensions = Reflect.Type(run.Load(), "Consumer.LegsExtensions");
        Assert.Equal(CallOutcome.Failed, Reflect.Call(extensions, "Classify", "agent", ""));
        Assert.Equal(CallOutcome.Busy, Reflect.Call(extensions, "Classify", "customer", "BUSY"));
        Assert.Equal(CallOutcome.Unknown, Reflect.Call(extensions, "Classify", "customer", ""));
        Assert.Equal(CallOutcome.Unknown, Reflect.Call(extensions, "Classify", null, "BUSY"));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void A_table_whose_every_row_was_dropped_still_compiles(LanguageVersion version)
    {
        // Every row names an unknown outcome (CT0010 drops the row): the table is generated with no members.
        TableFile[] tables = [new("/p/int.csv", "Code,Outcome\n1,Bussy\n"), new("/p/text.csv", "Code,Outcome\nbusy,Bussy\n"), new("/p/pair.csv", "# key: A, B\nA,B,Outcome\nx,y,Bussy\n")];
        var parseOptions = GeneratorHarness.ParseOptions(version);
        var compilation = GeneratorHarness.CreateCompilation(null, parseOptions);
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        var run = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(tables, null, parseOptions), compilation);

        Assert.All(run.Diagnostics, d => Assert.Equal("CT0010", d.Id));
        Assert.Empty(run.CompileProblems);
        var extensions = Reflect.Type(run.Load(), "Consumer.PairExtensions");
        Assert.Equal(CallOutcome.Unknown, Reflect.Call(extensions, "Classify", "x", "y"));
    }
}
