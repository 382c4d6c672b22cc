namespace CallOutcomeReport;

/// <summary>
/// The bounds that keep memory flat however long the export is, and the lengths of the printed lists.
/// Counts are always exact; only the lists are capped, and the report says when one is.
/// </summary>
/// <param name="BadRowsKept">How many bad rows are kept (with line numbers) and listed; the rest are only counted.</param>
/// <param name="UnknownCodesTracked">How many distinct not-in-table codes are counted one by one.</param>
/// <param name="UnknownCodesListed">How many not-in-table codes the report lists.</param>
/// <param name="NumbersTracked">How many distinct dialled numbers are followed for the retry list.</param>
/// <param name="RetryNumbersListed">How many numbers to retry the report lists.</param>
internal sealed record ReportLimits(
    int BadRowsKept = 20,
    int UnknownCodesTracked = 1_000,
    int UnknownCodesListed = 50,
    int NumbersTracked = 100_000,
    int RetryNumbersListed = 20)
{
    /// <summary>The limits the command line uses.</summary>
    public static ReportLimits Default { get; } = new();
}
