using System;
using System.Collections.Immutable;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;

namespace CodeTables.Generator.Emit;

/// <summary>
/// Plans the sources written once per project, over every emitted table: the registry and the EF Core convention. The
/// tables are sorted by full name, so the output does not depend on file order; what is written is decided here, the
/// emitters only write it.
/// </summary>
internal static class ProjectSourcePlanner
{
    public static RegistryModel Registry(ImmutableArray<EmitModel> models, (string Namespace, bool Enabled) options)
    {
        var tables = TableNames(models, _ => true);
        return new RegistryModel(options.Namespace, IsWanted(options.Enabled, tables, options.Namespace), tables, models.Length > 0 && models[0].Language.Nullable);
    }

    public static ModelConfigurationModel ModelConfiguration(ImmutableArray<EmitModel> models, StorageSupport storage, string ns)
    {
        var tables = TableNames(models, m => m.Storage?.EntityFramework == true);
        return new ModelConfigurationModel(ns, IsWanted(storage.EntityFramework, tables, ns), tables);
    }

    private static EquatableArray<string> TableNames(ImmutableArray<EmitModel> models, Func<EmitModel, bool> included)
        => models.Where(included).Select(m => m.Table.FullTypeName).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>
    /// A project-wide source is written when it is turned on and there are tables. An invalid namespace has already
    /// stopped every table (CT0015 on each), so it leaves no table here; checked again so that nothing invalid is written.
    /// </summary>
    private static bool IsWanted(bool enabled, EquatableArray<string> tables, string ns)
        => enabled && tables.Count > 0 && (ns.Length == 0 || ns.Split('.').All(p => Identifiers.WhyInvalid(p) is null));
}
