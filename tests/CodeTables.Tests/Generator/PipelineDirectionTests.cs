using System.IO;
using System.Linq;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// Issue #23: data flows one way, read -> parse -> catalog -> validate -> plan -> write. Reading, parsing and
/// validation (what the table-diagnostics analyzer runs too) never use the writers or the layout planner.
/// </summary>
public class PipelineDirectionTests
{
    private static readonly string Generator = Path.Combine(RepositoryPaths.Root, "generator", "CodeTables.Generator");

    [Theory]
    [InlineData("Parsing")]
    [InlineData("Validation")]
    [InlineData("Model")]
    public void Earlier_stages_do_not_use_the_emitter(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(Generator, folder), "*.cs");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("using CodeTables.Generator.Emit;", text);
            Assert.DoesNotMatch(@"\bEmit\.[A-Z]", text); // nor a writer named in full (Emit.EnumWriter...)
            Assert.DoesNotContain("LayoutPlanner.Plan(", text);
            Assert.DoesNotContain("LayoutPlanner.Layout(", text);
        }
    }
}
