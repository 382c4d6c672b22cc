namespace CodeTables.Generator.Model;

/// <summary>What the registry needs: where it goes, whether it is written, and each table's enum (full name, in order).</summary>
/// <param name="Wanted">Turned on, with tables, in a valid namespace (Emit/ProjectSourcePlanner.cs decides it).</param>
/// <param name="Nullable">Whether the project's C# version has nullable annotations (C# 8), as the tables' models say.</param>
internal sealed record RegistryModel(string Namespace, bool Wanted, EquatableArray<string> Tables, bool Nullable);

/// <summary>What the EF Core convention needs: where it goes, whether it is written and each table's enum (full name, in order).</summary>
/// <param name="Wanted">EF Core referenced, with tables that store codes, in a valid namespace (Emit/ProjectSourcePlanner.cs).</param>
internal sealed record ModelConfigurationModel(string Namespace, bool Wanted, EquatableArray<string> Tables);
