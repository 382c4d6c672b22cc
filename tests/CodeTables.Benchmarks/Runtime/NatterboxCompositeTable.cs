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
/// A composite-key table: Natterbox missed calls, 30 codes keyed by (MissedCallType, HangupCause). The generated code
/// (each category's baseline) against what users write instead: a tuple switch, a dictionary keyed by a tuple, a
/// SmartEnum whose value is the tuple.
/// </summary>
[Config(typeof(RuntimeConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NatterboxCompositeTable
{
    private const int N = Inputs.Count;

    private (string Type, string Cause)[] _hits = [];
    private (string Type, string Cause)[] _misses = [];
    private NatterboxMissedCall[] _values = [];
    private NatterboxSmart[] _smartValues = [];
    private Dictionary<(string, string), NatterboxMissedCall> _byCode = [];
    private FrozenDictionary<(string, string), NatterboxMissedCall> _frozenByCode = FrozenDictionary<(string, string), NatterboxMissedCall>.Empty;
    private Dictionary<(string, string), CallOutcome> _outcomeByCode = [];
    private FrozenDictionary<(string, string), CallOutcome> _frozenOutcomeByCode = FrozenDictionary<(string, string), CallOutcome>.Empty;
    private Dictionary<NatterboxMissedCall, string> _names = [];
    private FrozenDictionary<NatterboxMissedCall, string> _frozenNames = FrozenDictionary<NatterboxMissedCall, string>.Empty;
    private Dictionary<NatterboxMissedCall, (string, string)> _codes = [];
    private FrozenDictionary<NatterboxMissedCall, (string, string)> _frozenCodes = FrozenDictionary<NatterboxMissedCall, (string, string)>.Empty;
    private Dictionary<NatterboxMissedCall, string> _descriptions = [];
    private FrozenDictionary<NatterboxMissedCall, string> _frozenDescriptions = FrozenDictionary<NatterboxMissedCall, string>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var members = NatterboxMissedCallExtensions.GetValues();
        var codes = members.Select(m => m.ToCode()).Select(c => (c.MissedCallType, c.HangupCause)).ToList();
        _hits = Inputs.Fill(codes, seed: 1).Select(c => (Inputs.Fresh(c.MissedCallType), Inputs.Fresh(c.HangupCause))).ToArray();

        // Misses: a known type with a cause in the wrong case, an unknown type, the parts swapped, an unknown cause.
        var misses = Inputs.Fill(codes, seed: 2);
        for (var i = 0; i < misses.Length; i++)
        {
            var (type, cause) = misses[i];
            misses[i] = (i % 4) switch
            {
                0 => (type, cause.Length == 0 ? "normal_clearing" : cause.ToLowerInvariant()),
                1 => ("Queued", cause),
                2 => (cause, type),
                _ => (type, "SIP_500"),
            };
        }

        _misses = misses;
        _values = Inputs.Fill(members, seed: 3);
        _smartValues = _values.Select(v => NatterboxSmart.FromValue(v.ToCode())).ToArray();

        _byCode = members.ToDictionary(m => (m.ToCode().MissedCallType, m.ToCode().HangupCause));
        _frozenByCode = _byCode.ToFrozenDictionary();
        _outcomeByCode = members.ToDictionary(m => (m.ToCode().MissedCallType, m.ToCode().HangupCause), m => m.ToOutcome());
        _frozenOutcomeByCode = _outcomeByCode.ToFrozenDictionary();
        _names = members.ToDictionary(m => m, m => m.ToStringFast());
        _frozenNames = _names.ToFrozenDictionary();
        _codes = members.ToDictionary(m => m, m => (m.ToCode().MissedCallType, m.ToCode().HangupCause));
        _frozenCodes = _codes.ToFrozenDictionary();
        _descriptions = members.ToDictionary(m => m, m => m.GetDescription());
        _frozenDescriptions = _descriptions.ToFrozenDictionary();
        Check();
    }

    // ---- TryFromCode(string, string), hits and misses

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_Generated() => Generated(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_HandWrittenTupleSwitch() => HandWritten(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_Dictionary() => Lookup(_byCode, _hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_FrozenDictionary() => Lookup(_frozenByCode, _hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_SmartEnum() => Smart(_hits);

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_Generated() => Generated(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_HandWrittenTupleSwitch() => HandWritten(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_Dictionary() => Lookup(_byCode, _misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_FrozenDictionary() => Lookup(_frozenByCode, _misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_SmartEnum() => Smart(_misses);

    // ---- Classify(string, string), hits and misses

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Classify hit")]
    public int Classify_Hit_Generated() => ClassifyGenerated(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify hit")]
    public int Classify_Hit_HandWrittenTupleSwitch() => ClassifyHandWritten(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify hit")]
    public int Classify_Hit_Dictionary() => ClassifyLookup(_outcomeByCode, _hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify hit")]
    public int Classify_Hit_FrozenDictionary() => ClassifyLookup(_frozenOutcomeByCode, _hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify hit")]
    public int Classify_Hit_SmartEnum() => ClassifySmart(_hits);

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Classify miss")]
    public int Classify_Miss_Generated() => ClassifyGenerated(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Classify miss")]
    public int Classify_Miss_HandWrittenTupleSwitch() => ClassifyHandWritten(_misses);

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
            total += NatterboxHandWritten.ToStringFast(value).Length;
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

    // ---- ToCode: member to its key parts

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_Generated()
    {
        var total = 0;
        foreach (var value in _values)
        {
            var (type, cause) = value.ToCode();
            total += type.Length + cause.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_HandWrittenSwitch()
    {
        var total = 0;
        foreach (var value in _values)
        {
            var (type, cause) = NatterboxHandWritten.ToCode(value);
            total += type.Length + cause.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_Dictionary()
    {
        var total = 0;
        foreach (var value in _values)
        {
            var (type, cause) = _codes[value];
            total += type.Length + cause.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_FrozenDictionary()
    {
        var total = 0;
        foreach (var value in _values)
        {
            var (type, cause) = _frozenCodes[value];
            total += type.Length + cause.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_SmartEnumValue()
    {
        var total = 0;
        foreach (var value in _smartValues)
        {
            var (type, cause) = value.Value;
            total += type.Length + cause.Length;
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
            total += NatterboxHandWritten.GetDescription(value).Length;
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

    private static int Generated((string Type, string Cause)[] codes)
    {
        var total = 0;
        foreach (var (type, cause) in codes)
        {
            if (NatterboxMissedCallExtensions.TryFromCode(type, cause, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    private static int HandWritten((string Type, string Cause)[] codes)
    {
        var total = 0;
        foreach (var (type, cause) in codes)
        {
            if (NatterboxHandWritten.TryFromCode(type, cause, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    private static int Lookup(Dictionary<(string, string), NatterboxMissedCall> map, (string Type, string Cause)[] codes)
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

    private static int Lookup(FrozenDictionary<(string, string), NatterboxMissedCall> map, (string Type, string Cause)[] codes)
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

    private static int Smart((string Type, string Cause)[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (NatterboxSmart.TryFromValue(code, out var value))
            {
                total += value.Name.Length;
            }
        }

        return total;
    }

    private static int ClassifyGenerated((string Type, string Cause)[] codes)
    {
        var total = 0;
        foreach (var (type, cause) in codes)
        {
            total += (int)NatterboxMissedCallExtensions.Classify(type, cause);
        }

        return total;
    }

    private static int ClassifyHandWritten((string Type, string Cause)[] codes)
    {
        var total = 0;
        foreach (var (type, cause) in codes)
        {
            total += (int)NatterboxHandWritten.Classify(type, cause);
        }

        return total;
    }

    private static int ClassifyLookup(Dictionary<(string, string), CallOutcome> map, (string Type, string Cause)[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)(map.TryGetValue(code, out var outcome) ? outcome : CallOutcome.Unknown);
        }

        return total;
    }

    private static int ClassifyLookup(FrozenDictionary<(string, string), CallOutcome> map, (string Type, string Cause)[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)(map.TryGetValue(code, out var outcome) ? outcome : CallOutcome.Unknown);
        }

        return total;
    }

    private static int ClassifySmart((string Type, string Cause)[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)(NatterboxSmart.TryFromValue(code, out var value) ? value.Outcome : CallOutcome.Unknown);
        }

        return total;
    }

    private static int Text(Dictionary<NatterboxMissedCall, string> map, NatterboxMissedCall[] values)
    {
        var total = 0;
        foreach (var value in values)
        {
            total += map[value].Length;
        }

        return total;
    }

    private static int Text(FrozenDictionary<NatterboxMissedCall, string> map, NatterboxMissedCall[] values)
    {
        var total = 0;
        foreach (var value in values)
        {
            total += map[value].Length;
        }

        return total;
    }

    private void Check()
    {
        HuaweiIntTable.Agree(Generated(_hits), HandWritten(_hits), Lookup(_byCode, _hits), Lookup(_frozenByCode, _hits));
        HuaweiIntTable.Agree(Generated(_misses), HandWritten(_misses), Lookup(_byCode, _misses), Lookup(_frozenByCode, _misses), Smart(_misses), 0);
        HuaweiIntTable.Agree(Smart(_hits), _hits.Sum(c => NatterboxMissedCallExtensions.FromCode(c.Type, c.Cause).ToStringFast().Length));
        HuaweiIntTable.Agree(ClassifyGenerated(_hits), ClassifyHandWritten(_hits), ClassifyLookup(_outcomeByCode, _hits), ClassifyLookup(_frozenOutcomeByCode, _hits), ClassifySmart(_hits));
        HuaweiIntTable.Agree(ClassifyGenerated(_misses), ClassifyHandWritten(_misses), ClassifyLookup(_outcomeByCode, _misses), ClassifyLookup(_frozenOutcomeByCode, _misses), ClassifySmart(_misses));
        HuaweiIntTable.Agree(ToStringFast_Generated(), ToStringFast_EnumToString(), ToStringFast_HandWrittenSwitch(), ToStringFast_Dictionary(), ToStringFast_FrozenDictionary(), ToStringFast_SmartEnumName());
        HuaweiIntTable.Agree(ToCode_Generated(), ToCode_HandWrittenSwitch(), ToCode_Dictionary(), ToCode_FrozenDictionary(), ToCode_SmartEnumValue());
        HuaweiIntTable.Agree(GetDescription_Generated(), GetDescription_HandWrittenSwitch(), GetDescription_Dictionary(), GetDescription_FrozenDictionary(), GetDescription_SmartEnumProperty());
    }
}
