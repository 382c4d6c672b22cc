using System.Linq;
using Xunit;

namespace CodeTables.Tests.Tables;

/// <summary>
/// Issue #13's questions, answered by the shipped tables through their generated reference accessors, with every code
/// named by the tables (the expected numbers are the seed's and RFC 3398's, written here by hand).
/// </summary>
public class NormalisedToQ850Tests
{
    [Fact]
    public void NICE_Busy_may_carry_Q850_causes_17_34_and_46()
    {
        var busy = NiceCxoneRefusalReasonExtensions.FromCode("Busy");

        Assert.Equal([17, 34, 46], busy.GetCauseCodes().Select(c => c.ToCode()));
    }

    [Fact]
    public void RFC_3398_maps_SIP_486_to_Q850_17_user_busy()
    {
        var cause = SipResponseExtensions.FromCode(486).GetRfc3398Q850();

        Assert.Equal(Q850Cause.UserBusy, cause);
        Assert.Equal(17, cause!.Value.ToCode());
        Assert.Equal("User busy", cause.Value.GetDescription());
    }

    [Fact]
    public void A_FreeSWITCH_cause_and_a_SIP_response_meet_as_the_same_Q850_cause()
    {
        var fromFreeSwitch = FreeSwitchHangupCauseExtensions.FromCode("USER_BUSY").GetQ850();
        var fromSip = SipResponseExtensions.FromCode(486).GetRfc3398Q850();

        Assert.NotNull(fromFreeSwitch);
        Assert.Equal(fromFreeSwitch, fromSip);
    }
}
