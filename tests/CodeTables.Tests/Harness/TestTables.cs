using System.Collections.Generic;

namespace CodeTables.Tests.Harness;

/// <summary>Small tables of every kind that the analyzer and code-fix tests compile against (namespace Consumer).</summary>
public static class TestTables
{
    /// <summary>Integer codes: ReleaseCause (Q.850-like).</summary>
    public static readonly TableFile ReleaseCause = new("tables/release-cause.csv", """
        # enum: ReleaseCause
        Code,Name,Outcome,Description
        16,NormalClearing,Answered,Normal call clearing.
        17,UserBusy,Busy,User busy.
        18,NoUserResponding,NoAnswer,No user responding.
        21,CallRejected,Rejected,Call rejected.

        """);

    /// <summary>Integer codes of another table: SipResponse.</summary>
    public static readonly TableFile SipResponse = new("tables/sip-response.csv", """
        # enum: SipResponse
        Code,Name,Outcome,Description
        480,TemporarilyUnavailable,Unreachable,Temporarily unavailable.
        486,BusyHere,Busy,Busy here.
        603,Decline,Rejected,Decline.

        """);

    /// <summary>String codes: HangupCause (FreeSWITCH-like).</summary>
    public static readonly TableFile HangupCause = new("tables/hangup-cause.csv", """
        # enum: HangupCause
        Code,Name,Outcome,Description
        USER_BUSY,UserBusy,Busy,The callee is busy.
        NO_ANSWER,NoAnswer,NoAnswer,Nobody answered.
        CALL_REJECTED,CallRejected,Rejected,The callee rejected the call.

        """);

    /// <summary>A composite key: MissedCall (Natterbox-like).</summary>
    public static readonly TableFile MissedCall = new("tables/missed-call.csv", """
        # enum: MissedCall
        # key: MissedCallType, HangupCause
        MissedCallType,HangupCause,Name,Outcome,Description
        Ringing,CALL_REJECTED,RingingRejected,Rejected,The agent declined.
        Ringing,NO_ANSWER,RingingNoAnswer,NoAnswer,Nobody picked up.
        Busy,USER_BUSY,BusyUserBusy,Busy,The agent was busy.

        """);

    public static IReadOnlyList<TableFile> All { get; } = [ReleaseCause, SipResponse, HangupCause, MissedCall];
}
