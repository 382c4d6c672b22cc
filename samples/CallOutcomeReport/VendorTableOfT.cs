using System;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>A <see cref="VendorTable"/> backed by the generated enum <typeparamref name="TEnum"/>.</summary>
/// <typeparam name="TEnum">The generated code-table enum.</typeparam>
internal sealed class VendorTable<TEnum> : VendorTable
    where TEnum : struct, Enum
{
    private readonly TableLookup<TEnum> lookup;
    private readonly Func<TEnum, CallOutcome> outcome;
    private readonly Func<TEnum, bool> retryable;
    private readonly Func<TEnum, string> name;

    internal VendorTable(string key, Code2Use code2Use, string codeMeaning, TableLookup<TEnum> lookup,
        Func<TEnum, CallOutcome> outcome, Func<TEnum, bool> retryable, Func<TEnum, string> name)
        : base(key, typeof(TEnum), code2Use, codeMeaning)
    {
        this.lookup = lookup;
        this.outcome = outcome;
        this.retryable = retryable;
        this.name = name;
    }

    /// <inheritdoc />
    public override LookupResult Lookup(string code, string code2) =>
        lookup(code, code2, out TEnum value) switch
        {
            LookupStatus.Found => new LookupResult(LookupStatus.Found, outcome(value), retryable(value), name(value)),
            LookupStatus.NotAnInteger => LookupResult.NotAnInteger,
            _ => LookupResult.NotInTable,
        };
}
