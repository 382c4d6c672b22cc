using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using CodeTables.Benchmarks.GeneratorCost;
using CodeTables.Benchmarks.Runtime;
using CodeTables.Benchmarks.Tables;
using Microsoft.CodeAnalysis;

namespace CodeTables.Benchmarks.Decisions;

/// <summary>
/// A decision table's generated <c>Decide</c> (Decisions/freeswitch-call-outcome.csv: FreeSWITCH cause x answered x
/// billsec, hit policy first) against the same rules written by hand as a switch, and against a Dictionary of tuples
/// (which needs billsec reduced to "billed or not" first). Times are per decision.
/// </summary>
[Config(typeof(RuntimeConfig))]
public class DecisionBenchmarks
{
    private const int N = Inputs.Count;
    private (FreeSwitchHangupCause Cause, bool Answered, int Billsec)[] _inputs = [];
    private Dictionary<(FreeSwitchHangupCause, bool, bool), FreeSwitchCallOutcome> _byTuple = [];

    [GlobalSetup]
    public void Setup()
    {
        var causes = FreeSwitchHangupCauseExtensions.GetValues();
        var random = new Random(3);
        _inputs = Inputs.Fill(causes, seed: 4).Select(c => (c, random.Next(2) == 0, random.Next(3) == 0 ? 0 : random.Next(1, 600))).ToArray();
        foreach (var cause in causes)
        {
            foreach (var answered in new[] { false, true })
            {
                foreach (var billed in new[] { false, true })
                {
                    _byTuple[(cause, answered, billed)] = FreeSwitchCallOutcomeExtensions.Decide(cause, answered, billed ? 1 : 0);
                }
            }
        }

        foreach (var (cause, answered, billsec) in _inputs)
        {
            if (HandWritten(cause, answered, billsec) != FreeSwitchCallOutcomeExtensions.Decide(cause, answered, billsec))
            {
                throw new InvalidOperationException("The hand-written switch disagrees with the table at " + cause);
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int GeneratedDecide()
    {
        var sum = 0;
        foreach (var (cause, answered, billsec) in _inputs)
        {
            sum += (int)FreeSwitchCallOutcomeExtensions.Decide(cause, answered, billsec);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int HandWrittenSwitch()
    {
        var sum = 0;
        foreach (var (cause, answered, billsec) in _inputs)
        {
            sum += (int)HandWritten(cause, answered, billsec);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int DictionaryOfTuples()
    {
        var sum = 0;
        foreach (var (cause, answered, billsec) in _inputs)
        {
            sum += (int)_byTuple[(cause, answered, billsec > 0)];
        }

        return sum;
    }

    /// <summary>The table's rules as a developer would write them.</summary>
    private static FreeSwitchCallOutcome HandWritten(FreeSwitchHangupCause cause, bool answered, int billsec)
    {
        switch (cause)
        {
            case FreeSwitchHangupCause.NormalClearing:
            case FreeSwitchHangupCause.NormalUnspecified:
                return answered ? (billsec > 0 ? FreeSwitchCallOutcome.Talked : FreeSwitchCallOutcome.AnsweredSilent) : FreeSwitchCallOutcome.NotAnswered;
            case FreeSwitchHangupCause.NoAnswer:
            case FreeSwitchHangupCause.AllottedTimeout:
                return answered ? FreeSwitchCallOutcome.AnsweredOther : FreeSwitchCallOutcome.NotAnswered;
            case FreeSwitchHangupCause.UserBusy:
                return FreeSwitchCallOutcome.Busy;
            case FreeSwitchHangupCause.CallRejected:
                return FreeSwitchCallOutcome.Rejected;
            case FreeSwitchHangupCause.OriginatorCancel:
                return FreeSwitchCallOutcome.Canceled;
            case FreeSwitchHangupCause.NoUserResponse:
                return FreeSwitchCallOutcome.Unreachable;
            default:
                return answered ? FreeSwitchCallOutcome.AnsweredOther : FreeSwitchCallOutcome.Other;
        }
    }
}

/// <summary>
/// What verifying a big decision table costs the build: a full generator run over a code table of 100 codes and a
/// unique decision table of 500 rows over 4 inputs (code, bool, int ranges, string), against the same run without
/// the decision table. The difference is parsing, verifying (overlaps, gaps, reachability) and emitting 500 rules.
/// </summary>
[Config(typeof(GeneratorCostConfig))]
public class DecisionVerificationBenchmarks
{
    private IReadOnlyList<(string Path, string Text)> _codesOnly = [];
    private IReadOnlyList<(string Path, string Text)> _withDecision = [];
    private Microsoft.CodeAnalysis.CSharp.CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var codes = new StringBuilder("# enum: BigCause\nCode,Outcome\n");
        for (var c = 0; c < 100; c++)
        {
            codes.Append("CAUSE_").Append(c.ToString(CultureInfo.InvariantCulture)).Append(",Failed\n");
        }

        // Row i: one cause, a bool and a billsec band chosen by i / 100, a direction: no two rows share an input.
        var rules = new StringBuilder("# enum: BigDecision\n# inputs: Cause=BigCause, Answered=bool, Billsec=int, Direction=string\n# complete: no\nCause,Answered,Billsec,Direction,Outcome\n");
        for (var i = 0; i < 500; i++)
        {
            var band = i / 100;
            rules.Append("CAUSE_").Append((i % 100).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(band % 2 == 0 ? "yes" : "no").Append(',')
                .Append((band * 10).ToString(CultureInfo.InvariantCulture)).Append("..").Append(((band * 10) + 9).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(i % 3 == 0 ? "inbound" : i % 3 == 1 ? "!inbound" : "*").Append(",Answered\n");
        }

        _codesOnly = [("/t/big-cause.csv", codes.ToString())];
        _withDecision = [("/t/big-cause.csv", codes.ToString()), ("/t/big-decision.csv", rules.ToString())];
        (_compilation, _, _) = GeneratorHarnessLite.Consumer(GeneratorHarnessLite.ParseOptions);
        var driver = GeneratorHarnessLite.CreateDriver(_withDecision, GeneratorHarnessLite.ParseOptions, trackSteps: false, out _);
        driver = driver.RunGeneratorsAndUpdateCompilation(_compilation, out _, out _);
        var result = driver.GetRunResult();
        if (result.Diagnostics.Length > 0 || result.GeneratedTrees.Length != 3)
        {
            throw new InvalidOperationException("The big decision table does not generate cleanly: " + string.Join("; ", result.Diagnostics.Take(5)));
        }
    }

    [Benchmark(Baseline = true)]
    public Compilation CodeTableOnly() => Run(_codesOnly);

    [Benchmark]
    public Compilation WithDecisionTable500x4() => Run(_withDecision);

    private Compilation Run(IReadOnlyList<(string Path, string Text)> tables)
    {
        var driver = GeneratorHarnessLite.CreateDriver(tables, GeneratorHarnessLite.ParseOptions, trackSteps: false, out _);
        driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out _);
        return output;
    }
}
