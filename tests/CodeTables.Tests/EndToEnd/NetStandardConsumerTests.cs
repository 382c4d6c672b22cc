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
        var project = Path.Combine(_package.WorkDirectory, "Library73");
        Directory.CreateDirectory(Path.Combine(project, "tables"));
        File.WriteAllText(Path.Combine(project, "Library73.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <RootNamespace>Acme.Library</RootNamespace>
                <NoWarn>$(NoWarn);CT2001;CT2002</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CodeTables" Version="{PackedPackage.Version}" />
                <CodeTable Include="tables/*.csv" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "tables", "release.csv"), "Code,Outcome,Retry,Description\n17,Busy,,User busy\n21,Rejected,no,Call rejected\n613~615,Failed,,ACD\n");
        File.WriteAllText(Path.Combine(project, "tables", "status.csv"), "Code,Outcome,Description\nbusy,Busy,Busy.\nno-answer,NoAnswer,Nobody answered.\n");
        File.WriteAllText(Path.Combine(project, "tables", "legs.csv"), "# key: Leg, Cause\nLeg,Cause,Outcome\nagent,BUSY,Busy\nagent,,Failed\n");
        File.WriteAllText(Path.Combine(project, "Use.cs"), """
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
        PackedPackage.AddMachineFeed(project);

        var output = DotNet.Succeed(project, _package.Environment, "build", "-c", "Release", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:n");

        Assert.Contains("Build succeeded", output);
        Assert.Contains("langversion:7.3", output);
        Assert.True(File.Exists(Path.Combine(project, "bin", "Release", "netstandard2.0", "Library73.dll")));
    }
}
