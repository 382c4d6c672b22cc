using CodeTables;

namespace CallOutcomeReport;

/// <summary>The result of looking a raw code up in a generated code table.</summary>
/// <param name="Status">Whether the code was found.</param>
/// <param name="Outcome">The row's outcome; <see cref="CallOutcome.Unknown"/> when the code is not in the table.</param>
/// <param name="Retryable">The row's retry advice (its Retry column, else the outcome's default).</param>
/// <param name="Member">The generated enum member's name (e.g. <c>AcdDisconnect615</c>), or null when not found.</param>
internal readonly record struct LookupResult(LookupStatus Status, CallOutcome Outcome, bool Retryable, string? Member)
{
    /// <summary>The result for a code that no row of the table has.</summary>
    public static LookupResult NotInTable { get; } =
        new(LookupStatus.NotInTable, CallOutcome.Unknown, CallOutcome.Unknown.IsRetryable(), null);

    /// <summary>The result for a non-integer code given to an integer table.</summary>
    public static LookupResult NotAnInteger { get; } =
        new(LookupStatus.NotAnInteger, CallOutcome.Unknown, CallOutcome.Unknown.IsRetryable(), null);

    /// <summary>True when the code is a row of the table.</summary>
    public bool InTable => Status == LookupStatus.Found;
}
