using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>
/// Follows each dialled number's attempts and latest event, to tell which numbers to retry: a number is to be
/// retried when its latest event (by timestamp; the later row on a tie) has retryable advice. An earlier busy
/// followed by an answer is therefore not retried. Memory is bounded: at most <c>capacity</c> distinct numbers are
/// followed; events for numbers first seen after that are only counted (<see cref="UntrackedEvents"/>).
/// </summary>
internal sealed class NumberTracker
{
    private readonly Dictionary<string, NumberState> states = new(StringComparer.Ordinal);
    private readonly int capacity;

    /// <summary>Creates a tracker that follows at most <paramref name="capacity"/> distinct numbers.</summary>
    /// <param name="capacity">The bound.</param>
    public NumberTracker(int capacity) => this.capacity = capacity;

    /// <summary>How many distinct numbers are followed.</summary>
    public int TrackedNumbers => states.Count;

    /// <summary>Events for numbers that were not followed because the bound was reached.</summary>
    public long UntrackedEvents { get; private set; }

    /// <summary>Records an event for its number.</summary>
    /// <param name="e">The event.</param>
    public void Record(in ClassifiedEvent e)
    {
        ref NumberState state = ref CollectionsMarshal.GetValueRefOrNullRef(states, e.Number);
        if (Unsafe.IsNullRef(ref state))
        {
            if (states.Count >= capacity)
            {
                UntrackedEvents++;
                return;
            }

            state = ref CollectionsMarshal.GetValueRefOrAddDefault(states, e.Number, out _);
            state.LastTime = DateTimeOffset.MinValue;
        }

        state.Attempts++;
        if (e.Timestamp >= state.LastTime)
        {
            // Rows arrive in file order, so on a tie the later row wins.
            state.LastTime = e.Timestamp;
            state.LastVendor = e.Vendor;
            state.LastOutcome = e.Outcome;
            state.LastRetryable = e.Retryable;
        }
    }

    /// <summary>The numbers whose latest event is retryable, most attempts first, then by number.</summary>
    /// <returns>All of them (at most the tracker's capacity).</returns>
    public List<RetryNumber> NumbersToRetry()
    {
        var result = new List<RetryNumber>();
        foreach (KeyValuePair<string, NumberState> pair in states)
        {
            NumberState s = pair.Value;
            if (s.LastRetryable)
            {
                result.Add(new RetryNumber(pair.Key, s.Attempts, s.LastOutcome, s.LastVendor!, s.LastTime));
            }
        }

        result.Sort(static (a, b) =>
        {
            int byAttempts = b.Attempts.CompareTo(a.Attempts);
            return byAttempts != 0 ? byAttempts : string.CompareOrdinal(a.Number, b.Number);
        });
        return result;
    }

    private struct NumberState
    {
        public long Attempts;
        public DateTimeOffset LastTime;
        public VendorTable? LastVendor;
        public CallOutcome LastOutcome;
        public bool LastRetryable;
    }
}
