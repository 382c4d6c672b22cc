using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// Codes that survive storage (docs/configuration.md, "Storing codes"): the enum's converter attributes, and after the
/// table's other types the converters the compilation can compile (<see cref="EmitModel.Storage"/>):
/// <see cref="JsonConverterWriter"/>, <see cref="TypeConverterWriter"/>, <see cref="ValueConverterWriter"/>. Each
/// reads and writes the vendor's code, never the member's number (a row number for string and composite tables) or
/// its name, and a code not in the table is an exception that names the table and the nearest codes.
/// </summary>
internal static class StorageWriter
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    /// <summary>On the enum: the converters every serializer and binder finds without registration.</summary>
    public static void WriteEnumAttributes(EmitContext e)
    {
        var storage = e.Model.Storage ?? StorageSupport.None;
        if (storage.Json)
        {
            e.Writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({TypeName(e, GeneratedNames.JsonConverter(e.Table.EnumName))}))]");
        }

        if (storage.TypeConverter)
        {
            e.Writer.Line($"[global::System.ComponentModel.TypeConverter(typeof({TypeName(e, GeneratedNames.TypeConverter(e.Table.EnumName))}))]");
        }
    }

    /// <summary>After the table's types: one converter class per library the compilation references.</summary>
    public static void Write(EmitContext e)
    {
        var storage = e.Model.Storage ?? StorageSupport.None;
        if (storage.Json)
        {
            e.Writer.Line();
            JsonConverterWriter.Write(e);
        }

        if (storage.TypeConverter)
        {
            e.Writer.Line();
            TypeConverterWriter.Write(e);
        }

        if (storage.EntityFramework)
        {
            e.Writer.Line();
            ValueConverterWriter.Write(e);
        }
    }

    /// <summary>A generated type of the table's namespace, global::-qualified.</summary>
    public static string TypeName(EmitContext e, string name)
        => GeneratedNames.Beside(e.Table.FullTypeName, _ => name);

    /// <summary>The table descriptor's instance, for the messages (it knows the file, the enum and the codes).</summary>
    public static string TableInstance(EmitContext e) => TypeName(e, GeneratedNames.Table(e.Table.EnumName)) + ".Instance";

    /// <summary>
    /// <c>ToText</c> and <c>FromText</c>: the code as one text (an integer in invariant form, a string as it is, a
    /// composite code in <c>CodeTables.StoredCode</c>'s joined form), for property names, columns and configuration values.
    /// </summary>
    /// <param name="visibility">"public" where they are the converter's API (ETypeConverter), else "private".</param>
    /// <param name="notAMember">The exception type for a value that is not a member.</param>
    /// <param name="notACode">The exception type for a text that is not a code.</param>
    public static void WriteTextMethods(EmitContext e, string visibility, string notAMember, string notACode)
    {
        var w = e.Writer;
        var ext = GeneratedNames.ExtensionsAlias;
        var text = e.MaybeNull("string") + " text";
        w.Line("/// <summary>The member's code as one text; throws for a value that is not a member.</summary>");
        switch (e.Table.Kind)
        {
            case CodeKind.Integer:
                w.Line($"{visibility} static string ToText({e.Type} value) => {ext}.IsDefined(value) ? ((int)value).ToString({Invariant}) : throw {NotAMember(e, notAMember)};");
                break;
            case CodeKind.String:
                w.Line($"{visibility} static string ToText({e.Type} value) => {ext}.IsDefined(value) ? {ext}.ToCode(value) : throw {NotAMember(e, notAMember)};");
                break;
            default:
                w.Open($"{visibility} static string ToText({e.Type} value)");
                w.Open($"if (!{ext}.IsDefined(value))");
                w.Line($"throw {NotAMember(e, notAMember)};");
                w.Close();
                w.Line();
                w.Line($"var code = {ext}.ToCode(value);");
                w.Line("return global::CodeTables.StoredCode.Join(" + string.Join(", ", e.Table.KeyColumns.Select((_, i) => "code.Item" + (i + 1))) + ");");
                w.Close();
                break;
        }

        w.Line();
        w.Line("/// <summary>The member whose code is the text; throws, naming the table and the nearest codes, for a text that is not a code.</summary>");
        var lookup = e.Table.Kind switch
        {
            CodeKind.Integer => $"int.TryParse(text, global::System.Globalization.NumberStyles.AllowLeadingSign, {Invariant}, out var code) && {ext}.TryFromCode(code, out var value)",
            CodeKind.String => $"{ext}.TryFromCode(text, out var value)",
            _ => $"global::CodeTables.StoredCode.TrySplit(text, {e.Table.KeyColumns.Count}, out var parts) && {ext}.TryFromCode("
                + string.Join(", ", e.Table.KeyColumns.Select((_, i) => "parts[" + i + "]")) + ", out var value)",
        };
        w.Line($"{visibility} static {e.Type} FromText({text}) => {lookup} ? value : throw {NotACode(e, notACode, "text")};");
    }

    /// <summary>A new exception of <paramref name="type"/> whose message names the code, the table and its nearest codes.</summary>
    public static string NotACode(EmitContext e, string type, string code)
        => $"new {type}(global::CodeTables.StoredCode.NotACode({TableInstance(e)}, {code}))";

    /// <summary>A new exception of <paramref name="type"/> for a value (in scope as <c>value</c>) that is not a member.</summary>
    public static string NotAMember(EmitContext e, string type)
        => $"new {type}(global::CodeTables.StoredCode.NotAMember({TableInstance(e)}, (int)value))";
}
