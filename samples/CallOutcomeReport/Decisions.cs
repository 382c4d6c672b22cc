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
    /// <returns>Null when the code is in no table, or no rule applies (the code's own table row decides then).</returns>
    public static Decision? For(InputFormat format, string code, bool answered, int billsec)
    {
        if (format == InputFormat.FreeSwitchCdr && FreeSwitchHangupCauseExtensions.TryFromCode(code, out var cause)
            && FreeSwitchCallResultExtensions.TryDecide(cause, answered, billsec, out var rule))
        {
            return new(rule.ToOutcome(), rule.IsRetryable(), rule.ToStringFast());
        }

        if (format == InputFormat.AsteriskCdr && AsteriskCdrDispositionExtensions.TryFromCode(code, out var disposition))
        {
            var result = AsteriskCallResultExtensions.Decide(disposition, answered, billsec);
            return new(result.ToOutcome(), result.IsRetryable(), result.ToStringFast());
        }

        return null;
    }
}
