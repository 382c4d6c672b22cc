using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Generator.Validation;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CodeTables.Generator.Analysis;

/// <summary>
/// What <see cref="TableDiagnosticsAnalyzer"/> already worked out, kept across compilations: an IDE builds a new
/// compilation on every keystroke, and re-parsing and re-validating every table each time costs far more than the
/// edit. Each table file keeps its item settings (per options object), its last parse (by its text and settings; the
/// text's string is kept per SourceText) and its last diagnostics (by its parse and the catalog facts it uses:
/// <see cref="CatalogBuilder.ForTable"/>); the last few catalogs are kept by their tables and
/// <see cref="CompilationFacts"/>, and what the references answer by the references (<see cref="ReferenceLookups"/>).
/// So a .cs edit costs a reference comparison per table and the facts of the project's own source; a table edit
/// re-parses that table and re-validates it and the tables whose facts it changes.
/// </summary>
/// <remarks>
/// Thread-safe: entries are read and replaced under a lock, the work is done outside it (two threads may compute
/// the same entry; both results are equal). Cancellation-safe: an entry is stored only after its computation
/// returned, so a cancelled one leaves nothing behind. One entry per file path (the latest), so the cache holds at
/// most the tables the host has seen, once.
/// </remarks>
internal sealed class ValidationCache
{
    private const int CatalogsKept = 4;

    private readonly object _gate = new();
    private readonly ConditionalWeakTable<SourceText, string> _texts = new();
    private readonly ConditionalWeakTable<AnalyzerConfigOptions, ItemEntry> _items = new();
    private readonly Dictionary<string, (TableSource Source, ParsedTable Parsed)> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Validated> _validated = new(StringComparer.Ordinal);
    private readonly List<(ImmutableArray<ParsedTable> Tables, CompilationFacts Facts, LanguageVersion Version, TableCatalog Catalog)> _catalogs = [];
    private (ImmutableArray<ParsedTable> Tables, CompilationRequest Request)? _request;

    /// <summary>What the compilation's references answer to <see cref="CompilationFactsReader"/>, kept while they are the same.</summary>
    public ReferenceLookups References { get; } = new();

    /// <summary>
    /// A file's item settings (null: not a table), once per options object: a host hands each unchanged file the same
    /// <see cref="AnalyzerConfigOptions"/> in every compilation (options are immutable), and reading 15 metadata keys
    /// of 52 files cost an IDE about half a millisecond a keystroke.
    /// </summary>
    public TableSettings? ItemSettings(AnalyzerConfigOptions fileOptions)
        => _items.GetValue(fileOptions, static o => new ItemEntry(TableSourceReader.ItemSettings(o))).Settings;

    /// <summary>
    /// The string of a table's text, once per <see cref="SourceText"/>: a host hands the same unchanged text to each
    /// compilation, and the same string makes the comparison in <see cref="Parse"/> a reference check.
    /// </summary>
    public string TextOf(SourceText text) => _texts.GetValue(text, static t => t.ToString());

    public ParsedTable Parse(TableSource source, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_parsed.TryGetValue(source.Path, out var entry) && entry.Source.Equals(source))
            {
                return entry.Parsed;
            }
        }

        var parsed = TableParser.Parse(source, cancellationToken);
        lock (_gate)
        {
            _parsed[source.Path] = (source, parsed);
        }

        return parsed;
    }

    /// <summary>
    /// What the tables ask the compilation (<see cref="CompilationFactsReader.Request"/>): it depends on the tables
    /// alone, so the last one is kept with the tables it was made from and every compilation with the same tables reuses it.
    /// </summary>
    public CompilationRequest Request(ImmutableArray<ParsedTable> tables, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_request is { } last && last.Tables.SequenceEqual(tables, SameTable.Instance))
            {
                return last.Request;
            }
        }

        var request = CompilationFactsReader.Request(tables, cancellationToken);
        lock (_gate)
        {
            _request = (tables, request);
        }

        return request;
    }

    public TableCatalog Catalog(ImmutableArray<ParsedTable> tables, CompilationFacts facts, LanguageVersion languageVersion, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var entry in _catalogs)
            {
                if (entry.Version == languageVersion && entry.Facts.Equals(facts) && entry.Tables.SequenceEqual(tables, SameTable.Instance))
                {
                    return entry.Catalog;
                }
            }
        }

        var catalog = CatalogBuilder.Build(tables, facts, languageVersion, cancellationToken);
        lock (_gate)
        {
            if (_catalogs.Count == CatalogsKept)
            {
                _catalogs.RemoveAt(0);
            }

            _catalogs.Add((tables, facts, languageVersion, catalog));
        }

        return catalog;
    }

    public EquatableArray<DiagnosticInfo> Validate(ParsedTable parsed, TableCatalog catalog, CancellationToken cancellationToken)
    {
        // The same parse against the same catalog instance (a .cs edit that changed no fact): no slice to compare.
        lock (_gate)
        {
            if (_validated.TryGetValue(parsed.FilePath, out var entry) && ReferenceEquals(entry.Parsed, parsed) && ReferenceEquals(entry.Catalog, catalog))
            {
                return entry.Diagnostics;
            }
        }

        var slice = CatalogBuilder.ForTable(catalog, parsed);
        lock (_gate)
        {
            if (_validated.TryGetValue(parsed.FilePath, out var entry) && SameTable.Instance.Equals(entry.Parsed, parsed) && entry.Slice.Equals(slice))
            {
                _validated[parsed.FilePath] = entry with { Catalog = catalog };
                return entry.Diagnostics;
            }
        }

        var diagnostics = TableValidator.Validate(parsed, slice, cancellationToken).Diagnostics;
        lock (_gate)
        {
            _validated[parsed.FilePath] = new Validated(parsed, catalog, slice, diagnostics);
        }

        return diagnostics;
    }

    /// <summary>A table's last diagnostics: from its parse and its slice of the catalog it was last validated against.</summary>
    private sealed record Validated(ParsedTable Parsed, TableCatalog Catalog, TableCatalog Slice, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>A value of <see cref="_items"/>: the table's settings, or null for a file that is no table.</summary>
    private sealed class ItemEntry(TableSettings? settings)
    {
        public TableSettings? Settings { get; } = settings;
    }

    /// <summary>Tables from <see cref="Parse"/> are the cached instances: compare by reference before by value.</summary>
    private sealed class SameTable : IEqualityComparer<ParsedTable>
    {
        public static readonly SameTable Instance = new();

        public bool Equals(ParsedTable? x, ParsedTable? y) => ReferenceEquals(x, y) || (x is not null && x.Equals(y));

        public int GetHashCode(ParsedTable obj) => obj.GetHashCode();
    }
}
