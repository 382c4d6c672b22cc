using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CodeTables.Benchmarks.Alternatives;
using CodeTables.Benchmarks.Tables;

namespace CodeTables.Benchmarks.Runtime;

/// <summary>
/// A sparse int table: Huawei CEC release causes, 112 codes between 80 and 1077 in a few dense runs. The generated
/// code (each category's baseline) against what users write instead.
/// </summary>
[Config(typeof(RuntimeConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class HuaweiIntTable
{
    private const int N = Inputs.Count;

    private int[] _hits = [];
    private int[] _misses = [];
    private HuaweiCecReleaseCause[] _values = [];
    private HuaweiSmart[] _smartValues = [];
    private Dictionary<int, HuaweiCecReleaseCause> _byCode = [];
    private FrozenDictionary<int, HuaweiCecReleaseCause> _frozenByCode = FrozenDictionary<int, HuaweiCecReleaseCause>.Empty;
    private Dictionary<int, CallOutcome> _outcomeByCode = [];
    private FrozenDictionary<int, CallOutcome> _frozenOutcomeByCode = FrozenDictionary<int, CallOutcome>.Empty;
    private Dictionary<HuaweiCecReleaseCause, string> _names = [];
    private FrozenDictionary<HuaweiCecReleaseCause, string> _frozenNames = FrozenDictionary<HuaweiCecReleaseCause, string>.Empty;
    private Dictionary<HuaweiCecReleaseCause, string> _descriptions = [];
    private FrozenDictionary<HuaweiCecReleaseCause, string> _frozenDescriptions = FrozenDictionary<HuaweiCecReleaseCause, string>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var members = HuaweiCecReleaseCauseExtensions.GetValues();
        var codes = members.Select(m => m.ToCode()).ToHashSet();
        _hits = Inputs.Fill(codes, seed: 1);

        // Misses: codes a switch sees in production, mostly inside the table's range (in its gaps), some outside it.
        var random = new Random(2);
        var misses = new List<int>();
        while (misses.Count < N)
        {
            var code = misses.Count % 4 == 3 ? random.Next(-100, 100_000) : random.Next(0, 1200);
            if (!codes.Contains(code))
            {
                misses.Add(code);
            }
        }

        _misses = [.. misses];
        _values = Inputs.Fill(members, seed: 3);
        _smartValues = _values.Select(v => HuaweiSmart.FromValue(v.ToCode())).ToArray();

        _byCode = members.ToDictionary(m => m.ToCode());
        _frozenByCode = _byCode.ToFrozenDictionary();
        _outcomeByCode = members.ToDictionary(m => m.ToCode(), m => m.ToOutcome());
        _frozenOutcomeByCode = _outcomeByCode.ToFrozenDictionary();
        _names = members.ToDictionary(m => m, m => m.ToStringFast());
        _frozenNames = _names.ToFrozenDictionary();
        _descriptions = members.ToDictionary(m => m, m => m.GetDescription());
        _frozenDescriptions = _descriptions.ToFrozenDictionary();
        Check();
    }

    // ---- TryFromCode(int), hits and misses

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_Generated() => Generated(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_HandWrittenSwitch() => HandWritten(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_EnumIsDefinedAndCast() => EnumIsDefined(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_Dictionary() => Lookup(_byCode, _hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_FrozenDictionary() => Lookup(_frozenByCode, _hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_SmartEnum() => Smart(_hits);

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_Generated() => Generated(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_HandWrittenSwitch() => HandWritten(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_EnumIsDefinedAndCast() => EnumIsDefined(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_Dictionary() => Lookup(_byCode, _misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_FrozenDictionary() => Lookup(_frozenByCode, _misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_SmartEnum() => Smart(_misses);

    // ---- Classify(int): raw code to outcome, hits and misses

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Classify hit")]
    public int Classify_Hit_Generated() => ClassifyGenerated(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify hit")]
    public int Classify_Hit_HandWrittenSwitch() => ClassifyHandWritten(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify hit")]
    public int Classify_Hit_Dictionary() => ClassifyLookup(_outcomeByCode, _hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify hit")]
    public int Classify_Hit_FrozenDictionary() => ClassifyLookup(_frozenOutcomeByCode, _hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify hit")]
    public int Classify_Hit_SmartEnum() => ClassifySmart(_hits);

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Classify miss")]
    public int Classify_Miss_Generated() => ClassifyGenerated(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify miss")]
    public int Classify_Miss_HandWrittenSwitch() => ClassifyHandWritten(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify miss")]
    public int Classify_Miss_Dictionary() => ClassifyLookup(_outcomeByCode, _misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify miss")]
    public int Classify_Miss_FrozenDictionary() => ClassifyLookup(_frozenOutcomeByCode, _misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify miss")]
    public int Classify_Miss_SmartEnum() => ClassifySmart(_misses);

    // ---- ToStringFast: member name

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("ToStringFast")]
    public int ToStringFast_Generated()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += value.ToStringFast().Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToStringFast")]
    public int ToStringFast_EnumToString()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += value.ToString().Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToStringFast")]
    public int ToStringFast_HandWrittenSwitch()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += HuaweiHandWritten.ToStringFast(value).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToStringFast")]
    public int ToStringFast_Dictionary() => Text(_names, _values);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToStringFast")]
    public int ToStringFast_FrozenDictionary() => Text(_frozenNames, _values);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToStringFast")]
    public int ToStringFast_SmartEnumName()
    {
        var total = 0;
        foreach (var value in _smartValues)
        {
            total += value.Name.Length;
        }

        return total;
    }

    // ---- ToCode: member to raw code

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_Generated()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += value.ToCode();
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_HandWrittenCast()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += (int)value;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_SmartEnumValue()
    {
        var total = 0;
        foreach (var value in _smartValues)
        {
            total += value.Value;
        }

        return total;
    }

    // ---- GetDescription: the vendor's text

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("GetDescription")]
    public int GetDescription_Generated()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += value.GetDescription().Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("GetDescription")]
    public int GetDescription_HandWrittenSwitch()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += HuaweiHandWritten.GetDescription(value).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("GetDescription")]
    public int GetDescription_Dictionary() => Text(_descriptions, _values);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("GetDescription")]
    public int GetDescription_FrozenDictionary() => Text(_frozenDescriptions, _values);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("GetDescription")]
    public int GetDescription_SmartEnumProperty()
    {
        var total = 0;
        foreach (var value in _smartValues)
        {
            total += value.Description.Length;
        }

        return total;
    }

    // ---- the loops

    private static int Generated(int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (HuaweiCecReleaseCauseExtensions.TryFromCode(code, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    private static int HandWritten(int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (HuaweiHandWritten.TryFromCode(code, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    private static int EnumIsDefined(int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (Enum.IsDefined((HuaweiCecReleaseCause)code))
            {
                total += (int)(HuaweiCecReleaseCause)code;
            }
        }

        return total;
    }

    private static int Lookup(Dictionary<int, HuaweiCecReleaseCause> map, int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (map.TryGetValue(code, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    private static int Lookup(FrozenDictionary<int, HuaweiCecReleaseCause> map, int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (map.TryGetValue(code, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    private static int Smart(int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (HuaweiSmart.TryFromValue(code, out var value))
            {
                total += value.Value;
            }
        }

        return total;
    }

    private static int ClassifyGenerated(int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)HuaweiCecReleaseCauseExtensions.Classify(code);
        }

        return total;
    }

    private static int ClassifyHandWritten(int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)HuaweiHandWritten.Classify(code);
        }

        return total;
    }

    private static int ClassifyLookup(Dictionary<int, CallOutcome> map, int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)(map.TryGetValue(code, out var outcome) ? outcome : CallOutcome.Unknown);
        }

        return total;
    }

    private static int ClassifyLookup(FrozenDictionary<int, CallOutcome> map, int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)(map.TryGetValue(code, out var outcome) ? outcome : CallOutcome.Unknown);
        }

        return total;
    }

    private static int ClassifySmart(int[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)(HuaweiSmart.TryFromValue(code, out var value) ? value.Outcome : CallOutcome.Unknown);
        }

        return total;
    }

    private static int Text(Dictionary<HuaweiCecReleaseCause, string> map, HuaweiCecReleaseCause[] values)
    {
        var total = 0;
        foreach (var value in values)
        {
            total += map[value].Length;
        }

        return total;
    }

    private static int Text(FrozenDictionary<HuaweiCecReleaseCause, string> map, HuaweiCecReleaseCause[] values)
    {
        var total = 0;
        foreach (var value in values)
        {
            total += map[value].Length;
        }

        return total;
    }

    /// <summary>Every alternative must give the generated code's answers, or the comparison means nothing.</summary>
    private void Check()
    {
        Agree(Generated(_hits), HandWritten(_hits), EnumIsDefined(_hits), Lookup(_byCode, _hits), Lookup(_frozenByCode, _hits), Smart(_hits));
        Agree(Generated(_misses), HandWritten(_misses), EnumIsDefined(_misses), Lookup(_byCode, _misses), Lookup(_frozenByCode, _misses), Smart(_misses));
        Agree(ClassifyGenerated(_hits), ClassifyHandWritten(_hits), ClassifyLookup(_outcomeByCode, _hits), ClassifyLookup(_frozenOutcomeByCode, _hits), ClassifySmart(_hits));
        Agree(ClassifyGenerated(_misses), ClassifyHandWritten(_misses), ClassifyLookup(_outcomeByCode, _misses), ClassifyLookup(_frozenOutcomeByCode, _misses), ClassifySmart(_misses));
        Agree(ToStringFast_Generated(), ToStringFast_EnumToString(), ToStringFast_HandWrittenSwitch(), ToStringFast_Dictionary(), ToStringFast_FrozenDictionary(), ToStringFast_SmartEnumName());
        Agree(ToCode_Generated(), ToCode_HandWrittenCast(), ToCode_SmartEnumValue());
        Agree(GetDescription_Generated(), GetDescription_HandWrittenSwitch(), GetDescription_Dictionary(), GetDescription_FrozenDictionary(), GetDescription_SmartEnumProperty());
        if (Generated(_misses) != 0)
        {
            throw new InvalidOperationException("A miss was found.");
        }
    }

    internal static void Agree(params int[] results)
    {
        if (results.Distinct().Count() != 1)
        {
            throw new InvalidOperationException("The alternatives disagree: " + string.Join(", ", results));
        }
    }
}
