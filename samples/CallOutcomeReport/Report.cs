using System.Globalization;
using System.Runtime.InteropServices;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>
/// Bounds that keep memory flat however long the input is (counts stay exact; the report says when a list is capped),
/// list lengths, the retry rule (numbers tried <c>MaxAttempts</c> times are left out; 0 = no limit) and the longest
/// field (CsvHelper's MaxFieldSize: a record with a longer one is a bad row, read to its end but never held in memory).
/// </summary>
internal sealed record ReportLimits(int BadRowsKept = 20, int UnknownCodesTracked = 1_000, int UnknownCodesListed = 50,
    int NumbersTracked = 100_000, int RetryNumbersListed = 20, int MaxAttempts = 5, int MaxFieldChars = 65_536)
{
    public static ReportLimits Default { get; } = new();
}

/// <summary>A code in no row of its vendor's table, and how often it occurred: a row to add.</summary>
internal sealed record UnknownCode(Vendor Vendor, string Code, string Code2, long Events)
{
    public string DisplayCode => Vendor.FormatCode(Code, Code2);
}

/// <summary>A number whose latest event advises a retry.</summary>
internal sealed record RetryNumber(string Number, long Attempts, CallOutcome LastOutcome, Vendor LastVendor, DateTimeOffset LastTime);

/// <summary>The calls of one vendor kind per outcome, and those whose outcome comes from a code in no row.</summary>
internal sealed class VendorCounts(Vendor vendor)
{
    public Vendor Vendor => vendor;
    public long[] ByOutcome { get; } = new long[Report.NotInTable + 1]; // by Report.Slot, then codes in no table
    public long NotInTable => ByOutcome[Report.NotInTable];
    public long Events => ByOutcome.Sum();

    public long Count(CallOutcome outcome) => ByOutcome[Report.Slot(outcome)];

    /// <summary>Calls in a category; codes in no table count as <see cref="CallOutcomeCategory.Unknown"/>.</summary>
    public long CountCategory(CallOutcomeCategory category) => (category == CallOutcomeCategory.Unknown ? NotInTable : 0)
        + CallOutcomeExtensions.GetValues().Where(o => o.GetCategory() == category).Sum(Count);
}

/// <summary>
/// One streaming pass over a file. Counts, not events, so memory is bounded by <see cref="ReportLimits"/>, except for
/// the calls of a file that links legs, which are kept (one small entry a call) until the end of the file.
/// </summary>
internal sealed class Report(string exportName, InputLayout layout, ReportLimits limits, Vendor[] vendors)
{
    /// <summary>The outcomes in the taxonomy's order (tables/taxonomy/call-outcome.csv), then "not in table": a count's
    /// slot. A call's outcome is the first of its legs' in this order, so any answered leg makes it Answered.</summary>
    public static readonly CallOutcome[] Outcomes = [.. CallOutcomeExtensions.GetValues()];

    /// <summary>The slot of <see cref="VendorCounts.ByOutcome"/> for codes in no table.</summary>
    public static readonly int NotInTable = Outcomes.Length;

    private readonly Dictionary<(Vendor, string, string), long> _unknown = new();
    private readonly Dictionary<string, long> _notNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Vendor Vendor, int Slot, DateTimeOffset Time)> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Attempts, DateTimeOffset Time, Vendor Vendor, CallOutcome Outcome, bool Retry)> _numbers = new(StringComparer.Ordinal);

    public string ExportName => exportName;
    public InputFormat Format => layout.Format;
    /// <summary>Whether the records named their calls (linked legs): the counts are then calls, else records.</summary>
    public bool LinksLegs => _calls.Count > 0;
    public ReportLimits Limits => limits;
    public long Events { get; private set; }
    public long Calls => AllVendors.Sum(v => v.Events);
    public long BadRowCount { get; private set; }
    public long DataRows => Events + BadRowCount;
    public List<BadRow> BadRows { get; } = new();
    public DateTimeOffset? FirstEvent { get; private set; }
    public DateTimeOffset? LastEvent { get; private set; }
    public VendorCounts[] AllVendors { get; } = vendors.Select(v => new VendorCounts(v)).ToArray();
    public VendorCounts[] Vendors => AllVendors.Where(v => v.Events > 0).ToArray();
    public long NotInTableEvents => AllVendors.Sum(v => v.NotInTable);
    public long NotInTableRecords { get; private set; }

    /// <summary>Calls by the hour of the day (UTC) they started in, per outcome slot as in <see cref="VendorCounts.ByOutcome"/>.</summary>
    public long[][] ByHour { get; } = Enumerable.Range(0, 24).Select(_ => new long[NotInTable + 1]).ToArray();

    /// <summary>The distinct codes in no table (at most <see cref="ReportLimits.UnknownCodesTracked"/>), most frequent first.</summary>
    public List<UnknownCode> UnknownCodes { get; private set; } = new();
    public long UntrackedUnknownEvents { get; private set; }

    /// <summary>Destinations that are not a number to dial (empty, or a dialplan name such as <c>s</c> or
    /// <c>voicemail</c>), with their counts, most frequent first (at most <see cref="ReportLimits.UnknownCodesTracked"/>).</summary>
    public List<(string Number, long Events)> NotNumbers { get; private set; } = new();
    public long NotNumberEvents { get; private set; }

    /// <summary>Numbers whose latest event advises a retry, tried fewer than <see cref="ReportLimits.MaxAttempts"/> times:
    /// fewest attempts first, then the longest waiting (earliest latest event).</summary>
    public List<RetryNumber> NumbersToRetry { get; private set; } = new();
    public int NumbersAtAttemptLimit { get; private set; }
    public int TrackedNumbers => _numbers.Count;
    public long UntrackedNumberEvents { get; private set; }

    /// <summary>Reads every record, classifies it, counts it and optionally writes it to <paramref name="csv"/>.</summary>
    /// <exception cref="ExportFormatException">The file is empty, or its format unknown or unusable.</exception>
    public static Report Analyze(CsvRecords records, InputFormat? format, string exportName, ReportLimits limits,
        CsvEventWriter? csv, Action<long, long>? progress, Vendor[]? vendors = null)
    {
        if (!records.Read())
        {
            throw new ExportFormatException("the export is empty" + (format is null or InputFormat.Export
                ? "; its first line must be the header 'timestamp,vendor,code,code2,number'" : string.Empty));
        }

        vendors ??= CallOutcomeReport.Vendor.All;
        var layout = InputLayout.For(records, format, vendors);
        var report = new Report(exportName, layout, limits, vendors);
        for (var read = layout.Format != InputFormat.Export; read || records.Read(); read = false)
        {
            if (layout.Read(records, out var e) is string problem)
            {
                if (report.BadRowCount++ < limits.BadRowsKept)
                {
                    report.BadRows.Add(new BadRow(records.Line, problem));
                }
            }
            else
            {
                report.Add(e);
                csv?.Write(e);
            }

            if (report.DataRows % ProgressInterval == 0)
            {
                progress?.Invoke(report.DataRows, report.BadRowCount);
            }
        }

        foreach (var call in report._calls.Values)
        {
            report.CountCall(call.Vendor, call.Slot, call.Time);
        }

        report.UnknownCodes = report._unknown.Select(p => new UnknownCode(p.Key.Item1, p.Key.Item2, p.Key.Item3, p.Value))
            .OrderByDescending(c => c.Events).ThenBy(c => c.Vendor.Index).ThenBy(c => c.Code, StringComparer.Ordinal)
            .ThenBy(c => c.Code2, StringComparer.Ordinal).ToList();
        report.NotNumbers = report._notNumbers.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();
        var retry = report._numbers.Where(p => p.Value.Retry)
            .Select(p => new RetryNumber(p.Key, p.Value.Attempts, p.Value.Outcome, p.Value.Vendor, p.Value.Time)).ToList();
        report.NumbersToRetry = retry.Where(r => limits.MaxAttempts == 0 || r.Attempts < limits.MaxAttempts)
            .OrderBy(r => r.Attempts).ThenBy(r => r.LastTime).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
        report.NumbersAtAttemptLimit = retry.Count - report.NumbersToRetry.Count;
        return report;
    }

    /// <summary>How often progress is reported, in rows.</summary>
    public const long ProgressInterval = 10_000;

    public static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Digits, with an optional leading <c>+</c>, once spaces, dashes, dots, slashes and brackets are removed.</summary>
    public static bool IsDialable(string number) => number.Where(c => c is not (' ' or '-' or '.' or '/' or '(' or ')')).ToArray() is var n
        && n.Length > (n is ['+', ..] ? 1 : 0) && n.Skip(n is ['+', ..] ? 1 : 0).All(char.IsAsciiDigit);

    public VendorCounts? Vendor(string key) => CallOutcomeReport.Vendor.Find(key, vendors) is { } v ? Vendors.FirstOrDefault(c => c.Vendor == v) : null;

    public static int Slot(CallOutcome outcome) => Array.IndexOf(Outcomes, outcome);

    public long CountCategory(CallOutcomeCategory category) => AllVendors.Sum(v => v.CountCategory(category));

    private void CountCall(Vendor vendor, int slot, DateTimeOffset time)
    {
        AllVendors[vendor.Index].ByOutcome[slot]++;
        ByHour[time.UtcDateTime.Hour][slot]++;
    }

    private void Add(in CallEvent e)
    {
        Events++;
        FirstEvent = FirstEvent is { } first && first <= e.Time ? first : e.Time;
        LastEvent = LastEvent is { } last && last >= e.Time ? last : e.Time;
        var slot = e.Undecided ? NotInTable : Slot(e.Outcome);
        NotInTableRecords += e.Entry is null ? 1 : 0;
        if (e.CallId.Length == 0)
        {
            CountCall(e.Vendor, slot, e.Time);
        }
        else
        {
            ref var call = ref CollectionsMarshal.GetValueRefOrAddDefault(_calls, e.CallId, out var seen);
            call = !seen ? (e.Vendor, slot, e.Time) : (call.Vendor, Math.Min(slot, call.Slot), call.Time < e.Time ? call.Time : e.Time);
        }

        var key = (e.Vendor, e.Code, e.Vendor.Table.KeyColumns.Count > 1 ? e.Code2 : string.Empty); // code2 only splits composite codes
        if (e.Entry is null && (_unknown.Count < limits.UnknownCodesTracked || _unknown.ContainsKey(key)))
        {
            _unknown[key] = _unknown.GetValueOrDefault(key) + 1;
        }
        else
        {
            UntrackedUnknownEvents += e.Entry is null ? 1 : 0;
        }

        if (!IsDialable(e.Number))
        {
            NotNumberEvents++;
            if (_notNumbers.Count < limits.UnknownCodesTracked || _notNumbers.ContainsKey(e.Number))
            {
                _notNumbers[e.Number] = _notNumbers.GetValueOrDefault(e.Number) + 1;
            }

            return;
        }

        if (_numbers.Count >= limits.NumbersTracked && !_numbers.ContainsKey(e.Number))
        {
            UntrackedNumberEvents++;
            return;
        }

        // The latest event by time decides; on a tie the later row, as rows arrive in file order.
        ref var s = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, e.Number, out _);
        s = s.Attempts > 0 && e.Time < s.Time ? s with { Attempts = s.Attempts + 1 } : (s.Attempts + 1, e.Time, e.Vendor, e.Outcome, e.Retryable);
    }
}
