using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CodeTables.Generator.Model;

/// <summary>
/// The items of a <c>Collect()</c> as a reference type with content equality, for the pipeline's combines.
/// </summary>
/// <remarks>
/// Every value type that flows between the generator's steps (a <see cref="ImmutableArray{T}"/> or a bool combined
/// with something, a nested tuple) gets Roslyn's node tables, builders and comparers instantiated over it, and the
/// JIT compiles each of those instantiations on the generator's first run in a process: about a hundred methods per
/// type, which neither Roslyn's precompiled code nor ours can hold. Reference types share the code every other
/// generator's pipeline already uses. So the steps pass only reference types (this, <see cref="Boxed{T}"/>, records)
/// and combine only reference types (docs/benchmarks.md, "Cold generator run").
/// </remarks>
internal sealed class Collected<T> : IEquatable<Collected<T>>
    where T : IEquatable<T>
{
    public Collected(ImmutableArray<T> items) => Items = items;

    public ImmutableArray<T> Items { get; }

    public bool Equals(Collected<T>? other)
    {
        if (other is null || other.Items.Length != Items.Length)
        {
            return false;
        }

        for (var i = 0; i < Items.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(Items[i], other.Items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as Collected<T>);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in Items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : item.GetHashCode()));
        }

        return hash;
    }
}

/// <summary>A value-type pipeline value (a switch, the language version) as a reference type: see <see cref="Collected{T}"/>.</summary>
internal sealed record Boxed<T>(T Value);
