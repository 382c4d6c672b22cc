using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CodeTables.Tests.Harness;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// A consumer project of the packed package, the one way the end-to-end tests write one: a folder of its own under
/// the package's work directory, an SDK project file with the properties and items a test names (and the
/// PackageReference to the packed CodeTables), its tables and sources, and the dotnet commands that build and run it
/// against the package's feed and cache.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackedPackage _package;
    private readonly string _extension;
    private readonly List<(string Name, string Value)> _properties = [];
    private readonly List<string> _items = [];

    private ConsumerProject(PackedPackage package, string name, string extension)
    {
        _package = package;
        _extension = extension;
        Name = name;
        Directory = Path.Combine(package.WorkDirectory, name);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Name { get; }

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    /// <summary>The project file's full path.</summary>
    public string ProjectFile => Path.Combine(Directory, Name + _extension);

    /// <summary>A C# project <paramref name="name"/> (a Visual Basic one with <c>.vbproj</c>) for <paramref name="targetFramework"/>.</summary>
    public static ConsumerProject Create(PackedPackage package, string name, string targetFramework = "net10.0", string extension = ".csproj")
        => new ConsumerProject(package, name, extension).Property("TargetFramework", targetFramework);

    /// <summary>An executable that treats warnings as errors, with nullable and documentation on: what most tests build.</summary>
    public static ConsumerProject StrictExe(PackedPackage package, string name)
        => Create(package, name)
            .Property("OutputType", "Exe")
            .Property("Nullable", "enable")
            .Property("TreatWarningsAsErrors", "true")
            .Property("GenerateDocumentationFile", "true");

    /// <summary>A property of the project's PropertyGroup, in the order given.</summary>
    public ConsumerProject Property(string name, string value)
    {
        _properties.Add((name, value));
        return this;
    }

    /// <summary>Literal codes on purpose (a test of lookups), which the magic-code rules would flag.</summary>
    public ConsumerProject AllowLiteralCodes() => Property("NoWarn", "$(NoWarn);CT2001;CT2002");

    /// <summary>An element of the project's ItemGroup after the PackageReference, e.g. <c>&lt;CodeTable Include="tables/*.csv" /&gt;</c>.</summary>
    public ConsumerProject Item(string element)
    {
        _items.Add(element);
        return this;
    }

    /// <summary>Writes a file of the project (folders created); returns its full path.</summary>
    public string File(string relativePath, string text) => File(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a file of the project as these bytes (a table in another encoding, say); returns its full path.</summary>
    public string File(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The full path of <paramref name="relativePath"/> in the project.</summary>
    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes the project file; call it after the last <see cref="Property"/> or <see cref="Item"/>.</summary>
    public ConsumerProject Write()
    {
        var text = new StringBuilder();
        text.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        text.AppendLine("  <PropertyGroup>");
        foreach (var (name, value) in _properties)
        {
            text.AppendLine($"    <{name}>{value}</{name}>");
        }

        text.AppendLine("  </PropertyGroup>");
        text.AppendLine("  <ItemGroup>");
        text.AppendLine($"    <PackageReference Include=\"CodeTables\" Version=\"{PackedPackage.Version}\" />");
        foreach (var item in _items)
        {
            text.AppendLine("    " + item);
        }

        text.AppendLine("  </ItemGroup>");
        text.AppendLine("</Project>");
        System.IO.File.WriteAllText(ProjectFile, text.ToString());
        return this;
    }

    /// <summary>Runs <c>dotnet <paramref name="arguments"/></c> in the project's folder with the package's feed and cache; fails the test if it fails.</summary>
    public string Succeed(params string[] arguments) => DotNet.Succeed(Directory, _package.Environment, arguments);

    /// <summary>Runs <c>dotnet <paramref name="arguments"/></c> in the project's folder; the caller checks the exit code.</summary>
    public DotNet.Result Run(params string[] arguments) => DotNet.Run(Directory, _package.Environment, arguments);

    /// <summary><c>dotnet build</c> with these arguments (no node reuse: each test run has its own package); fails the test if it fails.</summary>
    public string Build(params string[] arguments) => Succeed(["build", .. arguments, "-nodeReuse:false"]);

    /// <summary>
    /// Runs the program built in <paramref name="configuration"/> with these arguments, in the project's folder, and returns
    /// what it printed; fails the test if it fails. It runs the built assembly with the dotnet host, which is what
    /// 'dotnet run --no-build' ends up doing, without evaluating the project again first (a second of CPU each time).
    /// </summary>
    public string RunProgram(string configuration = "Debug", params string[] arguments)
    {
        var targetFramework = _properties.Single(p => p.Name == "TargetFramework").Value;
        return Succeed([Path.Combine("bin", configuration, targetFramework, Name + ".dll"), .. arguments]);
    }

    /// <summary>The output lines of the program built in <paramref name="configuration"/> (see <see cref="RunProgram"/>), trimmed.</summary>
    public string[] RunLines(string configuration = "Debug", params string[] arguments)
        => RunProgram(configuration, arguments).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
