using System;
using System.Collections.Generic;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>Everything the report shows, computed from one pass over an export. Immutable.</summary>
internal sealed class Report
{
    /// <summary>The export as the report names it.</summary>
    public required string ExportName { get; init; }

    /// <summary>The limits the lists were built with.</summary>
    public required ReportLimits Limits { get; init; }

    /// <summary>Data rows read (good and bad; the header is not counted).</summary>
    public required long DataRows { get; init; }

    /// <summary>Rows that were classified (including those whose code is not in a table).</summary>
    public required long Events { get; init; }

    /// <summary>Rows that could not be classified.</summary>
    public required long BadRowCount { get; init; }

    /// <summary>The first <see cref="ReportLimits.BadRowsKept"/> bad rows, in file order.</summary>
    public required IReadOnlyList<BadRow> BadRows { get; init; }

    /// <summary>The earliest event's timestamp, or null when there are no events.</summary>
    public required DateTimeOffset? FirstEvent { get; init; }

    /// <summary>The latest event's timestamp, or null when there are no events.</summary>
    public required DateTimeOffset? LastEvent { get; init; }

    /// <summary>The vendor kinds that have events, in <see cref="VendorTables.All"/> order.</summary>
    public required IReadOnlyList<VendorSummary> Vendors { get; init; }

    /// <summary>Events whose code is not in their vendor's table.</summary>
    public required long NotInTableEvents { get; init; }

    /// <summary>The distinct codes not in a table (at most <see cref="ReportLimits.UnknownCodesTracked"/>).</summary>
    public required IReadOnlyList<UnknownCode> UnknownCodes { get; init; }

    /// <summary>Not-in-table events whose code was past the distinct-code bound (counted, not listed).</summary>
    public required long UntrackedUnknownEvents { get; init; }

    /// <summary>The numbers whose latest event advises a retry, most attempts first.</summary>
    public required IReadOnlyList<RetryNumber> NumbersToRetry { get; init; }

    /// <summary>Distinct numbers followed for the retry list.</summary>
    public required int TrackedNumbers { get; init; }

    /// <summary>Events for numbers past the <see cref="ReportLimits.NumbersTracked"/> bound (not followed).</summary>
    public required long UntrackedNumberEvents { get; init; }

    /// <summary>The summary of a vendor kind.</summary>
    /// <param name="key">The vendor key, e.g. <c>huawei</c>.</param>
    /// <returns>The summary, or null when the export has no events for it.</returns>
    public VendorSummary? Vendor(string key)
    {
        foreach (VendorSummary summary in Vendors)
        {
            if (string.Equals(summary.Vendor.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return summary;
            }
        }

        return null;
    }

    /// <summary>Events in a category over all vendors (codes not in a table count as Unknown).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The count.</returns>
    public long CountCategory(CallOutcomeCategory category)
    {
        long total = 0;
        foreach (VendorSummary summary in Vendors)
        {
            total += summary.CountCategory(category);
        }

        return total;
    }
}
