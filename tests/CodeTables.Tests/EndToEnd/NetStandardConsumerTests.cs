using System.IO;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// A netstandard2.0 library at its default language version (C# 7.3), with no LangVersion and nullable off, builds
/// with integer, string and composite tables from the packed package, warnings as errors and docs checked.
/// </summary>
[Collection(PackageCollection.Name)]
public class NetStandardConsumerTests
{
    private readonly PackedPackage _package;

    public NetStandardConsumerTests(PackedPackage package) => _package = package;

    [Fact]
    public void A_netstandard20_library_at_its_default_CSharp_7_3_builds_with_tables()
    {
        var project = ConsumerProject.Create(_package, "Library73", "netstandard2.0")
            .Property("TreatWarningsAsErrors", "true")
            .Property("GenerateDocumentationFile", "true")
            .Property("RootNamespace", "Acme.Library")
            .AllowLiteralCodes()
            .Item("<CodeTable Include=\"tables/*.csv\" />")
            .Write();
        project.File("tables/release.csv", "Code,Outcome,Retry,Description\n17,Busy,,User busy\n21,Rejected,no,Call rejected\n613~615,Failed,,ACD\n");
        project.File("tables/status.csv", "Code,Outcome,Description\nbusy,Busy,Busy.\nno-answer,NoAnswer,Nobody answered.\n");
        project.File("tables/legs.csv", "# key: Leg, Cause\nLeg,Cause,Outcome\nagent,BUSY,Busy\nagent,,Failed\n");
        project.File("Use.cs", """
            namespace Acme.Library
            {
                /// <summary>Uses every kind of table at C# 7.3.</summary>
                public static class Use
                {
                    /// <summary>Classifies one code of each table.</summary>
                    /// <returns>The outcomes.</returns>
                    public static string Run()
                    {
                        return ReleaseExtensions.Classify(17) + ":" + StatusExtensions.Classify("no-answer") + ":" + LegsExtensions.Classify("agent", "") + ":" + Release.Code21.IsRetryable();
                    }
                }
            }
            """);

        // netstandard2.0 needs NETStandard.Library, which this repository's own restore put in the machine's package folder.
        PackedPackage.AddMachineFeed(project.Directory);

        var output = project.Build("-c", "Release", "-v:n");

        Assert.Contains("Build succeeded", output);
        Assert.Contains("langversion:7.3", output);
        Assert.True(File.Exists(project.PathOf("bin/Release/netstandard2.0/Library73.dll")));
    }
}
