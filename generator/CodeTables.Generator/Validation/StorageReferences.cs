using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeTables.Generator.Validation;

/// <summary>What the storage converters need from the compilation and the project (Emit/StorageWriter.cs).</summary>
internal static class StorageReferences
{
    /// <summary>
    /// The compilation facts: which of System.Text.Json, System.ComponentModel and EF Core generated code can use.
    /// Looked up by metadata name only, so a project that does not reference a library gets nothing that needs it.
    /// </summary>
    public static StorageSupport Detect(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        // ReadAsPropertyName (dictionary keys) came with System.Text.Json 6; older versions get no converter at all.
        var json = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonConverter`1") is { } converter
            && converter.GetMembers("ReadAsPropertyName").Length > 0
            && compilation.GetTypeByMetadataName("System.Text.Json.JsonEncodedText") is not null;
        var typeConverter = compilation.GetTypeByMetadataName("System.ComponentModel.TypeConverter") is not null;

        // ModelConfigurationBuilder (ConfigureConventions) came with EF Core 6.
        var entityFramework = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter`2") is not null
            && compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.ModelConfigurationBuilder") is not null;
        return new StorageSupport(json, typeConverter, entityFramework);
    }

    /// <summary>The project's switches: <c>CodeTablesJson</c>, <c>CodeTablesTypeConverter</c>, <c>CodeTablesEntityFramework</c> (<c>false</c> turns one off).</summary>
    public static StorageSupport ReadSwitches(AnalyzerConfigOptionsProvider options, System.Threading.CancellationToken cancellationToken)
        => new(
            !IsFalse(options.GlobalOptions, GeneratedNames.JsonProperty),
            !IsFalse(options.GlobalOptions, GeneratedNames.TypeConverterProperty),
            !IsFalse(options.GlobalOptions, GeneratedNames.EntityFrameworkProperty));

    private static bool IsFalse(AnalyzerConfigOptions options, string property)
        => string.Equals(ProjectProperties.Get(options, property), "false", System.StringComparison.OrdinalIgnoreCase);
}
