using System.Reflection;
using CodeTables.Tests.Tables;
using Xunit;

namespace CodeTables.Tests.Runtime;

/// <summary>
/// The generator writes a member's outcome as the first argument of <c>[CodeTableMember]</c> (its shortest form, issue
/// #22); code that reads the attribute by reflection sees the same <c>Outcome</c> and <c>Key</c> as with the named form.
/// Expected values from tables/*.csv: Q.850 17 and FreeSWITCH USER_BUSY are Busy; Natterbox Trying + CALL_REJECTED is Rejected.
/// </summary>
public class MemberAttributeTests
{
    [Fact]
    public void Outcome_and_key_read_by_reflection_from_every_kind_of_table()
    {
        AssertMember(typeof(Q850Cause), nameof(Q850Cause.UserBusy), CallOutcome.Busy);
        AssertMember(typeof(FreeSwitchHangupCause), nameof(FreeSwitchHangupCause.UserBusy), CallOutcome.Busy, "USER_BUSY");
        AssertMember(typeof(NatterboxMissedCall), nameof(NatterboxMissedCall.TryingCallRejected), CallOutcome.Rejected, "Trying", "CALL_REJECTED");
    }

    [Fact]
    public void The_positional_and_the_named_outcome_are_the_same_attribute()
    {
        var positional = new CodeTableMemberAttribute(CallOutcome.Busy, "USER_BUSY");
        var named = new CodeTableMemberAttribute("USER_BUSY") { Outcome = CallOutcome.Busy };

        Assert.Equal(named.Outcome, positional.Outcome);
        Assert.Equal(named.Key, positional.Key);
        Assert.Empty(new CodeTableMemberAttribute(CallOutcome.Busy).Key);
    }

    private static void AssertMember(System.Type enumType, string member, CallOutcome outcome, params string[] key)
    {
        var attribute = enumType.GetField(member)!.GetCustomAttribute<CodeTableMemberAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal(outcome, attribute!.Outcome);
        Assert.Equal(key, attribute.Key);
    }
}
