using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// <c>EJsonConverter</c>: System.Text.Json reads and writes the vendor's code: a number for an integer table (a numeric
/// string is read too), a string for a string table (written from codes encoded once, no allocation), an array of the
/// key parts for a composite table; dictionary keys as the code's text (<see cref="StorageWriter.WriteTextMethods"/>).
/// </summary>
internal static class JsonConverterWriter
{
    private const string Json = "global::System.Text.Json.";
    private const string Reader = "ref " + Json + "Utf8JsonReader reader";
    private const string Writer = Json + "Utf8JsonWriter writer";
    private const string Options = Json + "JsonSerializerOptions options";
    private const string Exception = Json + "JsonException";
    private const string Token = Json + "JsonTokenType.";

    public static void Write(EmitContext e)
    {
        var w = e.Writer;
        var name = GeneratedNames.JsonConverter(e.Table.EnumName);
        var ext = GeneratedNames.ExtensionsAlias;
        var shape = e.Table.Kind switch
        {
            CodeKind.Integer => "a JSON number (a numeric string is read too)",
            CodeKind.String => "a JSON string",
            _ => "a JSON array of its " + e.Table.KeyColumns.Count + " key parts",
        };
        w.Line($"/// <summary>Reads and writes <see cref=\"{e.QualifiedType}\"/> in JSON as the vendor's code, {shape}; never the member's number or name. On the enum by <c>[JsonConverter]</c>, so every <c>JsonSerializerOptions</c> uses it.</summary>");
        w.Line(EmitContext.GeneratedCodeAttribute);
        w.Open($"public sealed class {name} : {Json}Serialization.JsonConverter<{e.Type}>");
        var expected = "Expected a code of the table " + e.Table.FileName + " (" + e.Table.EnumName + ") as " + shape + ", not ";
        w.Line($"private const string Expected = {Literals.String(expected)};");
        w.Line();
        if (e.Table.Kind == CodeKind.String)
        {
            var size = (e.Table.Members.Count == 0 ? 0 : e.Table.Members.Max(m => m.Value)) + 1;
            w.Line($"private static readonly {Json}JsonEncodedText[] s_codes = EncodeCodes({size.ToString(System.Globalization.CultureInfo.InvariantCulture)});");
            w.Line();
        }

        w.Line("/// <inheritdoc/>");
        switch (e.Table.Kind)
        {
            case CodeKind.Integer:
                WriteInteger(e, ext);
                break;
            case CodeKind.String:
                WriteString(e, ext);
                break;
            default:
                WriteComposite(e, ext);
                break;
        }

        w.Line("/// <inheritdoc/>");
        w.Line($"public override {e.Type} ReadAsPropertyName({Reader}, global::System.Type typeToConvert, {Options}) => FromText(reader.GetString());");
        w.Line();
        w.Line("/// <inheritdoc/>");
        var key = e.Table.Kind == CodeKind.String ? "Encoded(value)" : "ToText(value)";
        w.Line($"public override void WriteAsPropertyName({Writer}, {e.Type} value, {Options}) => writer.WritePropertyName({key});");
        w.Line();
        StorageWriter.WriteTextMethods(e, "private", Exception, Exception);
        if (e.Table.Kind == CodeKind.String)
        {
            w.Line();
            w.Line($"private static {Json}JsonEncodedText Encoded({e.Type} value) => {ext}.IsDefined(value) ? s_codes[(int)value] : throw {StorageWriter.NotAMember(e, Exception)};");
            w.Line();
            w.Open($"private static {Json}JsonEncodedText[] EncodeCodes(int size)");
            w.Line($"var codes = new {Json}JsonEncodedText[size];");
            w.Open($"foreach (var value in {ext}.GetValues())");
            w.Line($"codes[(int)value] = {Json}JsonEncodedText.Encode({ext}.ToCode(value));");
            w.Close();
            w.Line();
            w.Line("return codes;");
            w.Close();
        }

        w.Close();
    }

    private static void WriteInteger(EmitContext e, string ext)
    {
        var w = e.Writer;
        w.Open($"public override {e.Type} Read({Reader}, global::System.Type typeToConvert, {Options})");
        w.Open($"if (reader.TokenType == {Token}Number)");
        w.Line($"return reader.TryGetInt32(out var code) && {ext}.TryFromCode(code, out var value) ? value : throw {StorageWriter.NotACode(e, Exception, "reader.TryGetDouble(out var number) ? number.ToString(\"R\", global::System.Globalization.CultureInfo.InvariantCulture) : null")};");
        w.Close();
        w.Line();
        w.Line($"return reader.TokenType == {Token}String ? FromText(reader.GetString()) : throw new {Exception}(Expected + reader.TokenType.ToString());");
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override void Write({Writer}, {e.Type} value, {Options}) => writer.WriteNumberValue({ext}.IsDefined(value) ? (int)value : throw {StorageWriter.NotAMember(e, Exception)});");
        w.Line();
    }

    private static void WriteString(EmitContext e, string ext)
    {
        var w = e.Writer;
        w.Line($"public override {e.Type} Read({Reader}, global::System.Type typeToConvert, {Options})");
        w.Line($"    => reader.TokenType == {Token}String ? FromText(reader.GetString()) : throw new {Exception}(Expected + reader.TokenType.ToString());");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override void Write({Writer}, {e.Type} value, {Options}) => writer.WriteStringValue(Encoded(value));");
        w.Line();
    }

    private static void WriteComposite(EmitContext e, string ext)
    {
        var w = e.Writer;
        var parts = e.Table.KeyColumns.Select((_, i) => "part" + (i + 1)).ToList();
        w.Open($"public override {e.Type} Read({Reader}, global::System.Type typeToConvert, {Options})");
        w.Open($"if (reader.TokenType != {Token}StartArray)");
        w.Line($"throw new {Exception}(Expected + reader.TokenType.ToString());");
        w.Close();
        w.Line();
        foreach (var part in parts)
        {
            w.Line($"var {part} = ReadPart(ref reader);");
        }

        w.Open($"if (!reader.Read() || reader.TokenType != {Token}EndArray)");
        w.Line($"throw new {Exception}(Expected + \"an array of another length\");");
        w.Close();
        w.Line();
        var arguments = string.Join(", ", parts);
        w.Line($"return {ext}.TryFromCode({arguments}, out var value) ? value : throw {StorageWriter.NotACode(e, Exception, "global::CodeTables.StoredCode.Join(" + arguments + ")")};");
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open($"public override void Write({Writer}, {e.Type} value, {Options})");
        w.Open($"if (!{ext}.IsDefined(value))");
        w.Line($"throw {StorageWriter.NotAMember(e, Exception)};");
        w.Close();
        w.Line();
        w.Line($"var code = {ext}.ToCode(value);");
        w.Line("writer.WriteStartArray();");
        for (var i = 0; i < parts.Count; i++)
        {
            w.Line($"writer.WriteStringValue(code.Item{i + 1});");
        }

        w.Line("writer.WriteEndArray();");
        w.Close();
        w.Line();
        var bang = e.Model.Language.Nullable ? "!" : string.Empty;
        w.Line("private static string ReadPart(" + Reader + ")");
        w.Line($"    => reader.Read() && reader.TokenType == {Token}String ? reader.GetString(){bang} : throw new {Exception}(Expected + \"an array with \" + reader.TokenType.ToString() + \" where a key part (a string) belongs\");");
        w.Line();
    }
}
