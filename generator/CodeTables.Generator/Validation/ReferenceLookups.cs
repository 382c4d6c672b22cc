using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CodeTables.Generator.Validation;

/// <summary>
/// What <see cref="CompilationFactsReader"/> found in a compilation's references, kept for the next compilation with
/// the same reference objects: an IDE builds a new compilation on every keystroke with the same references, and a
/// lookup by metadata name searches every referenced assembly (about 0.07 ms each in a .NET project). A value is kept
/// only while the project's own source declares none of the names it depends on; such a name is looked up in each
/// compilation, as without this cache.
/// </summary>
/// <remarks>Thread-safe: each compilation works with the store of its own references (<see cref="For"/>).</remarks>
internal sealed class ReferenceLookups
{
    private readonly object _gate = new();
    private Store? _last;

    /// <summary>The values kept for <paramref name="compilation"/>'s references: the last store when they are the same objects, else a new one.</summary>
    public Store For(Compilation compilation)
    {
        var references = compilation.References.ToArray();
        lock (_gate)
        {
            if (_last is null || !_last.References.SequenceEqual(references, ReferenceEqualityComparer.Instance))
            {
                _last = new Store(references);
            }

            return _last;
        }
    }

    /// <summary>The values found for one list of references.</summary>
    internal sealed class Store(MetadataReference[] references)
    {
        private readonly Dictionary<string, (object? Value, string[] DependsOn)> _values = new(StringComparer.Ordinal);

        public MetadataReference[] References { get; } = references;

        /// <summary>
        /// The value kept under <paramref name="key"/>, or <paramref name="lookup"/>'s, which is kept when
        /// <paramref name="isLocal"/> (the names the project's source or tables declare) holds none of the names it
        /// depends on.
        /// </summary>
        public T Get<T>(string key, Func<string, bool> isLocal, Func<(T Value, string[] DependsOn)> lookup)
        {
            bool found;
            (object? Value, string[] DependsOn) kept;
            lock (_values)
            {
                found = _values.TryGetValue(key, out kept);
            }

            if (found && !kept.DependsOn.Any(isLocal))
            {
                return (T)kept.Value!;
            }

            var (value, dependsOn) = lookup();
            if (!dependsOn.Any(isLocal))
            {
                lock (_values)
                {
                    _values[key] = (value, dependsOn);
                }
            }

            return value;
        }
    }

    /// <summary>Compares references by identity: the same object is the same assembly, as a host hands it again.</summary>
    private sealed class ReferenceEqualityComparer : IEqualityComparer<MetadataReference>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(MetadataReference? x, MetadataReference? y) => ReferenceEquals(x, y);

        public int GetHashCode(MetadataReference obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
