using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// The private nested class <c>__Lookup</c> (<see cref="GeneratedNames.LookupHolder"/>) that holds everything the
/// lookups read: <c>Slots</c> (a Map layout), <c>Rows</c>, one row per slot with exactly the columns the layout lists
/// (<see cref="LookupLayout.Columns"/>), each commented with the value it answers for so that a reader can find a
/// code; <c>ByValue</c> (a Map layout: the rows expanded to one per value when the class is first used, so that every
/// lookup is one read); the <c>Row</c>, <c>SlotOf</c> and <c>ValueOf</c> helpers, the member list and the reference
/// columns' shared lists. Nested and private: no member a user declares in the partial extension class can meet them.
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
        if (e.Layout.Source == SlotSource.Map)
        {
            WriteSlotMap(e);
            w.Line();
        }

        var columns = ColumnOrder.Where(e.Layout.Has).Select(c => Column(e, c)).ToList();
        var rowType = "(" + string.Join(", ", columns.Select(c => c.Type + " " + c.Name)) + ")";
        var hole = "(" + string.Join(", ", columns.Select(c => c.Hole)) + ")";
        w.Line($"internal static readonly {rowType}[] Rows =");
        WriteRows(e, m => "(" + string.Join(", ", columns.Select(c => c.Value(m))) + ")", hole);
        w.Line();
        if (e.Layout.Source == SlotSource.Map)
        {
            WriteByValue(e, rowType);
        }

        WriteRowHelper(e, rowType);
        if (e.Model.Decision is null)
        {
            LookupWriter.WriteValueOf(e); // a decision table's rules are found by TryDecide, not by a code
        }

        WriteValues(e);
        e.References.WriteLists();
        w.Close();
    }

    /// <summary>Map layout: the rows expanded to one per value, once, so that a lookup reads one row after its range check.</summary>
    private static void WriteByValue(EmitContext e, string rowType)
    {
        var w = e.Writer;
        w.Line($"/// <summary>Per value from {CodeSyntax.Format(e.Layout.First)}: its row, expanded once from <c>Slots</c> so that a lookup is one read.</summary>");
        w.Line($"internal static readonly {rowType}[] ByValue = Expand();");
        w.Line();
        w.Open($"private static {rowType}[] Expand()");
        w.Line($"var rows = new {rowType}[Slots.Length];");
        w.Open("for (var i = 0; i < rows.Length; i++)");
        w.Line("rows[i] = Rows[Slots[i]];");
        w.Close();
        w.Line();
        w.Line("return rows;");
        w.Close();
        w.Line();
    }

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
            case SlotSource.Map:
                // One row per value: the rows themselves (Offset) or their expansion (Map).
                var perValue = e.Layout.Source == SlotSource.Map ? "ByValue" : "Rows";
                w.Open(declaration);
                w.Line($"var offset = {e.Offset("value")};");
                w.Line($"return ref offset < (uint){perValue}.Length ? ref {perValue}[offset] : ref Rows[0];");
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
                return (e.OutcomeType, "Outcome", e.OutcomeMember, e.UnknownOutcome);
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

    /// <summary>Slots: per value from First, the slot of its member (0 = not a code), a line per 16 values.</summary>
    private static void WriteSlotMap(EmitContext e)
    {
        var w = e.Writer;
        var layout = e.Layout;
        var type = layout.MapElementType;
        w.Line($"/// <summary>Per code from {CodeSyntax.Format(layout.First)}: its row in <c>Rows</c> (0 = not a code).</summary>");
        w.Line($"internal static readonly {type}[] Slots =");
        w.Open();
        for (var start = 0; start < layout.Map.Count; start += PerLine)
        {
            var count = System.Math.Min(PerLine, layout.Map.Count - start);
            var line = string.Join(" ", layout.Map.Skip(start).Take(count).Select(s => CodeSyntax.Format(s) + ","));
            w.Line(line + " // " + CodeSyntax.Format(layout.First + start) + ".." + CodeSyntax.Format(layout.First + start + count - 1));
        }

        w.Close("};");
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
