using System;
using System.Collections.Generic;
using System.Linq;

namespace CodeTables.Benchmarks.Runtime;

/// <summary>
/// Benchmark inputs: every benchmark walks the same <see cref="Count"/> inputs in a fixed shuffled order, so branch
/// prediction sees a realistic mix rather than one code over and over; times are per lookup (OperationsPerInvoke).
/// </summary>
internal static class Inputs
{
    public const int Count = 256;

    /// <summary><paramref name="items"/> shuffled with a fixed seed and repeated up to <see cref="Count"/>.</summary>
    public static T[] Fill<T>(IEnumerable<T> items, int seed)
    {
        var list = items.ToList();
        var random = new Random(seed);
        var result = new T[Count];
        for (var i = 0; i < Count; i++)
        {
            if (i % list.Count == 0)
            {
                // A fresh shuffle for every pass over the items.
                list = list.OrderBy(_ => random.Next()).ToList();
            }

            result[i] = list[i % list.Count];
        }

        return result;
    }

    /// <summary>A copy that is not the interned literal, as a code read from a file or a socket would be.</summary>
    public static string Fresh(string text) => new(text.AsSpan());
}
