using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CodeTables.Generator.Diagnostics;
using CodeTables.Shared;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.Diagnostics;

/// <summary>
/// Every table diagnostic is documented where its help link points, listed in the diagnostics index with its
/// severity and category, and tracked in the analyzer release files; CT0025, which MSBuild reports, says what its
/// descriptor says.
/// </summary>
public class DiagnosticDocsTests
{
    private static readonly string DocsFolder = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics");

    /// <summary>The generator's table diagnostics and the analyzers' rules.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[] { typeof(Descriptors), typeof(CodeTables.Analyzers.Diagnostics.Rules) }
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> Ids => new(All.Select(d => d.Id));

    private static DiagnosticDescriptor Descriptor(string id) => All.Single(d => d.Id == id);

    [Fact]
    public void Ids_are_unique_and_numbered_without_gaps_within_each_block()
    {
        Assert.Equal(All.Count, All.Select(d => d.Id).Distinct().Count());

        // Features take IDs in blocks of ten (CT0040-CT0049 for table references): each block is numbered from its
        // start without gaps (a series' first block from 1, as CT0001 and CT1001).
        foreach (var block in All.GroupBy(d => d.Id.Substring(0, 5)))
        {
            var first = int.Parse(block.First().Id.Substring(2), System.Globalization.CultureInfo.InvariantCulture);
            var start = first - (first % 10);
            start += start % 1000 == 0 ? 1 : 0;
            Assert.Equal(Enumerable.Range(start, block.Count()).Select(i => $"CT{i:D4}"), block.Select(d => d.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_to_the_page_of_the_id_in_this_repository(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal($"https://github.com/CodeTables/CodeTables/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);

        var page = Path.Combine(DocsFolder, id + ".md");
        Assert.True(File.Exists(page), $"{page} does not exist");
        var lines = File.ReadAllLines(page);
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        Assert.Contains(lines, l => l.Contains("Severity", StringComparison.Ordinal) && l.Contains(descriptor.DefaultSeverity.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Index_lists_every_id_with_title_severity_and_category()
    {
        var rows = Rows(File.ReadAllText(Path.Combine(DocsFolder, "README.md")), @"^\| \[(CT\d{4})\]\(\1\.md\) \| (?<title>[^|]+) \| (?<severity>\w+) \| (?<category>[\w.]+) \|");

        Assert.Equal(All.Select(d => d.Id), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var descriptor in All)
        {
            Assert.Equal((descriptor.Title.ToString(), descriptor.DefaultSeverity.ToString(), descriptor.Category), rows[descriptor.Id]);
        }
    }

    [Fact]
    public void Analyzer_release_files_track_every_id_with_severity_and_category()
    {
        var folders = new[]
        {
            Path.Combine(RepositoryPaths.Root, "generator", "CodeTables.Generator", "Diagnostics"),
            Path.Combine(RepositoryPaths.Root, "generator", "CodeTables.Analyzers"),
        };
        var text = string.Join("\n", folders.SelectMany(f => new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }.Select(n => File.ReadAllText(Path.Combine(f, n)))));
        var rows = Rows(text, @"^(CT\d{4}) \| (?<category>[\w.]+) \| (?<severity>\w+) \| (?<title>.+?)\s*$");

        Assert.Equal(All.Select(d => d.Id), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var descriptor in All)
        {
            Assert.Equal((descriptor.Title.ToString(), descriptor.DefaultSeverity.ToString(), descriptor.Category), rows[descriptor.Id]);
        }
    }

    [Fact]
    public void Package_repository_is_where_the_help_links_point()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "runtime", "CodeTables", "CodeTables.csproj"));
        var repository = project.Descendants("RepositoryUrl").Single().Value;

        Assert.Equal(GeneratedNames.HelpLinkBase, repository + "/blob/main/docs/diagnostics/");
        Assert.All(All, descriptor => Assert.Equal(GeneratedNames.HelpLink(descriptor.Id), descriptor.HelpLinkUri));
        Assert.Equal(repository, project.Descendants("PackageProjectUrl").Single().Value);
    }

    [Fact]
    public void CT0025_from_msbuild_has_the_descriptors_code_message_and_help_link()
    {
        var descriptor = Descriptors.TableFileNotFound;
        var targets = XDocument.Load(Path.Combine(RepositoryPaths.Root, "generator", "CodeTables.Generator", "build", "CodeTables.targets"));
        var target = targets.Descendants("Target").Single(t => (string?)t.Attribute("Name") == "CodeTablesCheckFilesExist");
        var error = target.Descendants("Error").Single();
        var helpLink = target.Descendants("_CodeTablesMissingFileHelpLink").Single().Value;

        Assert.Equal("CT0025", descriptor.Id);
        Assert.Equal("CT0025", (string?)error.Attribute("Code"));
        Assert.Equal(descriptor.HelpLinkUri, helpLink);
        Assert.Equal("$(_CodeTablesMissingFileHelpLink)", (string?)error.Attribute("HelpLink"));
        var expected = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            descriptor.MessageFormat.ToString(),
            "$(MSBuildProjectName)",
            "@(_CodeTablesMissingFile->'%(Identity) (%(FullPath))', ', ')") + " ($(_CodeTablesMissingFileHelpLink))";
        Assert.Equal(expected, (string?)error.Attribute("Text"));
    }

    [Fact]
    public void CT0031_from_msbuild_has_the_descriptors_code_message_and_help_link()
    {
        var descriptor = Descriptors.NotCSharp;
        var targets = XDocument.Load(Path.Combine(RepositoryPaths.Root, "generator", "CodeTables.Generator", "build", "CodeTables.targets"));
        var target = targets.Descendants("Target").Single(t => (string?)t.Attribute("Name") == "CodeTablesWarnNotCSharp");
        var warning = target.Descendants("Warning").Single();
        var helpLink = target.Descendants("_CodeTablesNotCSharpHelpLink").Single().Value;

        Assert.Equal("CT0031", descriptor.Id);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.Equal("CT0031", (string?)warning.Attribute("Code"));
        Assert.Equal(descriptor.HelpLinkUri, helpLink);
        Assert.Equal("'$(Language)' != 'C#' and '@(CodeTable)' != ''", (string?)target.Attribute("Condition"));
        var expected = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            descriptor.MessageFormat.ToString(),
            "$(MSBuildProjectName)",
            "$(Language)") + " ($(_CodeTablesNotCSharpHelpLink))";
        Assert.Equal(expected, (string?)warning.Attribute("Text"));
    }

    /// <summary>(title, severity, category) by id, from the lines of <paramref name="text"/> that match <paramref name="pattern"/>.</summary>
    private static Dictionary<string, (string Title, string Severity, string Category)> Rows(string text, string pattern)
    {
        var rows = new Dictionary<string, (string, string, string)>();
        foreach (var line in text.Split('\n'))
        {
            var match = Regex.Match(line.TrimEnd('\r'), pattern);
            if (match.Success)
            {
                rows.Add(match.Groups[1].Value, (match.Groups["title"].Value.Trim(), match.Groups["severity"].Value, match.Groups["category"].Value));
            }
        }

        return rows;
    }
}
