using System;
using System.Collections.Generic;
using System.Linq;
using CodeTables.Tests.EndToEnd;
using CodeTables.Tests.Ide;
using Xunit;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("CodeTables.Tests.Harness.LongestFirstOrderer", "CodeTables.Tests")]

namespace CodeTables.Tests.Harness;

/// <summary>
/// Starts the collections that take longest first, so that the short ones fill the gaps rather than leaving a long one
/// alone at the end of the run: the end-to-end builds of the packed package (the first one packs it), the fuzzer, which
/// runs while the package is packed, the second end-to-end collection and the IDE host; then every other class in name
/// order. xunit runs collections on as many threads as there are cores, in this order.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    private static readonly string[] First =
    [
        PackageCollection.Name,
        "Test collection for " + typeof(Diagnostics.FuzzTests).FullName,
        ConventionsCollection.Name,
        IdeCollection.Name,
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
        => testCollections.OrderBy(Rank).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Rank(ITestCollection collection)
    {
        var index = Array.IndexOf(First, collection.DisplayName);
        return index < 0 ? First.Length : index;
    }
}
