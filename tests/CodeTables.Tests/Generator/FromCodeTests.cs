using System;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// FromCode for a code that is not in the table, for every kind of table and layout: ArgumentOutOfRangeException, the
/// code parameter's name, and a message with the whole code (every key part), the table file and the enum.
/// </summary>
public class FromCodeTests
{
    [Theory]
    [InlineData("Code,Outcome\n1,Busy\n2,Failed\n3,Rejected\n", 7, "'7'")] // dense: one row per value
    [InlineData("Code,Outcome\n1,Busy\n2,Failed\n3,Rejected\n", -5, "'-5'")] // below the first code, under any culture
    [InlineData("Code,Outcome\n1,Busy\n40,Failed\n60,Rejected\n", 41, "'41'")] // sparse: a slot map
    [InlineData("Code,Outcome\n1,Busy\n404,Failed\n", 2, "'2'")] // very sparse: a switch
    public void Integer_codes(string table, int code, string quoted)
    {
        var extensions = Extensions(table, "Acme");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Reflect.Call(extensions, "FromCode", code));

        Assert.Equal("code", error.ParamName);
        Assert.StartsWith(quoted + " is not a code of the table acme.csv (Acme).", error.Message);
    }

    [Fact]
    public void String_codes_as_string_and_as_span()
    {
        var extensions = Extensions("Code,Outcome\nbusy,Busy\nfailed,Failed\n", "Acme");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Reflect.Call(extensions, "FromCode", "BUSY"));
        Assert.Equal("code", error.ParamName);
        Assert.StartsWith("'BUSY' is not a code of the table acme.csv (Acme).", error.Message);

        error = Assert.Throws<ArgumentOutOfRangeException>(() => Reflect.Call(extensions, "FromCode", [null]));
        Assert.StartsWith("'null' is not a code of the table acme.csv (Acme).", error.Message);

        // The span overload (C# 11 and spans): same message, with the span's text.
        var span = Assert.Single(extensions.GetMethods(), m => m.Name == "FromCode" && m.GetParameters()[0].ParameterType != typeof(string));
        Assert.Equal("System.ReadOnlySpan`1[System.Char]", span.GetParameters()[0].ParameterType.ToString());
    }

    [Fact]
    public void Composite_keys_name_every_part()
    {
        var extensions = Extensions("# key: Type, Cause\nType,Cause,Outcome\nRinging,CALL_REJECTED,Rejected\nTrying,,Failed\n", "Acme");

        // The parts were once glued as a ?? "null" + ", " + b ?? "null", which lost the second part (+ binds before ??).
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Reflect.Call(extensions, "FromCode", "Ringing", "BOGUS"));
        Assert.Equal("type", error.ParamName);
        Assert.StartsWith("'Ringing, BOGUS' is not a code of the table acme.csv (Acme).", error.Message);

        error = Assert.Throws<ArgumentOutOfRangeException>(() => Reflect.Call(extensions, "FromCode", null, "CALL_REJECTED"));
        Assert.StartsWith("'null, CALL_REJECTED' is not a code of the table acme.csv (Acme).", error.Message);

        Assert.Equal("Rejected", Reflect.Call(extensions, "Classify", "Ringing", "CALL_REJECTED")!.ToString());
        Assert.Equal("Failed", Reflect.Call(extensions, "Classify", "Trying", "")!.ToString());
    }

    [Fact]
    public void ToCode_of_a_value_that_is_not_a_member_throws_naming_the_enum()
    {
        var assembly = GeneratorHarness.Run(new TableFile("/p/acme.csv", "Code,Outcome\nbusy,Busy\n")).AssertClean().Load();
        var extensions = Reflect.Type(assembly, "Consumer.AcmeExtensions");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Reflect.Call(extensions, "ToCode", Enum.ToObject(Reflect.Type(assembly, "Consumer.Acme"), 5)));

        Assert.Equal("value", error.ParamName);
        Assert.StartsWith("'5' is not a member of Acme.", error.Message);
    }

    private static Type Extensions(string table, string name)
        => Reflect.Type(GeneratorHarness.Run(new TableFile("/p/acme.csv", table)).AssertClean().Load(), "Consumer." + name + "Extensions");
}
