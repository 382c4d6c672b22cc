using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CodeTables.Benchmarks.Tables;

namespace CodeTables.Benchmarks.Runtime;

/// <summary>
/// The common shape (<see cref="ICodeTable"/>, <see cref="ICodeTable{TEnum}"/>, through <c>ETable.Instance</c> or the
/// registry) beside the generated static API it delegates to, for an integer, a string and a composite table. The
/// interface takes the code as text parts (as read from a file), so the static baseline for integer codes parses too.
/// </summary>
[Config(typeof(RuntimeConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class InterfacePath
{
    private const int N = Inputs.Count;

    private string[] _huaweiText = [];
    private string[][] _huaweiParts = [];
    private string[] _freeSwitch = [];
    private string[][] _freeSwitchParts = [];
    private (string Type, string Cause)[] _natterbox = [];
    private string[][] _natterboxParts = [];
    private HuaweiCecReleaseCause[] _huaweiValues = [];
    private ICodeTable _huaweiTable = HuaweiCecReleaseCauseTable.Instance;
    private ICodeTable _freeSwitchTable = FreeSwitchHangupCauseTable.Instance;
    private ICodeTable _natterboxTable = NatterboxMissedCallTable.Instance;
    private ICodeTable<HuaweiCecReleaseCause> _huaweiGeneric = HuaweiCecReleaseCauseTable.Instance;

    [GlobalSetup]
    public void Setup()
    {
        _huaweiValues = Inputs.Fill(HuaweiCecReleaseCauseExtensions.GetValues(), seed: 11);
        _huaweiText = _huaweiValues.Select(v => Inputs.Fresh(v.ToCode().ToString(CultureInfo.InvariantCulture))).ToArray();
        _huaweiParts = _huaweiText.Select(t => new[] { t }).ToArray();
        _freeSwitch = Inputs.Fill(FreeSwitchHangupCauseExtensions.GetValues(), seed: 12).Select(v => Inputs.Fresh(v.ToCode())).ToArray();
        _freeSwitchParts = _freeSwitch.Select(t => new[] { t }).ToArray();
        _natterbox = Inputs.Fill(NatterboxMissedCallExtensions.GetValues(), seed: 13).Select(v => (Inputs.Fresh(v.ToCode().MissedCallType), Inputs.Fresh(v.ToCode().HangupCause))).ToArray();
        _natterboxParts = _natterbox.Select(c => new[] { c.Type, c.Cause }).ToArray();

        // Chosen at run time, as a job reading many vendors' files would.
        _huaweiTable = CodeTableRegistry.Find("huawei-cec-release-cause")!;
        _freeSwitchTable = CodeTableRegistry.Find("FreeSWITCH")!;
        _natterboxTable = CodeTableRegistry.Find("NatterboxMissedCall")!;
        _huaweiGeneric = HuaweiCecReleaseCauseTable.Instance;
        if (ClassifyIntStatic() != ClassifyIntInterface() || ClassifyStringStatic() != ClassifyStringInterface()
            || ClassifyCompositeStatic() != ClassifyCompositeInterface() || ToOutcomeStatic() != ToOutcomeGeneric())
        {
            throw new InvalidOperationException("The interface path and the static API disagree.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Classify int code from text")]
    public int ClassifyIntStatic()
    {
        var sum = 0;
        foreach (var text in _huaweiText)
        {
            sum += int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) ? (int)HuaweiCecReleaseCauseExtensions.Classify(code) : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify int code from text")]
    public int ClassifyIntInterface()
    {
        var sum = 0;
        foreach (var parts in _huaweiParts)
        {
            sum += (int)_huaweiTable.Classify(parts);
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Classify string code")]
    public int ClassifyStringStatic()
    {
        var sum = 0;
        foreach (var code in _freeSwitch)
        {
            sum += (int)FreeSwitchHangupCauseExtensions.Classify(code);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify string code")]
    public int ClassifyStringInterface()
    {
        var sum = 0;
        foreach (var parts in _freeSwitchParts)
        {
            sum += (int)_freeSwitchTable.Classify(parts);
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Classify composite code")]
    public int ClassifyCompositeStatic()
    {
        var sum = 0;
        foreach (var (type, cause) in _natterbox)
        {
            sum += (int)NatterboxMissedCallExtensions.Classify(type, cause);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify composite code")]
    public int ClassifyCompositeInterface()
    {
        var sum = 0;
        foreach (var parts in _natterboxParts)
        {
            sum += (int)_natterboxTable.Classify(parts);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify composite code")]
    public int TryFindCompositeInterface()
    {
        var sum = 0;
        foreach (var parts in _natterboxParts)
        {
            sum += _natterboxTable.TryFind(parts, out var entry) ? (int)entry.Outcome : 0;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("ToOutcome of a member")]
    public int ToOutcomeStatic()
    {
        var sum = 0;
        foreach (var value in _huaweiValues)
        {
            sum += (int)value.ToOutcome();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToOutcome of a member")]
    public int ToOutcomeGeneric() => SumOutcomes(_huaweiGeneric, _huaweiValues);

    /// <summary>Code written once for every table.</summary>
    private static int SumOutcomes<TEnum>(ICodeTable<TEnum> table, IReadOnlyList<TEnum> values)
        where TEnum : struct, Enum
    {
        var sum = 0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += (int)table.ToOutcome(values[i]);
        }

        return sum;
    }
}
