using System.Collections.Generic;
using System.Linq;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.Storage;

/// <summary>The converters follow the compilation's references and the project's switches; nothing else decides.</summary>
public class StorageDetectionTests
{
    private static readonly TableFile Status = new("/0/CodeTables/status.csv", "Code,Outcome,Description\nbusy,Busy,Busy.\n");

    [Fact]
    public void Without_System_Text_Json_there_is_no_json_converter()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(null, parseOptions);
        compilation = compilation.RemoveReferences(compilation.References.Where(r => r.Display?.EndsWith("System.Text.Json.dll", System.StringComparison.Ordinal) == true));
        var run = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver([Status], null, parseOptions), compilation).AssertClean();

        var source = run.Source("Consumer.Status.g.cs");
        Assert.DoesNotContain("System.Text.Json", source);
        Assert.Contains("public sealed class StatusTypeConverter", source);
        Assert.DoesNotContain("EntityFrameworkCore", source);
        Assert.Equal(["CodeTableRegistry.g.cs", "Consumer.Status.g.cs"], run.Sources.Keys.Order(System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("CodeTablesJson", "JsonConverter", "TypeConverter")]
    [InlineData("CodeTablesTypeConverter", "TypeConverter", "JsonConverter")]
    public void A_switch_set_to_false_turns_its_converter_off(string property, string absent, string present)
    {
        var run = GeneratorHarness.Run([Status], properties: new Dictionary<string, string> { [property] = "False" }).AssertClean();
        var source = run.Source("Consumer.Status.g.cs");
        Assert.DoesNotContain("Status" + absent, source);
        Assert.Contains("public sealed class Status" + present, source);
    }
}
