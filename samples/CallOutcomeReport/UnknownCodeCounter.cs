using System.Collections.Generic;

namespace CallOutcomeReport;

/// <summary>
/// Counts the events whose code is not in the vendor's table, per distinct code. At most <c>capacity</c>
/// distinct codes are counted one by one; events with further codes are counted in <see cref="UntrackedEvents"/>.
/// </summary>
internal sealed class UnknownCodeCounter
{
    private readonly Dictionary<(VendorTable Vendor, string Code, string Code2), long> counts = new();
    private readonly int capacity;

    /// <summary>Creates a counter for at most <paramref name="capacity"/> distinct codes.</summary>
    /// <param name="capacity">The bound.</param>
    public UnknownCodeCounter(int capacity) => this.capacity = capacity;

    /// <summary>Events whose code was not counted one by one because the bound was reached.</summary>
    public long UntrackedEvents { get; private set; }

    /// <summary>Counts one not-in-table event.</summary>
    /// <param name="e">The event.</param>
    public void Record(in ClassifiedEvent e)
    {
        // Single-column tables ignore code2, so it must not split their codes.
        string code2 = e.Vendor.Code2Use == Code2Use.Unused ? string.Empty : e.Code2;
        var key = (e.Vendor, e.Code, code2);
        if (counts.TryGetValue(key, out long n))
        {
            counts[key] = n + 1;
        }
        else if (counts.Count < capacity)
        {
            counts.Add(key, 1);
        }
        else
        {
            UntrackedEvents++;
        }
    }

    /// <summary>The counted codes, most frequent first, then by vendor order and code.</summary>
    /// <returns>The codes.</returns>
    public List<UnknownCode> Codes()
    {
        var result = new List<UnknownCode>(counts.Count);
        foreach (KeyValuePair<(VendorTable Vendor, string Code, string Code2), long> pair in counts)
        {
            result.Add(new UnknownCode(pair.Key.Vendor, pair.Key.Code, pair.Key.Code2, pair.Value));
        }

        result.Sort(static (a, b) =>
        {
            int c = b.Events.CompareTo(a.Events);
            if (c == 0) c = a.Vendor.Index.CompareTo(b.Vendor.Index);
            if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
            if (c == 0) c = string.CompareOrdinal(a.Code2, b.Code2);
            return c;
        });
        return result;
    }
}
