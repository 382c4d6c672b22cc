using System;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>A good export row with its classification.</summary>
/// <param name="Line">The line number the row starts on.</param>
/// <param name="Timestamp">The parsed <c>timestamp</c>.</param>
/// <param name="TimestampText">The <c>timestamp</c> field as written.</param>
/// <param name="Vendor">The vendor kind (and its table).</param>
/// <param name="Code">The <c>code</c> field.</param>
/// <param name="Code2">The <c>code2</c> field (empty when absent).</param>
/// <param name="Number">The dialled number.</param>
/// <param name="Lookup">The table row's outcome and retry advice, or <see cref="LookupStatus.NotInTable"/>.</param>
internal readonly record struct ClassifiedEvent(
    long Line,
    DateTimeOffset Timestamp,
    string TimestampText,
    VendorTable Vendor,
    string Code,
    string Code2,
    string Number,
    LookupResult Lookup)
{
    /// <summary>The outcome (<see cref="CallOutcome.Unknown"/> when the code is not in the table).</summary>
    public CallOutcome Outcome => Lookup.Outcome;

    /// <summary>The outcome's category.</summary>
    public CallOutcomeCategory Category => Lookup.Outcome.GetCategory();

    /// <summary>The table row's retry advice (false when the code is not in the table).</summary>
    public bool Retryable => Lookup.Retryable;
}
