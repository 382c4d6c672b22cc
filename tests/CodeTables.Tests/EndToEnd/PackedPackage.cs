using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// The CodeTables package, packed once per test run for every end-to-end test class, into a folder of its own with its
/// own feed and NuGet package cache that every consumer restores from (one extraction of the package for all of them).
/// The collections below share it and run in parallel with each other; a collection's own consumer builds run one
/// after another. When the last collection that holds it is done, its folder is deleted and the builds' compiler
/// server stopped (a collection that starts after that packs again).
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public const string Version = "0.1.0-e2e";

    private static readonly object Gate = new();
    private static string? _sharedWorkDirectory;
    private static int _fixtures;
    private bool _disposed;

    /// <summary>The fixture xunit creates for each collection: the one shared package.</summary>
    public PackedPackage()
        : this(Acquire())
    {
    }

    private PackedPackage(string workDirectory)
    {
        WorkDirectory = workDirectory;
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        PackagePath = Path.Combine(FeedDirectory, $"CodeTables.{Version}.nupkg");
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(WorkDirectory, "packages") };
    }

    private static string Acquire()
    {
        lock (Gate)
        {
            _sharedWorkDirectory ??= Pack().WorkDirectory;
            _fixtures++;
            return _sharedWorkDirectory;
        }
    }

    /// <summary>Xunit disposes a collection's fixture when the collection is done: the last one cleans up.</summary>
    public void Dispose()
    {
        lock (Gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (--_fixtures == 0)
            {
                DotNet.StopCompilerServer();
                Delete(WorkDirectory);
                _sharedWorkDirectory = null;
            }
        }
    }

    private static PackedPackage Pack()
    {
        var package = new PackedPackage(Directory.CreateTempSubdirectory("codetables-e2e-").FullName);

        // The outputs of the configuration the tests were built in: the test project references the package project (every
        // target framework), the generator, the analyzers and the fixes, so they are built before any test runs. Packing
        // them without building is not a second (Release) build, and writes nothing another build node could be writing.
        var configuration = typeof(PackedPackage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        DotNet.Succeed(
            RepositoryPaths.Root,
            null,
            "pack", Path.Combine(RepositoryPaths.Root, "runtime", "CodeTables", "CodeTables.csproj"), "--no-build",
            "-c", configuration, "-o", package.FeedDirectory, "-p:PackageVersion=" + Version, "-nodeReuse:false");
        File.WriteAllText(Path.Combine(package.WorkDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        return package;
    }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    public string PackagePath { get; }

    public string SymbolPackagePath => Path.ChangeExtension(PackagePath, ".snupkg");

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>
    /// A nuget.config in <paramref name="project"/> that makes the machine's package folder, which this repository's own
    /// restore filled (NETStandard.Library, EF Core, ...), a fallback folder: its packages are used where they are, not
    /// extracted again into the run's package cache (EF Core with SQLite's native libraries is tens of megabytes).
    /// </summary>
    public static void AddMachineFeed(string project)
    {
        var machinePackages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <fallbackPackageFolders>
                <add key="machine" value="{machinePackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    private static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
    }
}

/// <summary>Package contents and consumer builds of the generated API, the analyzers and the fixes.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed package";
}

/// <summary>
/// The folder convention, configuration files, SARIF and storing codes: other consumers of the same package, built beside
/// the first collection's (the two collections take about the same time, so that neither waits for the other).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConventionsCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed package: conventions";
}
