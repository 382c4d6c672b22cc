using System.Linq;

namespace CodeTables.Generator.Model;

/// <summary>How a value (an enum value, or an integer code) finds its slot in the per-member arrays.</summary>
internal enum SlotSource
{
    /// <summary>The slot is <c>value - First</c>: consecutive codes (and string and composite members, numbered 1..N).</summary>
    Offset,

    /// <summary>
    /// The slot is <c>Slots[value - First]</c>, a byte or ushort per value (0 = not a code), and the source holds one
    /// row per member: codes with holes (Huawei: 112 codes over 80..1077) without 998 rows of text. At run time the
    /// map is built once from the member list, and each column the lookups read is spread to an array per value
    /// (<c>Outcomes</c>, <c>Names</c>, ...), so a lookup is one read of a small element after its range check.
    /// </summary>
    Map,

    /// <summary>The slot comes from a switch over the codes: codes too sparse even for a slot map.</summary>
    Switch,
}

/// <summary>
/// The lookup layout of one table, decided before anything is written (LayoutPlanner) so that a test can check it.
/// </summary>
/// <param name="Source">How a value finds its slot.</param>
/// <param name="First">The value of row 0 (Offset) or of <c>Slots[0]</c> (Map); 0 for Switch.</param>
/// <param name="Slots">
/// Per row of <c>Rows</c>, the index of its member in <see cref="TableModel.Members"/>; -1 for a hole (a value
/// that is not a member). Row 0 is always a hole: it answers for every value outside the rows.
/// </param>
/// <param name="Map">Map only: per value from <see cref="First"/>, its slot (0 = not a code).</param>
/// <param name="Columns">The columns of <c>Rows</c>, the one array of rows the accessors read.</param>
internal sealed record LookupLayout(
    SlotSource Source,
    int First,
    EquatableArray<int> Slots,
    EquatableArray<int> Map,
    RowColumns Columns)
{
    /// <summary>The element type of <c>Slots</c>: byte while the slots fit.</summary>
    public string MapElementType => Slots.Count <= byte.MaxValue + 1 ? "byte" : "ushort";

    public bool Has(RowColumns column) => (Columns & column) != 0;
}

/// <summary>The columns of <c>Rows</c>: one row per slot, like the table's own rows, written in this order.</summary>
[System.Flags]
internal enum RowColumns
{
    None = 0,

    /// <summary>ToStringFast (null in a hole).</summary>
    Name = 1,

    /// <summary>GetDescription.</summary>
    Description = 2,

    /// <summary>Classify and ToOutcome (only with an Outcome column).</summary>
    Outcome = 4,

    /// <summary>IsRetryable (only when some row has a Retry cell).</summary>
    Retry = 8,

    /// <summary>ToCode of string and composite tables.</summary>
    Code = 16,
}
