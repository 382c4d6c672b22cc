using System;
using System.Collections.Generic;
using System.Linq;

namespace CodeTables.Shared;

/// <summary>
/// Finds the closest known names to a misspelt one, for "did you mean" hints: outcomes and directives (generator),
/// referenced codes (generator) and codes in C# literals (analyzers). Linked as source into both assemblies.
/// </summary>
internal static class NearestName
{
    /// <summary>Long text is no misspelt name, and comparing it would cost time and memory.</summary>
    private const int MaxLength = 64;

    /// <summary>The candidate closest to <paramref name="name"/> (case-insensitive edit distance), or null when none is close.</summary>
    public static string? Find(string name, IEnumerable<string> candidates)
        => FindSeveral(name, candidates, 1).FirstOrDefault();

    /// <summary>Up to <paramref name="count"/> close candidates, closest first (ties in the candidates' order).</summary>
    public static List<string> FindSeveral(string name, IEnumerable<string> candidates, int count)
    {
        var found = new List<(string Candidate, int Distance)>();
        if (name.Length > MaxLength)
        {
            return new List<string>();
        }

        // Close means at most a third of the letters differ (Bussy -> Busy, enmu -> enum).
        var limit = Math.Max(1, name.Length / 3);
        var lower = name.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            if (candidate.Length > MaxLength + limit)
            {
                continue;
            }

            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance <= limit)
            {
                found.Add((candidate, distance));
            }
        }

        return found
            .Select((f, i) => (f.Candidate, f.Distance, Order: i))
            .OrderBy(f => f.Distance)
            .ThenBy(f => f.Order)
            .Take(count)
            .Select(f => f.Candidate)
            .ToList();
    }

    /// <summary>
    /// Whether a header cell is a near miss of a column name: a typo (as <see cref="Find"/> judges it) or a plural
    /// (Outcomes, Retries), ignoring case, spaces, '_' and '-' (Out_come). An exact match is no near miss.
    /// </summary>
    public static bool IsNearMiss(string cell, string name)
    {
        if (cell.Length > MaxLength || string.Equals(cell, name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var letters = new string(cell.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        var target = name.ToLowerInvariant();
        if (letters.Length == 0)
        {
            return false;
        }

        var singular = letters.EndsWith("ies", StringComparison.Ordinal) ? letters.Substring(0, letters.Length - 3) + "y"
            : letters.EndsWith("s", StringComparison.Ordinal) ? letters.Substring(0, letters.Length - 1)
            : letters;
        var limit = Math.Max(1, letters.Length / 3);
        return letters == target || singular == target || Distance(letters, target) <= limit || Distance(singular, target) <= limit;
    }

    /// <summary>Up to <paramref name="count"/> numbers nearest to <paramref name="number"/>, in ascending order.</summary>
    public static List<long> NearestNumbers(long number, IEnumerable<long> candidates, int count)
        => candidates
            .Distinct()
            .OrderBy(c => Math.Abs((decimal)c - number))
            .ThenBy(c => c)
            .Take(count)
            .OrderBy(c => c)
            .ToList();

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
