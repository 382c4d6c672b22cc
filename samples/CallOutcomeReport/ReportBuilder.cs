using System;
using System.Collections.Generic;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>
/// Aggregates rows into a <see cref="Report"/> as they stream by. Keeps counts, not events: memory is bounded by
/// <see cref="ReportLimits"/>, not by the length of the export.
/// </summary>
internal sealed class ReportBuilder
{
    private readonly string exportName;
    private readonly ReportLimits limits;
    private readonly long[][] outcomeCounts;
    private readonly long[] notInTable;
    private readonly List<BadRow> badRows = new();
    private readonly UnknownCodeCounter unknownCodes;
    private readonly NumberTracker numbers;
    private long events;
    private long badRowCount;
    private DateTimeOffset? first;
    private DateTimeOffset? last;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="exportName">The export as the report names it.</param>
    /// <param name="limits">The list bounds.</param>
    public ReportBuilder(string exportName, ReportLimits limits)
    {
        this.exportName = exportName;
        this.limits = limits;
        int vendorCount = VendorTables.All.Count;
        int outcomeSlots = 1 + MaxOutcomeValue();
        outcomeCounts = new long[vendorCount][];
        for (int i = 0; i < vendorCount; i++)
        {
            outcomeCounts[i] = new long[outcomeSlots];
        }

        notInTable = new long[vendorCount];
        unknownCodes = new UnknownCodeCounter(limits.UnknownCodesTracked);
        numbers = new NumberTracker(limits.NumbersTracked);
    }

    /// <summary>Data rows seen so far.</summary>
    public long DataRows => events + badRowCount;

    /// <summary>Bad rows seen so far.</summary>
    public long BadRowCount => badRowCount;

    /// <summary>Adds a classified event.</summary>
    /// <param name="e">The event.</param>
    public void Add(in ClassifiedEvent e)
    {
        events++;
        int vendor = e.Vendor.Index;
        if (e.Lookup.InTable)
        {
            outcomeCounts[vendor][(int)e.Outcome]++;
        }
        else
        {
            notInTable[vendor]++;
            unknownCodes.Record(e);
        }

        numbers.Record(e);
        if (first is null || e.Timestamp < first)
        {
            first = e.Timestamp;
        }

        if (last is null || e.Timestamp > last)
        {
            last = e.Timestamp;
        }
    }

    /// <summary>Adds a bad row (kept for the list while there is room, always counted).</summary>
    /// <param name="bad">The row and its problem.</param>
    public void AddBadRow(in BadRow bad)
    {
        badRowCount++;
        if (badRows.Count < limits.BadRowsKept)
        {
            badRows.Add(bad);
        }
    }

    /// <summary>Takes a snapshot of everything added so far.</summary>
    /// <returns>The report.</returns>
    public Report Build()
    {
        var vendors = new List<VendorSummary>();
        long notInTableTotal = 0;
        foreach (VendorTable vendor in VendorTables.All)
        {
            var summary = new VendorSummary(vendor, (long[])outcomeCounts[vendor.Index].Clone(), notInTable[vendor.Index]);
            notInTableTotal += summary.NotInTable;
            if (summary.Events > 0)
            {
                vendors.Add(summary);
            }
        }

        return new Report
        {
            ExportName = exportName,
            Limits = limits,
            DataRows = DataRows,
            Events = events,
            BadRowCount = badRowCount,
            BadRows = badRows.ToArray(),
            FirstEvent = first,
            LastEvent = last,
            Vendors = vendors,
            NotInTableEvents = notInTableTotal,
            UnknownCodes = unknownCodes.Codes(),
            UntrackedUnknownEvents = unknownCodes.UntrackedEvents,
            NumbersToRetry = numbers.NumbersToRetry(),
            TrackedNumbers = numbers.TrackedNumbers,
            UntrackedNumberEvents = numbers.UntrackedEvents,
        };
    }

    private static int MaxOutcomeValue()
    {
        int max = 0;
        foreach (CallOutcome outcome in CallOutcomeExtensions.GetValues())
        {
            max = Math.Max(max, (int)outcome);
        }

        return max;
    }
}
