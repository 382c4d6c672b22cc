using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeTables.Generator.Validation;

/// <summary>What the storage converters need from the compilation and the project (Emit/StorageWriter.cs).</summary>
internal static class StorageReferences
{
    /// <summary>The types <see cref="Detect"/> looks up, by metadata name.</summary>
    public static readonly string[] TypeNames =
    {
        "System.Text.Json.Serialization.JsonConverter`1",
        "System.Text.Json.JsonEncodedText",
        "System.ComponentModel.TypeConverter",
        "Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter`2",
        "Microsoft.EntityFrameworkCore.ModelConfigurationBuilder",
    };

    /// <summary>
    /// The compilation facts: which of System.Text.Json, System.ComponentModel and EF Core generated code can use.
    /// Looked up by metadata name only, so a project that does not reference a library gets nothing that needs it.
    /// </summary>
    public static StorageSupport Detect(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        // ReadAsPropertyName (dictionary keys) came with System.Text.Json 6; older versions get no converter at all.
        var json = compilation.GetTypeByMetadataName(TypeNames[0]) is { } converter
            && converter.GetMembers("ReadAsPropertyName").Length > 0
            && compilation.GetTypeByMetadataName(TypeNames[1]) is not null;
        var typeConverter = compilation.GetTypeByMetadataName(TypeNames[2]) is not null;

        // ModelConfigurationBuilder (ConfigureConventions) came with EF Core 6.
        var entityFramework = compilation.GetTypeByMetadataName(TypeNames[3]) is not null
            && compilation.GetTypeByMetadataName(TypeNames[4]) is not null;
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
