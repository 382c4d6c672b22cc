using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using CodeTables.Shared;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// The package as a user meets it, through real 'dotnet build's of throwaway consumers: the CodeTables/ folder
/// convention, explicit items beside it, a missing table file, severities from configuration files, the SARIF log,
/// and the package's own metadata.
/// </summary>
[Collection(ConventionsCollection.Name)]
public class ConventionsTests
{
    private const string HelpLinkBase = GeneratedNames.HelpLinkBase;
    private static readonly string[] QuietBuild = ["-nodeReuse:false"];

    private readonly PackedPackage _package;

    public ConventionsTests(PackedPackage package) => _package = package;

    [Fact]
    public void Package_has_its_readme_repository_license_and_a_symbol_package()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        XNamespace ns = "http://schemas.microsoft.com/packaging/2012/06/nuspec.xsd";
        XElement metadata;
        using (var nuspec = zip.GetEntry("CodeTables.nuspec")!.Open())
        {
            metadata = XDocument.Load(nuspec).Root!.Element(ns + "metadata")!;
        }

        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Contains("README.md", entries);
        var license = metadata.Element(ns + "license")!;
        Assert.Equal(("expression", "MIT"), (license.Attribute("type")?.Value, license.Value));
        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal("https://github.com/CodeTables/CodeTables", repository.Attribute("url")?.Value);
        Assert.Equal("https://github.com/CodeTables/CodeTables", metadata.Element(ns + "projectUrl")?.Value);
        Assert.Contains("code tables", metadata.Element(ns + "description")?.Value);
        Assert.Contains("source-generator", metadata.Element(ns + "tags")?.Value.Split(' ') ?? []);

        // The package README: the three-step quick start, the configuration and troubleshooting, and only absolute links
        // (relative ones do not resolve on nuget.org).
        string readme;
        using (var reader = new StreamReader(zip.GetEntry("README.md")!.Open()))
        {
            readme = reader.ReadToEnd();
        }

        Assert.Contains("## Add it to an existing project in three steps", readme);
        Assert.Contains("`CodeTables`", readme);
        Assert.Contains("EnableDefaultCodeTables", readme);
        Assert.Contains("## Troubleshooting", readme);
        Assert.Contains("CS8785", readme);
        Assert.DoesNotMatch(@"\]\((?!https://)", readme);

        Assert.True(File.Exists(_package.SymbolPackagePath), "no .snupkg beside the package");
        using var symbols = ZipFile.OpenRead(_package.SymbolPackagePath);
        var symbolEntries = symbols.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net8.0/CodeTables.pdb", symbolEntries);
        Assert.Contains("lib/netstandard2.0/CodeTables.pdb", symbolEntries);
    }

    [Fact]
    public void Csv_files_in_the_CodeTables_folder_are_tables_with_only_the_package_reference()
    {
        // What 'dotnet new console' writes, plus the PackageReference: nothing else.
        var project = ConsumerProject.Create(_package, "Fresh")
            .Property("OutputType", "Exe")
            .Property("ImplicitUsings", "enable")
            .Property("Nullable", "enable")
            .Write();
        var pbx = project.File("CodeTables/pbx-cause.csv", "# vendor: Acme PBX\nCode,Name,Outcome,Description\n17,UserBusy,Busy,User busy\n19,NoAnswer,NoAnswer,No answer\n");
        var dial = project.File("CodeTables/vendors/dial-status.csv", "Code,Outcome\nNOANSWER,NoAnswer\nCHANUNAVAIL,Unreachable\n");
        project.File("Program.cs", """
            // Literal codes on purpose (this checks lookups), which the magic-code rules would flag.
            #pragma warning disable CT2001, CT2002
            using Fresh;
            Console.WriteLine($"pbx:{PbxCauseExtensions.Classify(17)}:{PbxCauseExtensions.Classify(486)}:{PbxCauseExtensions.GetValues().Count}");
            Console.WriteLine($"dial:{DialStatusExtensions.Classify("CHANUNAVAIL")}:{DialStatus.Noanswer.ToOutcome()}");
            """);

        var build = project.Build();
        Assert.DoesNotContain(": warning ", build);
        var lines = project.RunLines();
        Assert.Contains("pbx:Busy:Unknown:2", lines);
        Assert.Contains("dial:Unreachable:NoAnswer", lines);

        // Editing a table and building again regenerates: the table is an input of the compile.
        File.AppendAllText(pbx, "486,BusyHere,Busy,Busy here\n");
        project.Build();
        Assert.Contains("pbx:Busy:Busy:3", project.RunLines());

        // What the IDE sees: each CSV is one CodeTable item (not also a None item), fed to the compiler as a hidden
        // AdditionalFiles item.
        var items = GetItems(project);
        Assert.Equal(new[] { pbx, dial }, Paths(items, "CodeTable"));
        Assert.Equal(new[] { pbx, dial }, Paths(items, "AdditionalFiles"));
        Assert.All(items["AdditionalFiles"], item => Assert.Equal("false", Metadata(item, "Visible")));
        Assert.DoesNotContain(pbx, Paths(items, "None"));
        Assert.DoesNotContain(dial, Paths(items, "None"));

        // Opting out: the CSVs are plain files again.
        var optedOut = GetItems(project, "-p:EnableDefaultCodeTables=false");
        Assert.Empty(Paths(optedOut, "CodeTable"));
        Assert.Empty(Paths(optedOut, "AdditionalFiles"));
        Assert.Contains(pbx, Paths(optedOut, "None"));
    }

    [Fact]
    public void Explicit_items_beside_the_convention_set_metadata_without_listing_a_file_twice()
    {
        var project = ConsumerProject.Create(_package, "Explicit")
            .Property("OutputType", "Exe")
            .Property("Nullable", "enable")
            .Property("TreatWarningsAsErrors", "true")
            .Property("RootNamespace", "Acme")
            .Property("CodeTablesNamespace", "Acme.Tables")
            .Item("<!-- a file the convention already includes, listed again with metadata (and another spelling of the path) -->")
            .Item("<CodeTable Include=\"CodeTables\\pbx-cause.csv\" Enum=\"PbxReleaseCause\" Vendor=\"Acme PBX\" />")
            .Item("<CodeTable Update=\"CodeTables/dial-status.csv\" Namespace=\"Acme.Dial\" />")
            .Item("<CodeTable Remove=\"CodeTables/draft.csv\" />")
            .Item("<CodeTable Include=\"shared/*.csv\" />")
            .Write();
        project.File("CodeTables/pbx-cause.csv", "Code,Outcome\n17,Busy\n");
        project.File("CodeTables/dial-status.csv", "Code,Outcome\nNOANSWER,NoAnswer\n");
        project.File("CodeTables/draft.csv", "this is \"not, a table\n"); // CT0001 and CT0003 if it were one
        project.File("shared/trunk.csv", "Code,Outcome\n1,Congestion\n");
        project.File("Program.cs", """
            // Literal codes on purpose (this checks lookups), which the magic-code rules would flag.
            #pragma warning disable CT2001, CT2002
            using System;
            using System.Reflection;
            using CodeTables;
            using Acme.Tables;

            Console.WriteLine($"pbx:{PbxReleaseCauseExtensions.Classify(17)}:{typeof(PbxReleaseCause).GetCustomAttribute<CodeTableAttribute>()!.Vendor}");
            Console.WriteLine($"dial:{Acme.Dial.DialStatusExtensions.Classify("NOANSWER")}");
            Console.WriteLine($"trunk:{TrunkExtensions.Classify(1)}");
            """);

        var build = project.Run(["build", .. QuietBuild]);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("CT0024", build.Output);
        var lines = project.RunLines();
        Assert.Contains("pbx:Busy:Acme PBX", lines);
        Assert.Contains("dial:NoAnswer", lines);
        Assert.Contains("trunk:Congestion", lines);

        // One item per file, the explicit one with its metadata (the compiler would take two items of one path as one file
        // whose metadata is whichever item came last).
        var tables = GetItems(project)["CodeTable"];
        Assert.Equal(
            new[] { "dial-status.csv:", "pbx-cause.csv:PbxReleaseCause", "trunk.csv:" },
            tables.Select(t => Path.GetFileName(Metadata(t, "FullPath")) + ":" + Metadata(t, "Enum")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_CodeTable_file_that_does_not_exist_stops_the_build_naming_it_and_the_project()
    {
        var project = ConsumerProject.Create(_package, "Missing")
            .Item("<CodeTable Include=\"tables/renamed.csv\" />")
            .Write();
        project.File("CodeTables/ok.csv", "Code,Outcome\n1,Busy\n");
        project.File("Use.cs", "namespace Missing; public static class Use { public static CodeTables.CallOutcome M() => OkExtensions.Classify(1); }");

        var result = project.Run(["build", .. QuietBuild]);

        Assert.NotEqual(0, result.ExitCode);
        var missing = project.PathOf("tables/renamed.csv");
        Assert.Contains(
            $"{project.ProjectFile} : error CT0025: Project 'Missing' lists a CodeTable file that does not exist: tables/renamed.csv ({missing}).",
            result.Output);
        Assert.Contains($"({HelpLinkBase}CT0025.md)", result.Output);
        Assert.DoesNotContain("error CS", result.Output); // stopped before the compiler: no CS2001 for the missing file
        Assert.DoesNotContain("CT0019", result.Output);
    }

    [Fact]
    public void Table_severities_follow_a_globalconfig_by_id_but_not_categories_or_editorconfig_sections()
    {
        var project = ConsumerProject.Create(_package, "Severity").Write();
        project.File("CodeTables/directive.csv", "# enmu: Foo\nCode,Outcome\n1,Busy\n");    // CT0012
        project.File("CodeTables/comment.csv", "# just a note\nCode,Outcome\n1,Busy\n");  // CT0023
        project.File("CodeTables/empty.csv", "Code,Outcome\n");                          // CT0005
        project.File("Use.cs", "namespace Severity; public static class Use { public static CodeTables.CallOutcome M() => DirectiveExtensions.Classify(1); }");

        // This failing build also shows a type of the project named like a generated one (comment.csv generates
        // CommentCodes): CT0070 at the table, and no CS0101 (checked with every CS error below).
        project.File("Codes.cs", "namespace Severity;\n\ninternal enum CommentCodes { A }\n");
        project.File(".editorconfig", """
            root = true

            [*.csv]
            dotnet_diagnostic.CT0005.severity = none

            [*.cs]
            dotnet_diagnostic.CT0005.severity = none

            [*]
            dotnet_diagnostic.CT0005.severity = none
            """);
        project.File(".globalconfig", """
            is_global = true
            dotnet_analyzer_diagnostic.category-CodeTables.Table.severity = error
            dotnet_diagnostic.CT0012.severity = error
            dotnet_diagnostic.CT0023.severity = none
            """);

        var result = project.Run(["build", .. QuietBuild]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("CodeTables/directive.csv(1,1): error CT0012:", result.Output);     // raised by .globalconfig
        Assert.DoesNotContain("CT0023", result.Output);                                      // turned off by .globalconfig, over the category
        // Neither the category (it would make CT0005 an error) nor a section of .editorconfig (it would remove CT0005)
        // applies to a diagnostic in a CSV file, though an analyzer reports it.
        Assert.Contains("CodeTables/empty.csv(1,1): warning CT0005:", result.Output);
        Assert.Contains("CodeTables/comment.csv(2,1): error CT0070: Table 'comment.csv' generates the type 'Severity.CommentCodes', but the project declares the enum 'Severity.CommentCodes' (Codes.cs, line 3)", result.Output);
        Assert.DoesNotContain("error CS", result.Output);
    }

    [Fact]
    public void Sarif_log_points_into_the_csv_and_links_each_rule_to_its_page()
    {
        var project = ConsumerProject.Create(_package, "Sarif").Write();
        var retry = project.File("CodeTables/retry.csv", "Code,Outcome,Retry\n1,Busy,maybe\n");       // CT0011 at (2,8)
        var directive = project.File("CodeTables/directive.csv", "# enmu: Foo\nCode,Outcome\n1,Busy\n"); // CT0012 at (1,1)
        var log = project.PathOf("build.sarif");

        // %2C: on the command line MSBuild would split "log,version=2.1" at the comma.
        var result = project.Run(["build", $"-p:ErrorLog={log}%2Cversion=2.1", .. QuietBuild]);

        Assert.NotEqual(0, result.ExitCode);
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());

        AssertResult(run, "CT0011", "error", retry, 2, 8);
        AssertResult(run, "CT0012", "warning", directive, 1, 1);

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(rule => rule.GetProperty("id").GetString()!.StartsWith("CT", StringComparison.Ordinal))
            .ToDictionary(rule => rule.GetProperty("id").GetString()!, rule => rule.GetProperty("helpUri").GetString());
        Assert.Contains("CT0011", rules.Keys);
        Assert.Contains("CT0012", rules.Keys);
        Assert.All(rules, rule => Assert.Equal(HelpLinkBase + rule.Key + ".md", rule.Value));
    }

    /// <summary>
    /// #24's mistakes as a new user makes them, in a consumer of the packed package: a ',' row added to a ';' table
    /// (CT0032, the row dropped) and a misspelt header cell (CT0034), each at its cell in the build output; a row with
    /// two bad cells reports both. Nothing reaches the C# code as a puzzling CS error.
    /// </summary>
    [Fact]
    public void An_analysts_mistakes_reach_the_build_at_their_cells()
    {
        var project = ConsumerProject.Create(_package, "Mistakes").Write();
        project.File("CodeTables/agent-result.csv", "Code;Outcome;Description\nANSWERED;Answered;Answered\nBARGED,Answered,Supervisor barged in\n");
        project.File("CodeTables/dial-result.csv", "Code,Outcome,Retry,Desciption\nBUSY,Busy,no,x\nRING,No Answer,Y,y\n");

        var result = project.Run(["build", .. QuietBuild]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("CodeTables/agent-result.csv(3,1): error CT0032: Table 'agent-result.csv': line 3 does not fit the header split at the table's delimiter ';' (semicolon)", result.Output);
        Assert.Contains("CodeTables/dial-result.csv(1,20): warning CT0034: Table 'dial-result.csv': the header has no Description column", result.Output);
        Assert.Contains("CodeTables/dial-result.csv(3,6): error CT0010: Table 'dial-result.csv': outcome 'No Answer' on line 3", result.Output);
        Assert.Contains("CodeTables/dial-result.csv(3,16): error CT0011: Table 'dial-result.csv': Retry 'Y' on line 3", result.Output);
        Assert.DoesNotContain("error CS", result.Output);
    }

    private static void AssertResult(JsonElement run, string id, string level, string file, int line, int column)
    {
        var result = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == id);
        Assert.Equal(level, result.GetProperty("level").GetString());
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.EndsWith("/CodeTables/" + Path.GetFileName(file), uri);
        Assert.Equal(file, new Uri(uri).LocalPath);
        var region = location.GetProperty("region");
        Assert.Equal((line, column), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
    }

    /// <summary>The project's evaluated CodeTable, None and AdditionalFiles items, as MSBuild's JSON output gives them.</summary>
    private static Dictionary<string, JsonElement[]> GetItems(ConsumerProject project, params string[] properties)
    {
        var output = project.Succeed(["msbuild", "-getItem:CodeTable", "-getItem:None", "-getItem:AdditionalFiles", "-nodeReuse:false", .. properties]);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("Items").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(item => item.Clone()).ToArray());
    }

    /// <summary>Full paths of the items of a type, sorted (ordinal).</summary>
    private static string[] Paths(Dictionary<string, JsonElement[]> items, string type)
        => items.TryGetValue(type, out var list)
            ? list.Select(item => Metadata(item, "FullPath")).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>An item's metadata value; empty when the item does not have it.</summary>
    private static string Metadata(JsonElement item, string name)
        => item.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
}
