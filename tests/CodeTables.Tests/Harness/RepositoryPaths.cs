using System;
using System.IO;

namespace CodeTables.Tests.Harness;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Tables => Path.Combine(Root, "tables");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CodeGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CodeGen.sln not found above " + AppContext.BaseDirectory);
    }
}
