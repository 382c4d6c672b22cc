using System.Globalization;
using CallOutcomeReport.Tables;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>What a rule of a decision table decided for a record: its outcome, retry advice and name.</summary>
internal readonly record struct Decision(CallOutcome Outcome, bool Retry, string Rule);

/// <summary>
/// The outcome of a call-detail record from every fact it has (cause or disposition, answer time, billsec), through
/// the generated typed API of tables/freeswitch-call-result.csv and tables/asterisk-call-result.csv.
/// </summary>
internal static class Decisions
{
    /// <returns>Null when no rule applies (the code's own table row decides then, if it has one).</returns>
    public static Decision? For(InputFormat format, string code, bool answered, int billsec)
    {
        if (format == InputFormat.FreeSwitchCdr && FreeSwitchHangupCauseExtensions.TryFromCode(code, out var cause))
        {
            return FreeSwitchCallResultExtensions.TryDecide(cause, answered, billsec, out var rule) ? new(rule.ToOutcome(), rule.IsRetryable(), rule.ToStringFast()) : null;
        }

        if (format == InputFormat.AsteriskCdr && AsteriskCdrDispositionExtensions.TryFromCode(code, out var disposition))
        {
            var result = AsteriskCallResultExtensions.Decide(disposition, answered, billsec);
            return new(result.ToOutcome(), result.IsRetryable(), result.ToStringFast());
        }

        // A code in no table has no enum value; the table's text lookup matches it with the rows for any code ('*'),
        // so an answered leg is Answered whatever it ended with.
        ICodeTable? table = format == InputFormat.FreeSwitchCdr ? FreeSwitchCallResultTable.Instance : format == InputFormat.AsteriskCdr ? AsteriskCallResultTable.Instance : null;
        return table is not null && table.TryFind([code, answered ? "yes" : "no", billsec.ToString(CultureInfo.InvariantCulture)], out var entry)
            ? new(entry.Outcome, entry.IsRetryable, entry.Name) : null;
    }
}
