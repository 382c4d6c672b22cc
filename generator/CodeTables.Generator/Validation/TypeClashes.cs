using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;
using CodeTables.Shared;

namespace CodeTables.Generator.Validation;

/// <summary>
/// The types a table generates beside its enum, and the project's own types that have one of their full names
/// (CT0070): C# would report CS0101 on the generated code, far from the CSV. <see cref="CompilationFactsReader"/> finds
/// the project's types by the names <see cref="Names"/> lists (<see cref="UserType"/>, declarations of this generator
/// left out), and <see cref="Check"/> decides what is not generated: the table, when the enum, its extension class or
/// its descriptor meets a user type (everything else uses them); only that type, when it is <c>ECodes</c> or a
/// storage converter, so that code using the table still compiles.
/// </summary>
internal static class TypeClashes
{
    /// <summary>What is still written after the clashes.</summary>
    /// <param name="Table">Whether the table is generated at all.</param>
    /// <param name="Codes">Whether <c>ECodes</c> is written.</param>
    /// <param name="Storage">The storage converters that are written; null for none.</param>
    internal sealed record Kept(bool Table, bool Codes, StorageSupport? Storage);

    private enum Role
    {
        Enum,
        Extensions,
        Table,
        Codes,
        JsonConverter,
        TypeConverter,
        ValueConverter,
    }

    /// <summary>The full metadata name of every type <paramref name="table"/> may generate (the converters whether or not the compilation can compile them).</summary>
    public static IEnumerable<string> Names(TableModel table) => Types(table).Select(t => t.Name);

    /// <summary>
    /// Reports each generated type of <paramref name="table"/> that one of <paramref name="userTypes"/> has the name of,
    /// and says what is still written.
    /// </summary>
    public static Kept Check(TableModel table, EquatableArray<UserType> userTypes, StorageSupport? storage, List<DiagnosticInfo> diagnostics)
    {
        var codes = table.Decision is null;
        storage = table.Decision is null ? storage : null;
        var kept = true;
        foreach (var (name, role) in Types(table))
        {
            var user = userTypes.FirstOrDefault(u => u.MetadataName == name);
            if (user is null || (role == Role.Extensions && user.PartialClass) || !Generated(role, codes, storage))
            {
                continue;
            }

            string consequence;
            switch (role)
            {
                case Role.Codes:
                    codes = false;
                    consequence = $"'{name}' is not generated";
                    break;
                case Role.JsonConverter:
                    storage = storage! with { Json = false };
                    consequence = $"'{name}' is not generated and the enum gets no [JsonConverter]";
                    break;
                case Role.TypeConverter:
                    storage = storage! with { TypeConverter = false };
                    consequence = $"'{name}' is not generated and the enum gets no [TypeConverter]";
                    break;
                case Role.ValueConverter:
                    storage = storage! with { EntityFramework = false };
                    consequence = $"'{name}' is not generated and the EF Core convention leaves the table out";
                    break;
                default:
                    kept = false;
                    consequence = role == Role.Extensions
                        ? "the table is not generated (a type of your own can be a part of the extension class only as a 'static partial class')"
                        : "the table is not generated";
                    break;
            }

            diagnostics.Add(DiagnosticInfo.Create(Descriptors.GeneratedTypeClash, table.Header, table.FileName, name, user.Kind, user.DeclaredAt, consequence));
        }

        return new Kept(kept, codes, storage);
    }

    private static bool Generated(Role role, bool codes, StorageSupport? storage) => role switch
    {
        Role.Codes => codes,
        Role.JsonConverter => storage?.Json == true,
        Role.TypeConverter => storage?.TypeConverter == true,
        Role.ValueConverter => storage?.EntityFramework == true,
        _ => true,
    };

    private static IEnumerable<(string Name, Role Role)> Types(TableModel table)
    {
        var prefix = table.Namespace.Length == 0 ? string.Empty : table.Namespace + ".";
        var e = table.EnumName;
        yield return (prefix + e, Role.Enum);
        yield return (prefix + GeneratedNames.Extensions(e), Role.Extensions);
        yield return (prefix + GeneratedNames.Table(e), Role.Table);
        yield return (prefix + GeneratedNames.Codes(e), Role.Codes);
        yield return (prefix + GeneratedNames.JsonConverter(e), Role.JsonConverter);
        yield return (prefix + GeneratedNames.TypeConverter(e), Role.TypeConverter);
        yield return (prefix + GeneratedNames.ValueConverter(e), Role.ValueConverter);
    }

    /// <summary>Where a declaration is, for the message: <c>Codes.cs, line 3</c>.</summary>
    public static string DeclaredAt(string path, int zeroBasedLine)
        => Path.GetFileName(path) + ", line " + (zeroBasedLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
