using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>Member -> value: ToCode, ToOutcome, IsRetryable, GetDescription, ToStringFast, IsDefined and GetValues.</summary>
internal static class AccessorWriter
{
    public static void Write(EmitContext e)
    {
        WriteToCode(e);
        if (e.Model.Outcome is not null)
        {
            WriteOneRead(e, "/// <summary>The member's outcome; Unknown for a value that is not a member.</summary>", e.Outcome, GeneratedNames.ToOutcome, RowColumns.Outcome);
        }

        if (e.Model.HasIsRetryable)
        {
            WriteIsRetryable(e);
        }

        WriteOneRead(e, "/// <summary>The member's Description cell, exactly; empty for a value that is not a member.</summary>", "string", GeneratedNames.GetDescription, RowColumns.Description);
        WriteToStringFast(e);
        WriteIsDefined(e);
        WriteGetValues(e);
    }

    /// <summary>An accessor that is one array read: holes (row 0 among them) hold the answer for a value that is not a member.</summary>
    private static void WriteOneRead(EmitContext e, string docs, string returnType, string method, RowColumns column)
    {
        var w = e.Writer;
        w.Line(docs);
        w.Line(EmitContext.Inline);
        w.Line($"public static {returnType} {method}(this {e.Type} value) => {e.Read(column, "(int)value")};");
        w.Line();
    }

    private static void WriteToCode(EmitContext e)
    {
        var w = e.Writer;
        if (e.Table.Decision is not null)
        {
            // A rule has conditions, not a code: ETable.GetCode gives them as text (DecisionWriter).
            return;
        }

        if (e.Table.Kind == CodeKind.Integer)
        {
            w.Line("/// <summary>The member's raw code (its value).</summary>");
            w.Line($"public static int ToCode(this {e.Type} value) => (int)value;");
            w.Line();
            return;
        }

        var returnType = e.Table.Kind == CodeKind.String ? "string" : CodeTuple(e);
        w.Line("/// <summary>The member's raw code, exactly as the table writes it.</summary>");
        w.Line(EmitContext.Inline);
        w.Line($"public static {returnType} ToCode(this {e.Type} value)");
        w.Indent();
        w.Line($"=> IsDefined(value) ? {EmitContext.Helper("Rows")}[(int)value].Code : throw new global::System.ArgumentOutOfRangeException(nameof(value), \"'\" + value.ToString() + {Literals.String("' is not a member of " + e.Table.EnumName + ".")});");
        w.Outdent();
        w.Line();
    }

    /// <summary>The tuple type of a composite code, one string element per key column.</summary>
    internal static string CodeTuple(EmitContext e)
        => "(" + string.Join(", ", Identifiers.KeyPartNames(e.Table.KeyColumns).Select(n => "string " + n)) + ")";

    /// <summary>
    /// The Retry cell where the row has one, else the outcome's advice when the outcome type is a code table;
    /// generated only when one of the two exists (never a method that answers false for everything).
    /// </summary>
    private static void WriteIsRetryable(EmitContext e)
    {
        var w = e.Writer;
        var hasCells = e.Layout.Has(RowColumns.Retry);
        var hasAdvice = e.Model.Outcome?.HasRetryAdvice == true;
        w.Line(hasCells && hasAdvice
            ? "/// <summary>Whether a call that ended with this code is worth retrying: the row's Retry cell, else the outcome's default advice.</summary>"
            : hasCells
                ? "/// <summary>Whether a call that ended with this code is worth retrying: the row's Retry cell; false where it is empty and for a value that is not a member.</summary>"
                : "/// <summary>Whether a call that ended with this code is worth retrying: the outcome's default advice (the table has no Retry cells).</summary>");
        if (e.Layout.Source == SlotSource.Map)
        {
            // The answer per code, worked out once from the rows: one read.
            w.Line(EmitContext.Inline);
            w.Line($"public static bool IsRetryable(this {e.Type} value) => {e.Read(RowColumns.Retry, "(int)value")};");
            w.Line();
            return;
        }

        if (hasCells)
        {
            w.Line(EmitContext.Inline);
        }

        w.Line($"public static bool IsRetryable(this {e.Type} value) => {Retryable(e, EmitContext.Row("(int)value") + ".Retry", "ToOutcome(value)")};");
        w.Line();
    }

    /// <summary>IsRetryable's answer from a Retry cell (when the table has them) and an outcome (when it gives advice).</summary>
    internal static string Retryable(EmitContext e, string retry, string outcome)
    {
        var advice = e.Model.Outcome?.HasRetryAdvice == true ? GeneratedNames.Beside(e.Table.OutcomeType!, GeneratedNames.Extensions) + ".IsRetryable(" + outcome + ")" : "false";
        return e.Layout.Has(RowColumns.Retry) ? retry + " ?? " + advice : advice;
    }

    /// <summary>ToStringFast: the name in the row, or (a hole: null) the value's number.</summary>
    private static void WriteToStringFast(EmitContext e)
    {
        var w = e.Writer;
        w.Line("/// <summary>The member's name, without reflection or allocation; for a value that is not a member, its number (<c>value.ToString()</c>, which allocates).</summary>");
        w.Line(EmitContext.Inline);
        w.Line($"public static string ToStringFast(this {e.Type} value) => {e.Read(RowColumns.Name, "(int)value")} ?? value.ToString();");
        w.Line();
    }

    private static void WriteIsDefined(EmitContext e)
    {
        var w = e.Writer;
        var layout = e.Layout;
        var members = CodeSyntax.Format(e.Table.Members.Count);
        w.Line("/// <summary>Whether <paramref name=\"value\"/> is a member of the table.</summary>");
        w.Line(EmitContext.Inline);
        var declaration = $"public static bool IsDefined({e.Type} value)";
        switch (layout.Source)
        {
            case SlotSource.Offset:
                // Rows 1..N are the members: a range test.
                w.Line($"{declaration} => {e.Offset("(int)value", e.Layout.First + 1)} < {members}u;");
                break;
            case SlotSource.Map:
                w.Line($"{declaration} => {EmitContext.PerCode("Slots", "(int)value")} != 0;");
                break;
            default:
                w.Line($"{declaration} => {EmitContext.Helper("SlotOf((int)value)")} != 0;");
                break;
        }

        w.Line();
    }

    /// <summary>GetValues: a list built once (in the lookup holder) from the values in table order.</summary>
    private static void WriteGetValues(EmitContext e)
    {
        var w = e.Writer;
        w.Line("/// <summary>Every member, in table order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{e.Type}> GetValues() => {EmitContext.Helper("Values")};");
    }
}
