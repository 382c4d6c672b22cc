namespace CodeTables.Generator.Model;

/// <summary>
/// Which storage converters generated code gets (docs/configuration.md, "Storing codes"): what the compilation
/// references (<see cref="Validation.StorageReferences.Detect"/>), less what the project turns off. Nothing is
/// written for a library the project does not reference, so no dependency is ever added.
/// </summary>
/// <param name="Json">System.Text.Json 6 or later (JsonConverter&lt;T&gt; with ReadAsPropertyName): <c>EJsonConverter</c>.</param>
/// <param name="TypeConverter">System.ComponentModel.TypeConverter: <c>ETypeConverter</c>.</param>
/// <param name="EntityFramework">EF Core 6 or later (ValueConverter&lt;,&gt; and ModelConfigurationBuilder): <c>EValueConverter</c> and the convention.</param>
internal sealed record StorageSupport(bool Json, bool TypeConverter, bool EntityFramework)
{
    public static readonly StorageSupport None = new(false, false, false);

    /// <summary>These, less what <paramref name="switches"/> turns off.</summary>
    public StorageSupport Allowing(StorageSupport switches)
        => new(Json && switches.Json, TypeConverter && switches.TypeConverter, EntityFramework && switches.EntityFramework);
}
