using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// The private nested class <c>__Lookup</c> (<see cref="GeneratedNames.LookupHolder"/>) that holds everything the
/// lookups read: <c>Rows</c>, one row per slot with exactly the columns the layout lists
/// (<see cref="LookupLayout.Columns"/>), each commented with the value it answers for so that a reader can find a
/// code; the <c>Row</c>, <c>SlotOf</c> and <c>ValueOf</c> helpers, the member list, the reference columns' shared
/// lists, and for a Map layout the arrays per code built when the class is first used (<c>Slots</c> from the member
/// list, then each column the lookups read, so that every lookup is one read through <c>At</c>). Nested and private: no member a user declares in the partial extension class can meet them.
/// </summary>
internal static class LookupHolderWriter
{
    /// <summary>Numbers per line in the slot map and the codes list.</summary>
    private const int PerLine = 16;

    private static readonly RowColumns[] ColumnOrder = { RowColumns.Name, RowColumns.Description, RowColumns.Outcome, RowColumns.Retry, RowColumns.Code };

    public static void Write(EmitContext e)
    {
        var w = e.Writer;
        w.Line();
        w.Line("/// <summary>What the lookups read, apart from any member declared in another part of this class.</summary>");
        w.Open($"private static class {GeneratedNames.LookupHolder}");
        var columns = ColumnOrder.Where(e.Layout.Has).Select(c => Column(e, c)).ToList();
        var rowType = "(" + string.Join(", ", columns.Select(c => c.Type + " " + c.Name)) + ")";
        var hole = "(" + string.Join(", ", columns.Select(c => c.Hole)) + ")";
        w.Line($"internal static readonly {rowType}[] Rows =");
        WriteRows(e, m => "(" + string.Join(", ", columns.Select(c => c.Value(m))) + ")", hole);
        if (e.Layout.Source != SlotSource.Map)
        {
            w.Line();
            WriteRowHelper(e, rowType);
        }

        if (e.Model.Decision is null)
        {
            LookupWriter.WriteValueOf(e); // a decision table's rules are found by TryDecide, not by a code
        }

        WriteValues(e);
        if (e.Layout.Source == SlotSource.Map)
        {
            WritePerCode(e, rowType);
        }

        e.References.WriteLists();
        w.Close();
    }

    /// <summary>
    /// Map layout: per code from First to the last code, then one entry for every other value, built once from
    /// <c>Values</c> and <c>Rows</c> when the class is first used: <c>Slots</c> (the member's row, 0 = not a code)
    /// and each column the lookups read, so that each lookup is one read after its range check (<c>At</c>).
    /// </summary>
    private static void WritePerCode(EmitContext e, string rowType)
    {
        var w = e.Writer;
        var layout = e.Layout;
        var type = layout.MapElementType;
        var last = CodeSyntax.Format(layout.First + layout.Map.Count - 1);
        var span = layout.Map.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        w.Line();
        w.Line($"/// <summary>Per code from {CodeSyntax.Format(layout.First)} to {last}, then one entry for any other value: its row in <c>Rows</c> (0 = not a code).</summary>");
        w.Line($"internal static readonly {type}[] Slots = SlotsOf(Values);");
        w.Line();
        w.Line("/// <summary>Per code as <c>Slots</c>: the columns of its row, spread once so that each lookup is one read.</summary>");
        foreach (var (name, column) in PerCodeColumns(e))
        {
            w.Line($"internal static readonly {column.Type}[] {name} = PerCode(row => {column.Value});");
        }

        w.Line();
        w.Line("/// <summary>A value's index in the per-code arrays: the last one (not a code) for a value outside the codes.</summary>");
        w.Line(EmitContext.Inline);
        w.Open("internal static uint Index(int value)");
        w.Line($"var offset = {e.Offset("value")};");
        w.Line($"return offset < {span}u ? offset : {span}u;");
        w.Close();
        w.Line();
        w.Open($"private static {type}[] SlotsOf(global::System.Collections.Generic.IReadOnlyList<{e.Type}> values)");
        w.Line($"var slots = new {type}[{span} + 1];");
        w.Open("for (var i = 0; i < values.Count; i++)");
        w.Line($"slots[{IndexFrom("(int)values[i]", layout.First)}] = ({type})(i + 1);");
        w.Close();
        w.Line();
        w.Line("return slots;");
        w.Close();
        w.Line();
        w.Open($"private static T[] PerCode<T>(global::System.Func<{rowType}, T> column)");
        w.Line("var perCode = new T[Slots.Length];");
        w.Open("for (var i = 0; i < perCode.Length; i++)");
        w.Line("perCode[i] = column(Rows[Slots[i]]);");
        w.Close();
        w.Line();
        w.Line("return perCode;");
        w.Close();
    }

    /// <summary>A code's index from <paramref name="first"/>, for a code from first on (no overflow, checked or not).</summary>
    private static string IndexFrom(string intExpression, int first)
        => first == 0 ? intExpression
            : first == int.MinValue ? intExpression + " - int.MinValue"
            : first < 0 ? intExpression + " + " + CodeSyntax.Format(-first)
            : intExpression + " - " + CodeSyntax.Format(first);

    /// <summary>The per-code arrays of a Map layout: the name and type of each, and what it holds of a row.</summary>
    private static IEnumerable<(string Name, (string Type, string Value) Column)> PerCodeColumns(EmitContext e)
    {
        yield return (PerCodeName(RowColumns.Name), (e.MaybeNull("string"), "row.Name"));
        yield return (PerCodeName(RowColumns.Description), ("string", "row.Description"));
        if (e.Layout.Has(RowColumns.Outcome))
        {
            yield return (PerCodeName(RowColumns.Outcome), (e.Outcome, "row.Outcome"));
        }

        if (e.Model.HasIsRetryable)
        {
            yield return (PerCodeName(RowColumns.Retry), ("bool", AccessorWriter.Retryable(e, "row.Retry", "row.Outcome")));
        }
    }

    /// <summary>The per-code array of a column in a Map layout.</summary>
    public static string PerCodeName(RowColumns column) => column switch
    {
        RowColumns.Outcome => "Outcomes",
        RowColumns.Retry => "Retryable",
        RowColumns.Description => "Descriptions",
        _ => "Names",
    };

    /// <summary>Row(value): the one place that knows how a value finds its row; row 0 answers for a value outside the rows.</summary>
    private static void WriteRowHelper(EmitContext e, string rowType)
    {
        var w = e.Writer;
        w.Line("/// <summary>The row of a value (a code or a member): row 0 answers for a value that is not a member.</summary>");
        w.Line(EmitContext.Inline);
        var declaration = $"internal static ref readonly {rowType} Row(int value)";
        switch (e.Layout.Source)
        {
            case SlotSource.Offset:
                // One row per value.
                w.Open(declaration);
                w.Line($"var offset = {e.Offset("value")};");
                w.Line("return ref offset < (uint)Rows.Length ? ref Rows[offset] : ref Rows[0];");
                w.Close();
                break;
            default:
                w.Line($"{declaration} => ref Rows[SlotOf(value)];");
                w.Line();
                WriteSlotSwitch(e);
                break;
        }
    }

    /// <summary>GetValues' list: built once from the values in table order.</summary>
    private static void WriteValues(EmitContext e)
    {
        var w = e.Writer;
        w.Line();
        w.Line($"internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<{e.Type}> Values = global::System.Array.AsReadOnly(global::System.Array.ConvertAll(new int[]");
        w.Open();
        WriteRuns(w, e.Table.Members.Select(m => CodeSyntax.Format(m.Value)).ToList());
        w.Close($"}}, value => ({e.Type})value));");
    }

    /// <summary>Sparse integer codes: the switch from a code to its slot (its member's number in table order; 0 = not a code).</summary>
    private static void WriteSlotSwitch(EmitContext e)
    {
        var w = e.Writer;
        w.Open("internal static int SlotOf(int code)");
        w.Open("switch (code)");
        for (var slot = 1; slot < e.Layout.Slots.Count; slot++)
        {
            w.Line($"case {CodeSyntax.Format(e.Table.Members[e.Layout.Slots[slot]].Value)}: return {CodeSyntax.Format(slot)};");
        }

        w.Line("default: return 0;");
        w.Close();
        w.Close();
    }

    /// <summary>A column: its type and name, the value for a member, and the value for a slot that is not a member.</summary>
    private static (string Type, string Name, System.Func<TableMember, string> Value, string Hole) Column(EmitContext e, RowColumns column)
    {
        switch (column)
        {
            case RowColumns.Name:
                return (e.MaybeNull("string"), "Name", m => Literals.String(m.Name), "null");
            case RowColumns.Description:
                return ("string", "Description", m => Literals.String(m.Description), "\"\"");
            case RowColumns.Outcome:
                return (e.Outcome, "Outcome", e.OutcomeMember, e.UnknownOutcome);
            case RowColumns.Retry:
                return ("bool?", "Retry", m => m.Retry is null ? "null" : m.Retry == true ? "true" : "false", "null");
            default:
                if (e.Table.Kind == CodeKind.String)
                {
                    return ("string", "Code", m => Literals.String(m.Key[0]), "\"\"");
                }

                return (AccessorWriter.CodeTuple(e), "Code", m => "(" + string.Join(", ", m.Key.Select(Literals.String)) + ")", "(" + string.Join(", ", e.Table.KeyColumns.Select(_ => "\"\"")) + ")");
        }
    }

    /// <summary>One line per member slot; runs of holes a few to a line.</summary>
    private static void WriteRows(EmitContext e, System.Func<TableMember, string> row, string hole)
    {
        var w = e.Writer;
        var layout = e.Layout;
        w.Open();
        var holes = 0;
        for (var slot = 0; slot <= layout.Slots.Count; slot++)
        {
            var index = slot < layout.Slots.Count ? layout.Slots[slot] : 0;
            if (index < 0)
            {
                holes++;
                continue;
            }

            for (var start = slot - holes; start < slot; start += 4)
            {
                var count = System.Math.Min(4, slot - start);
                var range = count == 1 ? SlotValue(e, start) : SlotValue(e, start) + ".." + SlotValue(e, start + count - 1);
                w.Line(string.Join(" ", Enumerable.Repeat(hole + ",", count)) + " // " + range);
            }

            holes = 0;
            if (slot < layout.Slots.Count)
            {
                // String and composite rows carry their code; integer rows are commented with theirs.
                w.Line(row(e.Table.Members[index]) + (e.Table.Kind == CodeKind.Integer ? ", // " + SlotValue(e, slot) : ","));
            }
        }

        w.Close("};");
    }

    /// <summary>What a slot answers for: its value (Offset), else its member's value (0: not a code).</summary>
    private static string SlotValue(EmitContext e, int slot)
    {
        var layout = e.Layout;
        if (layout.Source == SlotSource.Offset)
        {
            return slot == 0 && e.Table.Kind != CodeKind.Integer ? "0: not a member" : CodeSyntax.Format(layout.First + slot);
        }

        return slot == 0 ? "not a code" : CodeSyntax.Format(e.Table.Members[layout.Slots[slot]].Value);
    }

    /// <summary>Numbers, <see cref="PerLine"/> to a line.</summary>
    public static void WriteRuns(SourceWriter w, IReadOnlyList<string> items)
    {
        for (var start = 0; start < items.Count; start += PerLine)
        {
            w.Line(string.Join(" ", items.Skip(start).Take(PerLine).Select(i => i + ",")));
        }
    }
}
