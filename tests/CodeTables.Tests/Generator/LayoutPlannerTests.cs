using System.IO;
using System.Linq;
using CodeTables.Generator;
using CodeTables.Generator.Model;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// The lookup layout is decided before emission and carried in the emit model (Emit/LayoutPlanner.cs): these tests read
/// it from the generator's own pipeline step, not from the emitted text.
/// </summary>
public class LayoutPlannerTests
{
    private static EmitModel Model(string path, string text)
    {
        var run = GeneratorHarness.Run(new TableFile(path, text)).AssertClean();
        var step = run.Result.Results.Single().TrackedSteps[TrackingNames.Models];
        return (EmitModel)step.Single().Outputs.Single().Value;
    }

    [Fact]
    public void Consecutive_integer_codes_get_one_row_per_value_with_row_0_before_the_first_code()
    {
        var layout = Model("/p/dense.csv", "Code,Outcome\n-2,Busy\n-1,Failed\n0,NoAnswer\n1,Busy\n").Layout;

        Assert.Equal(SlotSource.Offset, layout.Source);
        Assert.Equal(-3, layout.First);

        // Rows for -3..1: row 0 (the value before the first code) is the hole, then members 0..3 at -2..1.
        Assert.Equal(new[] { -1, 0, 1, 2, 3 }, layout.Slots.ToArray());
        Assert.Empty(layout.Map);
        Assert.Equal(RowColumns.Name | RowColumns.Description | RowColumns.Outcome, layout.Columns);
    }

    [Fact]
    public void Integer_codes_with_holes_get_a_slot_map_and_one_row_per_member()
    {
        var layout = Model("/p/holes.csv", "Code,Outcome\n-3,Busy\n-1,Failed\n0,NoAnswer\n2,Busy\n5,Rejected\n").Layout;

        // -3..5 is 9 values for 5 members: a map from each value to its member's row (0: not a code).
        Assert.Equal(SlotSource.Map, layout.Source);
        Assert.Equal(-3, layout.First);
        Assert.Equal(new[] { -1, 0, 1, 2, 3, 4 }, layout.Slots.ToArray());
        Assert.Equal(new[] { 1, 0, 2, 3, 0, 4, 0, 0, 5 }, layout.Map.ToArray());
    }

    [Fact]
    public void Huawei_sparse_codes_get_a_byte_slot_map_and_one_row_per_member()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tables", "huawei-cec-release-cause.csv");
        var model = Model("/p/huawei-cec-release-cause.csv", File.ReadAllText(path));
        var layout = model.Layout;
        var members = model.Table.Members;

        // 112 codes over 80..1077: a 998-entry map of bytes, 113 rows (row 0: not a code), no 998-entry arrays of text.
        Assert.Equal(112, members.Count);
        Assert.Equal(SlotSource.Map, layout.Source);
        Assert.Equal(80, layout.First);
        Assert.Equal(998, layout.Map.Count);
        Assert.Equal("byte", layout.MapElementType);
        Assert.Equal(new[] { -1 }.Concat(Enumerable.Range(0, 112)), layout.Slots);
        for (var i = 0; i < members.Count; i++)
        {
            Assert.Equal(i + 1, layout.Map[members[i].Value - 80]);
        }

        Assert.Equal(998 - 112, layout.Map.Count(slot => slot == 0));
    }

    [Fact]
    public void Codes_too_sparse_for_a_map_get_a_switch_to_their_row()
    {
        var layout = Model("/p/sparse.csv", "Code,Outcome\n-2147483648,Busy\n1,Failed\n404,NoAnswer\n2147483647,Rejected\n").Layout;

        Assert.Equal(SlotSource.Switch, layout.Source);
        Assert.Equal(new[] { -1, 0, 1, 2, 3 }, layout.Slots.ToArray());
        Assert.Empty(layout.Map);
    }

    [Fact]
    public void String_codes_are_numbered_from_1_so_the_value_is_the_row()
    {
        var model = Model("/p/status.csv", "Code,Outcome,Retry\nbusy,Busy,yes\nfailed,Failed,\n");

        Assert.Equal(SlotSource.Offset, model.Layout.Source);
        Assert.Equal(0, model.Layout.First);
        Assert.Equal(new[] { -1, 0, 1 }, model.Layout.Slots.ToArray());
        Assert.Equal(RowColumns.Name | RowColumns.Description | RowColumns.Outcome | RowColumns.Retry | RowColumns.Code, model.Layout.Columns);
        Assert.True(model.HasIsRetryable);
    }

    [Fact]
    public void Columns_exist_only_for_what_the_table_has()
    {
        // No Outcome column and no Retry cells: names and descriptions only, and no IsRetryable.
        var plain = Model("/p/plain.csv", "Code,Description\n1,One\n2,Two\n");
        Assert.Equal(RowColumns.Name | RowColumns.Description, plain.Layout.Columns);
        Assert.False(plain.HasIsRetryable);

        // Retry cells without an outcome: IsRetryable reads them (false where empty, as its docs say).
        var retry = Model("/p/retry.csv", "Code,Retry\n1,yes\n2,\n");
        Assert.Equal(RowColumns.Name | RowColumns.Description | RowColumns.Retry, retry.Layout.Columns);
        Assert.True(retry.HasIsRetryable);
    }

    [Fact]
    public void The_layout_is_part_of_the_cached_model_and_compares_by_value()
    {
        const string table = "Code,Outcome\n1,Busy\n3,Failed\n";
        Assert.Equal(Model("/p/a.csv", table).Layout, Model("/p/a.csv", table).Layout);
    }
}
