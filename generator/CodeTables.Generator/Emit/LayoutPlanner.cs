using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;

namespace CodeTables.Generator.Emit;

/// <summary>
/// Decides a table's lookup layout before anything is written. Every lookup of an integer table is one array read
/// after a range check, or one switch when the codes are too far apart (docs/benchmarks.md): a switch over many
/// values is lowered to a binary search of jump tables with an indirect, mispredicted branch per call, while a static
/// readonly array read is one bounds-checked load.
/// </summary>
internal static class LayoutPlanner
{
    /// <summary>
    /// Integer codes spanning at most this many values per member get a slot map (one byte or ushort per value) and,
    /// at run time, each column an array per value: every lookup one read, for no source per value.
    /// </summary>
    internal const int MapSpanPerMember = 16;

    /// <summary>Spans up to this size always get a slot map, however few the members.</summary>
    internal const int MapMinimumSpan = 64;

    /// <summary>The plan stage: a validated table, its layout and the columns its members' remarks show, what the writers read.</summary>
    public static EmitModel Plan(ValidModel model)
        => new EmitModel(model.Table, model.Outcome, model.Language, Layout(model.Table, model.Outcome), model.References, model.Storage, model.Decision, model.Codes, RemarkColumns(model.Table));

    /// <summary>The other columns whose cells document each member: all but Notes, which stays in the CSV.</summary>
    public static EquatableArray<int> RemarkColumns(TableModel table)
        => Enumerable.Range(0, table.ExtraColumns.Count).Where(i => !TableParser.IsNotes(table.ExtraColumns[i])).ToEquatableArray();

    public static LookupLayout Layout(TableModel table, OutcomeTypeInfo? outcome)
    {
        var members = table.Members;
        var columns = RowColumns.Name | RowColumns.Description;
        if (outcome is not null)
        {
            columns |= RowColumns.Outcome;
        }

        if (members.Any(m => m.Retry is not null))
        {
            columns |= RowColumns.Retry;
        }

        if (table.Kind != CodeKind.Integer && table.Decision is null)
        {
            columns |= RowColumns.Code;
        }

        if (table.Kind != CodeKind.Integer || members.Count == 0)
        {
            // String and composite members are numbered 1..N: slot = value, and slot 0 (default) is the one hole,
            // so a lookup that found nothing (0) reads the not-a-member answer without a branch.
            return new LookupLayout(SlotSource.Offset, 0, Enumerable.Range(-1, members.Count + 1).ToEquatableArray(), EquatableArray<int>.Empty, columns);
        }

        var first = members.Min(m => m.Value);
        var span = (long)members.Max(m => m.Value) - first + 1;
        if (first > int.MinValue && span == members.Count)
        {
            // Consecutive codes: one row per value, no map. Row 0 is the value before the first code, and answers
            // for every value outside the rows too.
            var slots = Enumerable.Repeat(-1, (int)span + 1).ToArray();
            for (var i = 0; i < members.Count; i++)
            {
                slots[members[i].Value - first + 1] = i;
            }

            return new LookupLayout(SlotSource.Offset, first - 1, slots.ToEquatableArray(), EquatableArray<int>.Empty, columns);
        }

        // One slot per member in table order after the hole at 0, which answers for every value that is not a code.
        var memberSlots = Enumerable.Range(-1, members.Count + 1).ToEquatableArray();
        if (span <= System.Math.Max(MapMinimumSpan, (long)MapSpanPerMember * members.Count))
        {
            var map = new int[span];
            for (var i = 0; i < members.Count; i++)
            {
                map[members[i].Value - first] = i + 1;
            }

            return new LookupLayout(SlotSource.Map, first, memberSlots, map.ToEquatableArray(), columns);
        }

        return new LookupLayout(SlotSource.Switch, 0, memberSlots, EquatableArray<int>.Empty, columns);
    }
}
