using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;
using CodeTables.Shared;

namespace CodeTables.Generator.Validation;

/// <summary>
/// Verifies a decision table's rules the way DMN verifiers do (docs/table-format.md, "Decision tables"). Each input's
/// values are partitioned into points that no condition tells apart: for bool its two values; for text and codes
/// the values the cells name plus one point for every other value; for integers the segments between the
/// boundaries the cells name. A rule is then one set of points per input (a hyper-rectangle). Overlaps, duplicates
/// and subsumption are pairwise set tests; gaps and reachability come from a sweep over one input at a time that
/// recurses into the rules active on each group of points and stops where the first active rule covers the rest
/// (Calvanese et al., "Semantics and Analysis of DMN Decision Tables").
/// </summary>
internal sealed class DecisionVerifier
{
    private readonly Dimension[] _dimensions;
    private readonly ulong[][][] _sets;
    private readonly int[] _fullFrom;
    private readonly bool[] _reachable;
    private readonly bool _needGap;
    private readonly CancellationToken _cancellationToken;
    private int[]? _gap;

    private DecisionVerifier(Dimension[] dimensions, ulong[][][] sets, bool needGap, CancellationToken cancellationToken)
    {
        _dimensions = dimensions;
        _sets = sets;
        _needGap = needGap;
        _cancellationToken = cancellationToken;
        _reachable = new bool[sets.Length];
        _fullFrom = new int[sets.Length];
        for (var r = 0; r < sets.Length; r++)
        {
            var from = dimensions.Length;
            while (from > 0 && IsFull(sets[r][from - 1], dimensions[from - 1].Count))
            {
                from--;
            }

            _fullFrom[r] = from;
        }
    }

    /// <summary>Reports what is wrong with the rules; returns, per rule, whether some input reaches it in row order.</summary>
    public static bool[] Verify(TableModel table, DecisionModel decision, List<PlannedInput> inputs, List<ReferenceTargetInfo?> targets, List<PlannedCondition[]> conditions, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var dimensions = inputs.Select((input, i) => Dimension.Build(input, targets[i], conditions.Select(c => c[i]))).ToArray();
        var sets = conditions.Select(c => c.Select((condition, i) => dimensions[i].Set(condition)).ToArray()).ToArray();
        var verifier = new DecisionVerifier(dimensions, sets, decision.Complete && !decision.RowsDropped, cancellationToken);
        verifier.Sweep(0, Enumerable.Range(0, sets.Length).ToList(), new int[dimensions.Length]);
        verifier.Report(table, decision, diagnostics);
        return verifier._reachable;
    }

    /// <summary>
    /// Whether the rules match every value of the inputs' C# types, as the compiler proves it for the generated switch:
    /// there a <c>default</c> after the rules would be unreachable code (CS0162). A table input is never covered by its
    /// named members alone (an enum may hold a value no member names), so it always keeps its point for other values.
    /// </summary>
    public static bool CoversEveryValue(List<PlannedInput> inputs, List<ReferenceTargetInfo?> targets, List<PlannedCondition[]> conditions, CancellationToken cancellationToken)
    {
        var dimensions = inputs.Select((input, i) => Dimension.Build(input, targets[i], conditions.Select(c => c[i]), openEnum: true)).ToArray();
        var sets = conditions.Select(c => c.Select((condition, i) => dimensions[i].Set(condition)).ToArray()).ToArray();
        var verifier = new DecisionVerifier(dimensions, sets, needGap: true, cancellationToken);
        verifier.Sweep(0, Enumerable.Range(0, sets.Length).ToList(), new int[dimensions.Length]);
        return verifier._gap is null;
    }

    private void Report(TableModel table, DecisionModel decision, List<DiagnosticInfo> diagnostics)
    {
        var members = table.Members;
        var hasResult = table.OutcomeType is not null || members.Any(m => m.Retry is not null);
        // A rule's result: its Outcome and Retry; and the rule itself when its Name cell names it (Decide returns it), or
        // when the table has neither Outcome nor Retry.
        string Result(TableMember m) => hasResult
            ? (m.Outcome is null ? string.Empty : string.IsNullOrEmpty(m.Outcome) ? GeneratedNames.UnknownOutcome : m.Outcome!)
                + (m.Retry is null ? string.Empty : m.Retry == true ? ", retry" : ", no retry")
                + (decision.NamedRules.Contains(m.Name) ? " as " + m.Name : string.Empty)
            : m.Name;
        string Line(int r) => members[r].Row.Line.ToString(CultureInfo.InvariantCulture);
        var reported = new bool[members.Count];
        for (var j = 0; j < members.Count; j++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < j && !reported[j]; i++)
            {
                if (!Intersect(i, j, out var witness))
                {
                    continue;
                }

                if (Subset(i, j) && Subset(j, i))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.DuplicateConditions, members[j].Row, table.FileName, Line(j), Line(i)));
                    reported[j] = true;
                }
                else if (!decision.FirstHit && Result(members[i]) != Result(members[j]))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.OverlappingRules, members[j].Row, table.FileName, Line(i), Line(j), Describe(witness), Result(members[i]), Result(members[j])));
                    reported[j] = true;
                }
            }
        }

        for (var r = 0; r < members.Count; r++)
        {
            if (reported[r])
            {
                continue;
            }

            // The earlier rows that share an input with this one: the rows that cover it when it is never reached.
            var covering = Enumerable.Range(0, r).Where(i => Intersect(i, r, out _)).ToList();
            if (!_reachable[r] && decision.FirstHit)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnreachableRule, members[r].Row, table.FileName, Line(r), Rows(covering.Select(Line).ToList())));
                reported[r] = true;
            }
            else if (!_reachable[r])
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.RedundantRule, members[r].Row, table.FileName, Line(r), Rows(covering.Select(Line).ToList()), Result(members[r]), covering.Count == 1 ? "it" : "them"));
                reported[r] = true;
            }
            else
            {
                // Reached, but a later row with the same result covers it all: it only decides what that row would.
                var wider = Enumerable.Range(r + 1, members.Count - r - 1).FirstOrDefault(k => !reported[k] && Subset(r, k) && Result(members[k]) == Result(members[r]) && BetweenAgree(r, k, m => Result(members[m]) == Result(members[r])));
                if (wider > r && hasResult)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.RedundantRule, members[r].Row, table.FileName, Line(r), "row " + Line(wider), Result(members[r]), "row " + Line(wider)));
                }
            }
        }

        if (_gap is not null && _needGap)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.DecisionGap, table.Header, table.FileName, Describe(_gap)));
        }
    }

    /// <summary>
    /// Row <paramref name="inner"/> is redundant beside the later <paramref name="outer"/> only if no row between them
    /// takes part of it with another result: then removing it changes no decision.
    /// </summary>
    private bool BetweenAgree(int inner, int outer, Func<int, bool> sameResult)
    {
        for (var m = inner + 1; m < outer; m++)
        {
            if (!sameResult(m) && Intersect(m, inner, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static string Rows(List<string> lines)
        => lines.Count == 0 ? "earlier rows" : lines.Count == 1 ? "row " + lines[0]
            : "rows " + string.Join(", ", lines.Take(Math.Min(lines.Count, 6) - 1)) + (lines.Count > 6 ? ", ... and " : " and ") + lines[lines.Count - 1];

    private string Describe(int[] point) => string.Join(", ", point.Select((p, d) => _dimensions[d].Column + "=" + _dimensions[d].Labels[p]));

    private void Sweep(int dimension, List<int> active, int[] point)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (active.Count == 0)
        {
            if (_gap is null)
            {
                _gap = (int[])point.Clone();
                for (var d = dimension; d < _dimensions.Length; d++)
                {
                    _gap[d] = 0;
                }
            }

            return;
        }

        // The first active rule that covers every remaining input decides the rest of this region alone.
        var covering = active.FindIndex(r => _fullFrom[r] <= dimension);
        if (covering == 0)
        {
            _reachable[active[0]] = true;
            return;
        }

        if (covering > 0)
        {
            active = active.GetRange(0, covering + 1);
        }

        if ((_gap is not null || !_needGap) && active.TrueForAll(r => _reachable[r]))
        {
            return;
        }

        // Points that the active rules do not tell apart are one case: recurse once per group.
        var dim = _dimensions[dimension];
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<(int Point, List<int> Rules)>();
        for (var p = 0; p < dim.Count; p++)
        {
            var rules = active.Where(r => Has(_sets[r][dimension], p)).ToList();
            var key = string.Join(",", rules);
            if (!groups.ContainsKey(key))
            {
                groups.Add(key, rules);
                order.Add((p, rules));
            }
        }

        foreach (var (p, rules) in order)
        {
            point[dimension] = p;
            Sweep(dimension + 1, rules, point);
        }
    }

    private bool Intersect(int a, int b, out int[] witness)
    {
        witness = new int[_dimensions.Length];
        for (var d = 0; d < _dimensions.Length; d++)
        {
            var x = _sets[a][d];
            var y = _sets[b][d];
            var found = -1;
            for (var w = 0; w < x.Length && found < 0; w++)
            {
                var both = x[w] & y[w];
                if (both != 0)
                {
                    found = (w * 64) + TrailingZeros(both);
                }
            }

            if (found < 0)
            {
                return false;
            }

            witness[d] = found;
        }

        return true;
    }

    /// <summary>Whether rule <paramref name="inner"/>'s inputs are all inputs of rule <paramref name="outer"/>.</summary>
    private bool Subset(int inner, int outer)
    {
        for (var d = 0; d < _dimensions.Length; d++)
        {
            var x = _sets[inner][d];
            var y = _sets[outer][d];
            for (var w = 0; w < x.Length; w++)
            {
                if ((x[w] & ~y[w]) != 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Has(ulong[] set, int point) => (set[point >> 6] & (1UL << (point & 63))) != 0;

    private static bool IsFull(ulong[] set, int count)
    {
        for (var p = 0; p < count; p++)
        {
            if (!Has(set, p))
            {
                return false;
            }
        }

        return true;
    }

    private static int TrailingZeros(ulong value)
    {
        var count = 0;
        while ((value & 1) == 0)
        {
            value >>= 1;
            count++;
        }

        return count;
    }

    /// <summary>One input's values, partitioned into the points no condition tells apart, each with a label for messages.</summary>
    private sealed class Dimension
    {
        private readonly Func<PlannedCondition, int, bool> _matches;

        private Dimension(string column, List<string> labels, Func<PlannedCondition, int, bool> matches)
        {
            Column = column;
            Labels = labels;
            _matches = matches;
        }

        public string Column { get; }

        public List<string> Labels { get; }

        public int Count => Labels.Count;

        public ulong[] Set(PlannedCondition condition)
        {
            var set = new ulong[(Count + 63) / 64];
            for (var p = 0; p < Count; p++)
            {
                if (condition.Any || _matches(condition, p))
                {
                    set[p >> 6] |= 1UL << (p & 63);
                }
            }

            return set;
        }

        /// <param name="openEnum">A table input keeps a point for values no member names even when its cells name every member.</param>
        public static Dimension Build(PlannedInput input, ReferenceTargetInfo? target, IEnumerable<PlannedCondition> conditions, bool openEnum = false)
        {
            switch (input.Kind)
            {
                case InputKind.Bool:
                    return new Dimension(input.Column, new List<string> { "no", "yes" }, (c, p) => c.Values.Contains(p == 1 ? "true" : "false"));
                case InputKind.Int:
                    var bounds = new SortedSet<long> { int.MinValue };
                    foreach (var range in conditions.SelectMany(c => c.Ranges))
                    {
                        bounds.Add(range.Low);
                        if (range.High < int.MaxValue)
                        {
                            bounds.Add(range.High + 1);
                        }
                    }

                    var starts = bounds.ToList();
                    var segments = starts.Select((low, i) => (Low: low, High: i + 1 < starts.Count ? starts[i + 1] - 1 : int.MaxValue)).ToList();
                    var labels = segments.Select(s => (s.Low <= 0 && s.High >= 0 ? 0 : s.Low > 0 ? s.Low : s.High).ToString(CultureInfo.InvariantCulture)).ToList();
                    return new Dimension(input.Column, labels, (c, p) => c.Ranges.Any(r => r.Low <= segments[p].Low && segments[p].Low <= r.High));
                case InputKind.String:
                    var named = conditions.SelectMany(c => c.Values).Distinct(StringComparer.Ordinal).ToList();
                    var points = named.Select(n => "'" + n + "'").Append("(any other text)").ToList();
                    return new Dimension(input.Column, points, (c, p) => (p < named.Count && c.Values.Contains(named[p])) != c.Negated);
                default:
                    // Named members in the table's order, then one point for every member no cell names (when there are any).
                    var used = new HashSet<string>(conditions.SelectMany(c => c.Values), StringComparer.Ordinal);
                    var members = target!.Members.Where(m => used.Contains(m.Name)).ToList();
                    var other = target.Members.FirstOrDefault(m => !used.Contains(m.Name));
                    var codes = members.Select(m => Code(target, m)).ToList();
                    if (other is not null)
                    {
                        codes.Add(Code(target, other));
                    }
                    else if (openEnum)
                    {
                        codes.Add("(a value no member names)");
                    }

                    return new Dimension(input.Column, codes, (c, p) => (p < members.Count && c.Values.Contains(members[p].Name)) != c.Negated);
            }
        }

        private static string Code(ReferenceTargetInfo target, TargetMember member)
            => target.Kind == CodeKind.Integer ? member.Value.ToString(CultureInfo.InvariantCulture) : member.Code;
    }
}
