using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace CodeTables.Benchmarks;

/// <summary>
/// The runtime benchmarks' job: one launch, 3 warm-up and 9 measured iterations of ~150 ms. Enough for stable
/// medians on a 2-core machine shared with other builds, short enough that the whole suite runs in minutes.
/// The memory diagnoser is on; results are grouped by category, with the generated code as each category's baseline.
/// </summary>
public sealed class RuntimeConfig : ManualConfig
{
    public RuntimeConfig()
    {
        AddJob(Job.Default
            .WithId("CodeTables")
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(9)
            .WithIterationTime(TimeInterval.FromMilliseconds(150)));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, new MedianRatioColumn());
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared));
        HideColumns(Column.Error, Column.StdDev, Column.RatioSD, Column.AllocRatio, Column.Gen0, Column.Job);
    }
}

/// <summary>The median of a benchmark divided by the median of its category's baseline: robust against the odd slow iteration.</summary>
public sealed class MedianRatioColumn : IColumn
{
    public string Id => nameof(MedianRatioColumn);

    public string ColumnName => "Ratio (median)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Baseline;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median time / median time of the category's baseline (the generated code)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var own = summary[benchmarkCase]?.ResultStatistics;
        var baseStats = baseline is null ? null : summary[baseline]?.ResultStatistics;
        if (own is null || baseStats is null || baseStats.Median <= 0)
        {
            return "?";
        }

        var ratio = own.Median / baseStats.Median;
        return ratio.ToString(ratio < 0.1 ? "0.00000" : "0.00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
