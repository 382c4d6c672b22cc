using Xunit;
using T = CodeTables.Tests.Tables;

namespace CodeTables.Tests.Tables;

/// <summary>
/// The rows a dialler acts on that were doubted and decided from their sources (issue 21); each expectation cites the
/// source line that decides it.
/// </summary>
public class DoubtedRowsTests
{
    [Fact]
    public void Chanunavail_is_not_redialled_because_app_dial_files_invalid_and_declined_numbers_under_it()
    {
        // app_dial.c handle_cause: every cause but 16, 17, 19 and 34 counts toward CHANUNAVAIL (e.g. 1 from SIP 404).
        Assert.Equal(CallOutcome.Unreachable, T.AsteriskDialStatusExtensions.Classify("CHANUNAVAIL"));
        Assert.False(T.AsteriskDialStatusExtensions.FromCode("CHANUNAVAIL").IsRetryable());
        Assert.True(T.AsteriskDialStatusExtensions.FromCode("BUSY").IsRetryable()); // cause 17 only: the outcome default
    }

    [Fact]
    public void Q850_2_is_a_route_fault_not_a_bad_number()
    {
        // Q.850 2: the exchange does not recognise the transit network it was asked to route through.
        Assert.Equal(CallOutcome.Failed, T.Q850CauseExtensions.Classify(2));
        Assert.Equal(CallOutcome.Failed, T.FreeSwitchHangupCauseExtensions.Classify("NO_ROUTE_TRANSIT_NET"));
        Assert.Equal(CallOutcome.InvalidNumber, T.Q850CauseExtensions.Classify(3)); // no route to the destination itself
    }

    [Theory]
    [InlineData("Ringing", "NO_ANSWER", false)]       // Callback? blank
    [InlineData("Trying", "PROGRESS_TIMEOUT", false)] // Callback? blank
    [InlineData("Ringing", "", false)]                // Callback? blank
    [InlineData("Ringing", "ALLOTTED_TIMEOUT", true)] // Callback? Yes
    [InlineData("Trying", "NO_USER_RESPONSE", true)]  // Callback? Yes
    public void Natterbox_retries_exactly_the_rows_the_vendor_marks_for_a_callback(string type, string cause, bool retry)
        => Assert.Equal(retry, T.NatterboxMissedCallExtensions.FromCode(type, cause).IsRetryable());

    [Fact]
    public void Rfc_3398_sends_its_default_500_for_a_cause_it_does_not_list_and_none_for_16_and_44()
    {
        Assert.Equal(T.SipResponse.ServerInternalError, T.Q850CauseExtensions.FromCode(63).GetRfc3398Sip());
        Assert.Null(T.Q850CauseExtensions.FromCode(16).GetRfc3398Sip());
        Assert.Null(T.Q850CauseExtensions.FromCode(44).GetRfc3398Sip());
        Assert.Equal(T.Q850Cause.NormalUnspecified, T.SipResponseExtensions.FromCode(422).GetRfc3398Q850());
    }
}
