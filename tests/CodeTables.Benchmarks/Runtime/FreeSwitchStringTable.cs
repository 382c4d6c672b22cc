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
/// A string table: FreeSWITCH hangup causes by name (82 codes such as <c>USER_BUSY</c>, the Q.850 causes' names).
/// The generated code (each category's baseline) against what users write instead.
/// </summary>
[Config(typeof(RuntimeConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FreeSwitchStringTable
{
    private const int N = Inputs.Count;

    private string[] _hits = [];
    private string[] _misses = [];
    private FreeSwitchHangupCause[] _values = [];
    private FreeSwitchSmart[] _smartValues = [];
    private FreeSwitchName[] _plainValues = [];
    private Dictionary<string, FreeSwitchHangupCause> _byCode = [];
    private FrozenDictionary<string, FreeSwitchHangupCause> _frozenByCode = FrozenDictionary<string, FreeSwitchHangupCause>.Empty;
    private Dictionary<string, CallOutcome> _outcomeByCode = [];
    private FrozenDictionary<string, CallOutcome> _frozenOutcomeByCode = FrozenDictionary<string, CallOutcome>.Empty;
    private Dictionary<FreeSwitchHangupCause, string> _names = [];
    private FrozenDictionary<FreeSwitchHangupCause, string> _frozenNames = FrozenDictionary<FreeSwitchHangupCause, string>.Empty;
    private Dictionary<FreeSwitchHangupCause, string> _codes = [];
    private FrozenDictionary<FreeSwitchHangupCause, string> _frozenCodes = FrozenDictionary<FreeSwitchHangupCause, string>.Empty;
    private Dictionary<FreeSwitchHangupCause, string> _descriptions = [];
    private FrozenDictionary<FreeSwitchHangupCause, string> _frozenDescriptions = FrozenDictionary<FreeSwitchHangupCause, string>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var members = FreeSwitchHangupCauseExtensions.GetValues();
        var codes = members.Select(m => m.ToCode()).ToList();
        _hits = Inputs.Fill(codes, seed: 1).Select(Inputs.Fresh).ToArray();

        // Misses: near misses, the hard case for a matcher: wrong case, an extra or a missing character, another first letter.
        var misses = Inputs.Fill(codes, seed: 2);
        for (var i = 0; i < misses.Length; i++)
        {
            var code = misses[i];
            misses[i] = (i % 4) switch
            {
                0 => code.ToLowerInvariant(),
                1 => code + "S",
                2 => code[..^1],
                _ => "X" + code[1..],
            };
        }

        _misses = misses;
        _values = Inputs.Fill(members, seed: 3);
        _smartValues = _values.Select(v => FreeSwitchSmart.FromValue(v.ToCode())).ToArray();
        _plainValues = _values.Select(v => Enum.Parse<FreeSwitchName>(v.ToCode())).ToArray();

        _byCode = members.ToDictionary(m => m.ToCode(), StringComparer.Ordinal);
        _frozenByCode = _byCode.ToFrozenDictionary(StringComparer.Ordinal);
        _outcomeByCode = members.ToDictionary(m => m.ToCode(), m => m.ToOutcome(), StringComparer.Ordinal);
        _frozenOutcomeByCode = _outcomeByCode.ToFrozenDictionary(StringComparer.Ordinal);
        _names = members.ToDictionary(m => m, m => m.ToStringFast());
        _frozenNames = _names.ToFrozenDictionary();
        _codes = members.ToDictionary(m => m, m => m.ToCode());
        _frozenCodes = _codes.ToFrozenDictionary();
        _descriptions = members.ToDictionary(m => m, m => m.GetDescription());
        _frozenDescriptions = _descriptions.ToFrozenDictionary();
        Check();
    }

    // ---- TryFromCode(string), hits and misses

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_Generated() => Generated(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_GeneratedSpan() => GeneratedSpan(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_HandWrittenSwitch() => HandWritten(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_EnumTryParse() => EnumTryParse(_hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_Dictionary() => Lookup(_byCode, _hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_FrozenDictionary() => Lookup(_frozenByCode, _hits);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode hit")]
    public int TryFromCode_Hit_SmartEnum() => Smart(_hits);

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_Generated() => Generated(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_GeneratedSpan() => GeneratedSpan(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_HandWrittenSwitch() => HandWritten(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_EnumTryParse() => EnumTryParse(_misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_Dictionary() => Lookup(_byCode, _misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_FrozenDictionary() => Lookup(_frozenByCode, _misses);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("TryFromCode miss")]
    public int TryFromCode_Miss_SmartEnum() => Smart(_misses);

    // ---- Classify(string), hits and misses

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
            total += FreeSwitchHandWritten.ToStringFast(value).Length;
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

    // ---- ToCode: member to raw code (the vendor's name)

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_Generated()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += value.ToCode().Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_EnumToStringOfPlainEnum()
    {
        var total = 0;
        foreach (var value in _plainValues)
        {
            total += value.ToString().Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_HandWrittenSwitch()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += FreeSwitchHandWritten.ToCode(value).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_Dictionary() => Text(_codes, _values);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_FrozenDictionary() => Text(_frozenCodes, _values);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("ToCode")]
    public int ToCode_SmartEnumValue()
    {
        var total = 0;
        foreach (var value in _smartValues)
        {
            total += value.Value.Length;
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
            total += FreeSwitchHandWritten.GetDescription(value).Length;
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

    private static int Generated(string[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (FreeSwitchHangupCauseExtensions.TryFromCode(code, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    private static int GeneratedSpan(string[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (FreeSwitchHangupCauseExtensions.TryFromCode(code.AsSpan(), out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    private static int HandWritten(string[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (FreeSwitchHandWritten.TryFromCode(code, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    private static int EnumTryParse(string[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (Enum.TryParse<FreeSwitchName>(code, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    private static int Lookup(Dictionary<string, FreeSwitchHangupCause> map, string[] codes)
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

    private static int Lookup(FrozenDictionary<string, FreeSwitchHangupCause> map, string[] codes)
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

    private static int Smart(string[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            if (FreeSwitchSmart.TryFromValue(code, out var value))
            {
                total += value.Name.Length;
            }
        }

        return total;
    }

    private static int ClassifyGenerated(string[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)FreeSwitchHangupCauseExtensions.Classify(code);
        }

        return total;
    }

    private static int ClassifyHandWritten(string[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)FreeSwitchHandWritten.Classify(code);
        }

        return total;
    }

    private static int ClassifyLookup(Dictionary<string, CallOutcome> map, string[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)(map.TryGetValue(code, out var outcome) ? outcome : CallOutcome.Unknown);
        }

        return total;
    }

    private static int ClassifyLookup(FrozenDictionary<string, CallOutcome> map, string[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)(map.TryGetValue(code, out var outcome) ? outcome : CallOutcome.Unknown);
        }

        return total;
    }

    private static int ClassifySmart(string[] codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += (int)(FreeSwitchSmart.TryFromValue(code, out var value) ? value.Outcome : CallOutcome.Unknown);
        }

        return total;
    }

    private static int Text(Dictionary<FreeSwitchHangupCause, string> map, FreeSwitchHangupCause[] values)
    {
        var total = 0;
        foreach (var value in values)
        {
            total += map[value].Length;
        }

        return total;
    }

    private static int Text(FrozenDictionary<FreeSwitchHangupCause, string> map, FreeSwitchHangupCause[] values)
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
        HuaweiIntTable.Agree(Generated(_hits), GeneratedSpan(_hits), HandWritten(_hits), EnumTryParse(_hits), Lookup(_byCode, _hits), Lookup(_frozenByCode, _hits));
        HuaweiIntTable.Agree(Generated(_misses), GeneratedSpan(_misses), HandWritten(_misses), EnumTryParse(_misses), Lookup(_byCode, _misses), Lookup(_frozenByCode, _misses), 0);
        HuaweiIntTable.Agree(Smart(_hits), _hits.Sum(c => FreeSwitchHangupCauseExtensions.FromCode(c).ToStringFast().Length));
        HuaweiIntTable.Agree(Smart(_misses), 0);
        HuaweiIntTable.Agree(ClassifyGenerated(_hits), ClassifyHandWritten(_hits), ClassifyLookup(_outcomeByCode, _hits), ClassifyLookup(_frozenOutcomeByCode, _hits), ClassifySmart(_hits));
        HuaweiIntTable.Agree(ClassifyGenerated(_misses), ClassifyHandWritten(_misses), ClassifyLookup(_outcomeByCode, _misses), ClassifyLookup(_frozenOutcomeByCode, _misses), ClassifySmart(_misses));
        HuaweiIntTable.Agree(ToStringFast_Generated(), ToStringFast_EnumToString(), ToStringFast_HandWrittenSwitch(), ToStringFast_Dictionary(), ToStringFast_FrozenDictionary(), ToStringFast_SmartEnumName());
        HuaweiIntTable.Agree(ToCode_Generated(), ToCode_EnumToStringOfPlainEnum(), ToCode_HandWrittenSwitch(), ToCode_Dictionary(), ToCode_FrozenDictionary(), ToCode_SmartEnumValue());
        HuaweiIntTable.Agree(GetDescription_Generated(), GetDescription_HandWrittenSwitch(), GetDescription_Dictionary(), GetDescription_FrozenDictionary(), GetDescription_SmartEnumProperty());
    }
}
