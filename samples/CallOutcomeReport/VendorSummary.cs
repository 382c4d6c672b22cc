using System.Collections.Generic;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>The event counts of one vendor kind: per outcome, plus the events whose code is not in the table.</summary>
internal sealed class VendorSummary
{
    private readonly long[] byOutcome;

    /// <summary>Creates a summary from counts indexed by <c>(int)CallOutcome</c>.</summary>
    /// <param name="vendor">The vendor kind.</param>
    /// <param name="byOutcome">Events per outcome, for codes in the table.</param>
    /// <param name="notInTable">Events whose code is not in the table.</param>
    public VendorSummary(VendorTable vendor, long[] byOutcome, long notInTable)
    {
        Vendor = vendor;
        this.byOutcome = byOutcome;
        NotInTable = notInTable;
        long total = notInTable;
        foreach (long n in byOutcome)
        {
            total += n;
        }

        Events = total;
    }

    /// <summary>The vendor kind.</summary>
    public VendorTable Vendor { get; }

    /// <summary>All events of this vendor kind.</summary>
    public long Events { get; }

    /// <summary>Events whose code is not in the table (their outcome is <see cref="CallOutcome.Unknown"/>).</summary>
    public long NotInTable { get; }

    /// <summary>Events whose code is in the table with outcome <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count (codes not in the table are not included, even for Unknown).</returns>
    public long Count(CallOutcome outcome) => (int)outcome < byOutcome.Length ? byOutcome[(int)outcome] : 0;

    /// <summary>Events in a category; codes not in the table count as <see cref="CallOutcomeCategory.Unknown"/>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The count.</returns>
    public long CountCategory(CallOutcomeCategory category)
    {
        long total = category == CallOutcomeCategory.Unknown ? NotInTable : 0;
        foreach (CallOutcome outcome in CallOutcomeExtensions.GetValues())
        {
            if (outcome.GetCategory() == category)
            {
                total += Count(outcome);
            }
        }

        return total;
    }

    /// <summary>The outcomes that occurred, in taxonomy order, with their counts.</summary>
    /// <returns>The non-zero counts.</returns>
    public IReadOnlyList<KeyValuePair<CallOutcome, long>> Outcomes()
    {
        var result = new List<KeyValuePair<CallOutcome, long>>();
        foreach (CallOutcome outcome in CallOutcomeExtensions.GetValues())
        {
            long n = Count(outcome);
            if (n > 0)
            {
                result.Add(new KeyValuePair<CallOutcome, long>(outcome, n));
            }
        }

        return result;
    }
}
