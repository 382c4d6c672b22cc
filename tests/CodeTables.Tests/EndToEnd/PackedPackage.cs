using System;
using System.Collections.Generic;
using System.IO;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// Packs the CodeTables package once for every end-to-end test class (they share it through <see cref="PackageCollection"/>),
/// into a folder of its own with its own feed and NuGet package cache.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public const string Version = "0.1.0-e2e";

    public PackedPackage()
    {
        WorkDirectory = Directory.CreateTempSubdirectory("codetables-e2e-").FullName;
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(WorkDirectory, "packages") };
        DotNet.Succeed(
            RepositoryPaths.Root,
            null,
            "pack", Path.Combine(RepositoryPaths.Root, "runtime", "CodeTables", "CodeTables.csproj"),
            "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version, "-nodeReuse:false");
        PackagePath = Path.Combine(FeedDirectory, $"CodeTables.{Version}.nupkg");
        File.WriteAllText(Path.Combine(WorkDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
    }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    public string PackagePath { get; }

    public string SymbolPackagePath => Path.ChangeExtension(PackagePath, ".snupkg");

    public IReadOnlyDictionary<string, string> Environment { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
    }
}

/// <summary>The end-to-end test classes: one packed package, and their consumer builds run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed package";
}
