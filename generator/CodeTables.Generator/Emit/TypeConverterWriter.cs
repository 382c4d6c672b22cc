using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// <c>ETypeConverter</c>: converts from and to the code as text (<see cref="StorageWriter.WriteTextMethods"/>), for
/// what finds converters through <c>TypeDescriptor</c>: <c>IConfiguration</c> binding, ASP.NET Core route and query
/// binding, property grids. A text that is no code is a <c>FormatException</c> naming the table.
/// </summary>
internal static class TypeConverterWriter
{
    private const string ComponentModel = "global::System.ComponentModel.";

    public static void Write(EmitContext e)
    {
        var w = e.Writer;
        var name = GeneratedNames.TypeConverter(e.Table.EnumName);
        var context = e.MaybeNull(ComponentModel + "ITypeDescriptorContext") + " context";
        var culture = e.MaybeNull("global::System.Globalization.CultureInfo") + " culture";
        w.Line($"/// <summary>Converts <see cref=\"{e.QualifiedType}\"/> from and to the vendor's code as text: configuration binding, ASP.NET Core binding and property grids read codes, not member names or numbers. On the enum by <c>[TypeConverter]</c>.</summary>");
        w.Line(EmitContext.GeneratedCodeAttribute);
        w.Open($"public sealed class {name} : {ComponentModel}TypeConverter");
        w.Line("/// <inheritdoc/>");
        w.Line($"public override bool CanConvertFrom({context}, global::System.Type sourceType) => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override bool CanConvertTo({context}, {e.MaybeNull("global::System.Type")} destinationType) => destinationType == typeof(string) || base.CanConvertTo(context, destinationType);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override {e.MaybeNull("object")} ConvertFrom({context}, {culture}, object value) => value is string text ? FromText(text) : base.ConvertFrom(context, culture, value);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override {e.MaybeNull("object")} ConvertTo({context}, {culture}, {e.MaybeNull("object")} value, global::System.Type destinationType)");
        w.Line($"    => destinationType == typeof(string) && value is {e.Type} member ? ToText(member) : base.ConvertTo(context, culture, value, destinationType);");
        w.Line();
        StorageWriter.WriteTextMethods(e, "public", "global::System.ArgumentException", "global::System.FormatException");
        w.Close();
    }
}
