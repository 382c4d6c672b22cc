using System;
using CodeTables.Shared;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeTables.Generator.Parsing;

/// <summary>The MSBuild properties the generator reads (made visible by build/CodeTables.props).</summary>
internal static class ProjectProperties
{
    /// <summary>A property's value, trimmed; null when it is not set or blank.</summary>
    public static string? Get(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Where generated types go unless a table says otherwise: CodeTablesNamespace, else RootNamespace.</summary>
    public static string DefaultNamespace(AnalyzerConfigOptions options)
        => Get(options, "CodeTablesNamespace") ?? Get(options, "RootNamespace") ?? string.Empty;

    /// <summary>The registry's settings: the default namespace, and whether <c>CodeTablesRegistry</c> is not <c>false</c>.</summary>
    public static (string Namespace, bool Enabled) Registry(AnalyzerConfigOptions options)
        => (DefaultNamespace(options), !string.Equals(Get(options, GeneratedNames.RegistryProperty), "false", StringComparison.OrdinalIgnoreCase));
}
