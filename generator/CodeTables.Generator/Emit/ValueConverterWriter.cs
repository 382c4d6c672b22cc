using CodeTables.Generator.Model;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// <c>EValueConverter</c>: EF Core stores the vendor's code, an <c>int</c> column for an integer table, a text column
/// for a string table and for a composite one (its parts in <c>CodeTables.StoredCode</c>'s joined form). A member
/// compared in a query becomes its code in SQL; a stored code that is not in the table fails the read, naming the
/// table. <see cref="ModelConfigurationEmitter"/> registers every table's converter.
/// </summary>
internal static class ValueConverterWriter
{
    private const string NotACode = "global::System.InvalidOperationException";

    public static void Write(EmitContext e)
    {
        var w = e.Writer;
        var name = GeneratedNames.ValueConverter(e.Table.EnumName);
        var ext = GeneratedNames.ExtensionsAlias;
        var provider = e.Table.Kind == CodeKind.Integer ? "int" : "string";
        var column = e.Table.Kind switch
        {
            CodeKind.Integer => "the code (an integer column)",
            CodeKind.String => "the code (a text column)",
            _ => "the code's parts joined with '|' ('|' and '\\' in a part escaped with '\\', see CodeTables.StoredCode) in one text column",
        };
        w.Line($"/// <summary>Stores <see cref=\"{e.QualifiedType}\"/> with EF Core as {Literals.Doc(column)}, never the member's number. Registered for every table by <c>{GeneratedNames.StoreCodeTablesAsCodes}()</c> in <c>ConfigureConventions</c>.</summary>");
        w.Line(EmitContext.GeneratedCodeAttribute);
        w.Open($"public sealed class {name} : global::Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<{e.Type}, {provider}>");
        w.Line("/// <summary>Creates the converter.</summary>");
        w.Line($"public {name}()");
        w.Line("    : base(value => ToProvider(value), code => FromProvider(code))");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>The column's value: the member's code.</summary>");
        w.Line($"public static {provider} ToProvider({e.Type} value) => " + (e.Table.Kind switch
        {
            CodeKind.Integer => "(int)value;",
            CodeKind.String => ext + ".ToCode(value);",
            _ => "ToText(value);",
        }));
        w.Line();
        w.Line("/// <summary>The member a column's code stands for; throws, naming the table and the nearest codes, for a code that is not in it.</summary>");
        if (e.Table.Kind == CodeKind.Integer)
        {
            w.Line($"public static {e.Type} FromProvider(int code) => {ext}.TryFromCode(code, out var value) ? value : throw {StorageWriter.NotACode(e, NotACode, "code.ToString(global::System.Globalization.CultureInfo.InvariantCulture)")};");
            w.Close();
            return;
        }

        w.Line($"public static {e.Type} FromProvider(string code) => FromText(code);");
        w.Line();
        StorageWriter.WriteTextMethods(e, "private", "global::System.ArgumentException", NotACode);
        w.Close();
    }
}
