using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// Writes what a table offers beyond its static lookups: <c>ECodes</c> (<see cref="CodesWriter"/>) and
/// <c>ETable</c>, the table as a <c>global::CodeTables.ICodeTable&lt;E&gt;</c> for code written once for every table.
/// <c>ETable</c> derives from the runtime's <c>CodeTableDescriptor&lt;E&gt;</c> and only delegates to the generated
/// static methods, which stay as they are.
/// </summary>
internal static class DescriptorWriter
{
    private const string CallOutcome = GeneratedNames.DefaultOutcomeType;

    public static void Write(EmitContext e)
    {
        var (w, table, outcome) = (e.Writer, e.Table, e.Model.Outcome);
        var enumType = e.Type;
        var extensions = GeneratedNames.ExtensionsAlias;
        w.Line();
        if (e.Model.Codes)
        {
            CodesWriter.Write(w, table, e.QualifiedType, EmitContext.GeneratedCodeAttribute);
            w.Line();
        }


        var name = GeneratedNames.Table(table.EnumName);
        var list = "global::System.Collections.Generic.IReadOnlyList<string>";
        var outcomeExpression = OutcomeExpression(table, outcome, extensions);
        w.Line($"/// <summary>The table <c>{Literals.Doc(table.FileName)}</c> as an <see cref=\"global::CodeTables.ICodeTable{{TEnum}}\"/>, the shape every table shares; delegates to <see cref=\"{e.QualifiedExtensions}\"/>.</summary>");
        w.Line(EmitContext.GeneratedCodeAttribute);
        w.Open($"public sealed class {name} : global::CodeTables.CodeTableDescriptor<{enumType}>");
        var columns = string.Join(", ", table.KeyColumns.Select(Literals.String));
        w.Line($"private {name}()");
        w.Line($"    : base({Literals.String(table.EnumName)}, {Literals.String(table.FileName)}, {(table.Vendor is null ? "null" : Literals.String(table.Vendor))}, new string[] {{ {columns} }}, {(outcomeExpression is null ? "false" : "true")}, {extensions}.GetValues())");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>The one instance.</summary>");
        w.Line($"public static {name} Instance {{ get; }} = new {name}();");
        w.Line();

        w.Line("/// <inheritdoc/>");
        w.Open($"public override bool TryFromCode({list} code, out {enumType} value)");
        switch (e.Model.Decision is null ? table.Kind : (CodeKind)(-1))
        {
            case CodeKind.Integer:
                w.Open("if (code != null && code.Count == 1 && TryParseCode(code[0], out var number))");
                w.Line($"return {extensions}.TryFromCode(number, out value);");
                w.Close();
                break;
            case CodeKind.String:
                w.Open("if (code != null && code.Count == 1)");
                w.Line($"return {extensions}.TryFromCode(code[0], out value);");
                w.Close();
                break;
            case (CodeKind)(-1):
                DecisionWriter.WriteTextLookup(e, extensions);
                break;
            default:
                var parts = string.Join(", ", table.KeyColumns.Select((_, i) => "code[" + i + "]"));
                w.Open($"if (code != null && code.Count == {table.KeyColumns.Count})");
                w.Line($"return {extensions}.TryFromCode({parts}, out value);");
                w.Close();
                break;
        }

        w.Line();
        w.Line("value = default;");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override global::{CallOutcome} ToOutcome({enumType} value) => {outcomeExpression ?? "global::" + CallOutcome + "." + GeneratedNames.UnknownOutcome};");
        w.Line();
        w.Line("/// <inheritdoc/>");
        // A table without Retry cells or an outcome that advises has no IsRetryable: nothing is worth retrying blind.
        w.Line($"public override bool IsRetryable({enumType} value) => {(e.Model.HasIsRetryable ? extensions + ".IsRetryable(value)" : "false")};");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override string GetName({enumType} value) => {extensions}.ToStringFast(value);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override string GetDescription({enumType} value) => {extensions}.GetDescription(value);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        switch (e.Model.Decision is null ? table.Kind : (CodeKind)(-1))
        {
            case CodeKind.Integer:
                w.Line($"public override {list} GetCode({enumType} value) => new string[] {{ ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture) }};");
                break;
            case CodeKind.String:
                w.Line($"public override {list} GetCode({enumType} value) => new string[] {{ {extensions}.ToCode(value) }};");
                break;
            case (CodeKind)(-1):
                DecisionWriter.WriteGetCode(e, list);
                break;
            default:
                w.Open($"public override {list} GetCode({enumType} value)");
                w.Line($"var code = {extensions}.ToCode(value);");
                w.Line("return new string[] { " + string.Join(", ", table.KeyColumns.Select((_, i) => "code.Item" + (i + 1))) + " };");
                w.Close();
                break;
        }

        w.Close();
    }

    /// <summary>
    /// The member's <c>CallOutcome</c>: the table's own outcome when its outcome type is CallOutcome, through the
    /// outcome table when that is a code table classified onto CallOutcome; null when the table has none.
    /// </summary>
    private static string? OutcomeExpression(TableModel table, OutcomeTypeInfo? outcome, string extensions)
    {
        if (outcome is null || outcome.Problem is not null || table.OutcomeType is null)
        {
            return null;
        }

        if (table.OutcomeType == CallOutcome)
        {
            return extensions + ".ToOutcome(value)";
        }

        if (outcome.OutcomeType == CallOutcome)
        {
            var outer = GeneratedNames.Beside(table.OutcomeType, GeneratedNames.Extensions);
            return outer + ".ToOutcome(" + extensions + ".ToOutcome(value))";
        }

        return null;
    }
}
