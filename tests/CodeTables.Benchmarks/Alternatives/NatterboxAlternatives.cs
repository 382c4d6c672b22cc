// Alternatives to the generated code, for the benchmarks: what a user writes instead of a code table.
// Typed out once from tables/natterbox-missed-call.csv (with a scratch script, in the shape people write by hand); not generated at build time.
// Member order, codes, outcomes and descriptions are the table's, so every alternative answers exactly what the
// generated code answers.
#nullable enable
#pragma warning disable CS1591
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using CodeTables.Benchmarks.Tables;

namespace CodeTables.Benchmarks.Alternatives;

/// <summary>The switch statements a user writes by hand for NatterboxMissedCall.</summary>
public static class NatterboxHandWritten
{
    public static bool TryFromCode(string? type, string? cause, out NatterboxMissedCall value)
    {
        value = (type, cause) switch
        {
            ("Unknown", "") => NatterboxMissedCall.Unknown,
            ("All Busy", "") => NatterboxMissedCall.AllBusy,
            ("No Devices", "") => NatterboxMissedCall.NoDevices,
            ("Trying", "CALL_REJECTED") => NatterboxMissedCall.TryingCallRejected,
            ("Trying", "ORIGINATOR_CANCEL") => NatterboxMissedCall.TryingOriginatorCancel,
            ("Trying", "NO_USER_RESPONSE") => NatterboxMissedCall.TryingNoUserResponse,
            ("Trying", "ALLOTTED_TIMEOUT") => NatterboxMissedCall.TryingAllottedTimeout,
            ("Trying", "LOSE_RACE") => NatterboxMissedCall.TryingLoseRace,
            ("Trying", "NO_ANSWER") => NatterboxMissedCall.TryingNoAnswer,
            ("Trying", "NORMAL_TEMPORARY_FAILURE") => NatterboxMissedCall.TryingNormalTemporaryFailure,
            ("Trying", "UNALLOCATED_NUMBER") => NatterboxMissedCall.TryingUnallocatedNumber,
            ("Trying", "USER_BUSY") => NatterboxMissedCall.TryingUserBusy,
            ("Trying", "PROGRESS_TIMEOUT") => NatterboxMissedCall.TryingProgressTimeout,
            ("Trying", "NORMAL_CLEARING") => NatterboxMissedCall.TryingNormalClearing,
            ("Trying", "REDIRECTION_TO_NEW_DESTINATION") => NatterboxMissedCall.TryingRedirectionToNewDestination,
            ("Trying", "") => NatterboxMissedCall.Trying,
            ("Ringing", "CALL_REJECTED") => NatterboxMissedCall.RingingCallRejected,
            ("Ringing", "ORIGINATOR_CANCEL") => NatterboxMissedCall.RingingOriginatorCancel,
            ("Ringing", "NO_USER_RESPONSE") => NatterboxMissedCall.RingingNoUserResponse,
            ("Ringing", "ALLOTTED_TIMEOUT") => NatterboxMissedCall.RingingAllottedTimeout,
            ("Ringing", "LOSE_RACE") => NatterboxMissedCall.RingingLoseRace,
            ("Ringing", "NO_ANSWER") => NatterboxMissedCall.RingingNoAnswer,
            ("Ringing", "NORMAL_TEMPORARY_FAILURE") => NatterboxMissedCall.RingingNormalTemporaryFailure,
            ("Ringing", "UNALLOCATED_NUMBER") => NatterboxMissedCall.RingingUnallocatedNumber,
            ("Ringing", "USER_BUSY") => NatterboxMissedCall.RingingUserBusy,
            ("Ringing", "NORMAL_UNSPECIFIED") => NatterboxMissedCall.RingingNormalUnspecified,
            ("Ringing", "NORMAL_CLEARING") => NatterboxMissedCall.RingingNormalClearing,
            ("Ringing", "RECOVERY_ON_TIMER_EXPIRE") => NatterboxMissedCall.RingingRecoveryOnTimerExpire,
            ("Ringing", "INCOMPATIBLE_DESTINATION") => NatterboxMissedCall.RingingIncompatibleDestination,
            ("Ringing", "") => NatterboxMissedCall.Ringing,
            _ => default,
        };
        return value != default;
    }

    public static CallOutcome Classify(string? type, string? cause) => (type, cause) switch
    {
        ("Unknown", "") => CallOutcome.Unknown,
        ("All Busy", "") => CallOutcome.Busy,
        ("No Devices", "") => CallOutcome.Unreachable,
        ("Trying", "CALL_REJECTED") => CallOutcome.Rejected,
        ("Trying", "ORIGINATOR_CANCEL") => CallOutcome.Canceled,
        ("Trying", "NO_USER_RESPONSE") => CallOutcome.Unreachable,
        ("Trying", "ALLOTTED_TIMEOUT") => CallOutcome.NoAnswer,
        ("Trying", "LOSE_RACE") => CallOutcome.AnsweredElsewhere,
        ("Trying", "NO_ANSWER") => CallOutcome.NoAnswer,
        ("Trying", "NORMAL_TEMPORARY_FAILURE") => CallOutcome.Failed,
        ("Trying", "UNALLOCATED_NUMBER") => CallOutcome.Dropped,
        ("Trying", "USER_BUSY") => CallOutcome.Busy,
        ("Trying", "PROGRESS_TIMEOUT") => CallOutcome.Unreachable,
        ("Trying", "NORMAL_CLEARING") => CallOutcome.Failed,
        ("Trying", "REDIRECTION_TO_NEW_DESTINATION") => CallOutcome.Redirected,
        ("Trying", "") => CallOutcome.InvalidNumber,
        ("Ringing", "CALL_REJECTED") => CallOutcome.Rejected,
        ("Ringing", "ORIGINATOR_CANCEL") => CallOutcome.Canceled,
        ("Ringing", "NO_USER_RESPONSE") => CallOutcome.Unreachable,
        ("Ringing", "ALLOTTED_TIMEOUT") => CallOutcome.NoAnswer,
        ("Ringing", "LOSE_RACE") => CallOutcome.AnsweredElsewhere,
        ("Ringing", "NO_ANSWER") => CallOutcome.NoAnswer,
        ("Ringing", "NORMAL_TEMPORARY_FAILURE") => CallOutcome.Failed,
        ("Ringing", "UNALLOCATED_NUMBER") => CallOutcome.Dropped,
        ("Ringing", "USER_BUSY") => CallOutcome.Busy,
        ("Ringing", "NORMAL_UNSPECIFIED") => CallOutcome.Failed,
        ("Ringing", "NORMAL_CLEARING") => CallOutcome.Failed,
        ("Ringing", "RECOVERY_ON_TIMER_EXPIRE") => CallOutcome.Unreachable,
        ("Ringing", "INCOMPATIBLE_DESTINATION") => CallOutcome.Restricted,
        ("Ringing", "") => CallOutcome.Busy,
        _ => CallOutcome.Unknown,
    };

    public static string ToStringFast(NatterboxMissedCall value) => value switch
    {
        NatterboxMissedCall.Unknown => nameof(NatterboxMissedCall.Unknown),
        NatterboxMissedCall.AllBusy => nameof(NatterboxMissedCall.AllBusy),
        NatterboxMissedCall.NoDevices => nameof(NatterboxMissedCall.NoDevices),
        NatterboxMissedCall.TryingCallRejected => nameof(NatterboxMissedCall.TryingCallRejected),
        NatterboxMissedCall.TryingOriginatorCancel => nameof(NatterboxMissedCall.TryingOriginatorCancel),
        NatterboxMissedCall.TryingNoUserResponse => nameof(NatterboxMissedCall.TryingNoUserResponse),
        NatterboxMissedCall.TryingAllottedTimeout => nameof(NatterboxMissedCall.TryingAllottedTimeout),
        NatterboxMissedCall.TryingLoseRace => nameof(NatterboxMissedCall.TryingLoseRace),
        NatterboxMissedCall.TryingNoAnswer => nameof(NatterboxMissedCall.TryingNoAnswer),
        NatterboxMissedCall.TryingNormalTemporaryFailure => nameof(NatterboxMissedCall.TryingNormalTemporaryFailure),
        NatterboxMissedCall.TryingUnallocatedNumber => nameof(NatterboxMissedCall.TryingUnallocatedNumber),
        NatterboxMissedCall.TryingUserBusy => nameof(NatterboxMissedCall.TryingUserBusy),
        NatterboxMissedCall.TryingProgressTimeout => nameof(NatterboxMissedCall.TryingProgressTimeout),
        NatterboxMissedCall.TryingNormalClearing => nameof(NatterboxMissedCall.TryingNormalClearing),
        NatterboxMissedCall.TryingRedirectionToNewDestination => nameof(NatterboxMissedCall.TryingRedirectionToNewDestination),
        NatterboxMissedCall.Trying => nameof(NatterboxMissedCall.Trying),
        NatterboxMissedCall.RingingCallRejected => nameof(NatterboxMissedCall.RingingCallRejected),
        NatterboxMissedCall.RingingOriginatorCancel => nameof(NatterboxMissedCall.RingingOriginatorCancel),
        NatterboxMissedCall.RingingNoUserResponse => nameof(NatterboxMissedCall.RingingNoUserResponse),
        NatterboxMissedCall.RingingAllottedTimeout => nameof(NatterboxMissedCall.RingingAllottedTimeout),
        NatterboxMissedCall.RingingLoseRace => nameof(NatterboxMissedCall.RingingLoseRace),
        NatterboxMissedCall.RingingNoAnswer => nameof(NatterboxMissedCall.RingingNoAnswer),
        NatterboxMissedCall.RingingNormalTemporaryFailure => nameof(NatterboxMissedCall.RingingNormalTemporaryFailure),
        NatterboxMissedCall.RingingUnallocatedNumber => nameof(NatterboxMissedCall.RingingUnallocatedNumber),
        NatterboxMissedCall.RingingUserBusy => nameof(NatterboxMissedCall.RingingUserBusy),
        NatterboxMissedCall.RingingNormalUnspecified => nameof(NatterboxMissedCall.RingingNormalUnspecified),
        NatterboxMissedCall.RingingNormalClearing => nameof(NatterboxMissedCall.RingingNormalClearing),
        NatterboxMissedCall.RingingRecoveryOnTimerExpire => nameof(NatterboxMissedCall.RingingRecoveryOnTimerExpire),
        NatterboxMissedCall.RingingIncompatibleDestination => nameof(NatterboxMissedCall.RingingIncompatibleDestination),
        NatterboxMissedCall.Ringing => nameof(NatterboxMissedCall.Ringing),
        _ => value.ToString(),
    };

    public static string GetDescription(NatterboxMissedCall value) => value switch
    {
        NatterboxMissedCall.Unknown => "Catch all for any other missed call types.",
        NatterboxMissedCall.AllBusy => "There was one or more available devices but further checks resulted in those devices no longer being eligible. This could include the agent already being on another call.",
        NatterboxMissedCall.NoDevices => "There was no registered agent device ready to deal with the customer call. One possible cause is that the agent’s WebPhone was terminated just before a callback was attempted.",
        NatterboxMissedCall.TryingCallRejected => "The agent's device rejected the call when the call was attempted. This can happen if the agent cancelled the call. This can also happen with certain failed calls where the platform terminates the call.",
        NatterboxMissedCall.TryingOriginatorCancel => "The caller cancelled the call when the call was attempted but before the called device sent ringing indication.",
        NatterboxMissedCall.TryingNoUserResponse => "This can occur with certain devices, such as Freedom Mobile, when they are out of range or powered off.",
        NatterboxMissedCall.TryingAllottedTimeout => "The agents device did not send any ringing indication and was not answered within the configured time limit.",
        NatterboxMissedCall.TryingLoseRace => "The agents device was called but then cancelled because another device that was called in parallel accepted the call first.",
        NatterboxMissedCall.TryingNoAnswer => "The agent’s device did not send any ringing indication and was not answered.",
        NatterboxMissedCall.TryingNormalTemporaryFailure => "An agent’s PSTN number was called but it failed with either the proxy or the carrier returning an unexpected return code like '500 Internal Server Error'.",
        NatterboxMissedCall.TryingUnallocatedNumber => "The agent’s Freedom Mobile device accepted the call but then the device lost connection.",
        NatterboxMissedCall.TryingUserBusy => "The agent's device rejected the call when the call was attempted. This can happen if call waiting was enabled or if the device had problems accessing the microphone if it was a webphone.",
        NatterboxMissedCall.TryingProgressTimeout => "The agent’s device was called but no ringing indication was received within a certain amount of time, usually 30 seconds.",
        NatterboxMissedCall.TryingNormalClearing => "Call to agent device failed. For instance, the agents Freedom Mobile device was called but the call failed.",
        NatterboxMissedCall.TryingRedirectionToNewDestination => "The agent’s device was called but the device a proxy sent back a redirect request which we treat as an error.",
        NatterboxMissedCall.Trying => "Caused by invalid routing information for the agent’s device.",
        NatterboxMissedCall.RingingCallRejected => "The agent pressed decline when the call was presented to them.",
        NatterboxMissedCall.RingingOriginatorCancel => "The caller cancelled the call whilst the agents device was ringing.",
        NatterboxMissedCall.RingingNoUserResponse => "The agents Freedom Mobile device did not respond within 30 seconds after the call was placed because it was out of range or had no power.",
        NatterboxMissedCall.RingingAllottedTimeout => "The agents device was ringing but was not answered within the configured time limit.",
        NatterboxMissedCall.RingingLoseRace => "The agents device was called and sent ringing indication but then then call was cancelled because another device that was called in parallel accepted the call first.",
        NatterboxMissedCall.RingingNoAnswer => "The agent’s device was ringing but was not answered.",
        NatterboxMissedCall.RingingNormalTemporaryFailure => "An agent's device rang, but failed to connect to the agent with either the proxy or the carrier returning an unexpected return code like '500 Internal Server Error'.",
        NatterboxMissedCall.RingingUnallocatedNumber => "The agents Freedom Mobile device accepted the call, sent ringing indication but then the device lost connection.",
        NatterboxMissedCall.RingingUserBusy => "The agents device rejected the call with busy after the called device sent ringing indication.",
        NatterboxMissedCall.RingingNormalUnspecified => "The agents device was called but the attempt to deliver the call to them was cancelled possibly due to a PBX routing issue.",
        NatterboxMissedCall.RingingNormalClearing => "Call to agent device failed. For instance, the agents Yealink was called but returned '480 Temporarily Unavailable'.",
        NatterboxMissedCall.RingingRecoveryOnTimerExpire => "The agents device was attempted but there was no response from the device or the proxy.",
        NatterboxMissedCall.RingingIncompatibleDestination => "The agent's device was attempted but there was a codec incompatibility. This can happen with Yealinks which are not configured correctly.",
        NatterboxMissedCall.Ringing => "The agent’s device was attempted but then cancelled by the platform for having too many active calls.",
        _ => string.Empty,
    };

    public static (string Type, string Cause) ToCode(NatterboxMissedCall value) => value switch
    {
        NatterboxMissedCall.Unknown => ("Unknown", ""),
        NatterboxMissedCall.AllBusy => ("All Busy", ""),
        NatterboxMissedCall.NoDevices => ("No Devices", ""),
        NatterboxMissedCall.TryingCallRejected => ("Trying", "CALL_REJECTED"),
        NatterboxMissedCall.TryingOriginatorCancel => ("Trying", "ORIGINATOR_CANCEL"),
        NatterboxMissedCall.TryingNoUserResponse => ("Trying", "NO_USER_RESPONSE"),
        NatterboxMissedCall.TryingAllottedTimeout => ("Trying", "ALLOTTED_TIMEOUT"),
        NatterboxMissedCall.TryingLoseRace => ("Trying", "LOSE_RACE"),
        NatterboxMissedCall.TryingNoAnswer => ("Trying", "NO_ANSWER"),
        NatterboxMissedCall.TryingNormalTemporaryFailure => ("Trying", "NORMAL_TEMPORARY_FAILURE"),
        NatterboxMissedCall.TryingUnallocatedNumber => ("Trying", "UNALLOCATED_NUMBER"),
        NatterboxMissedCall.TryingUserBusy => ("Trying", "USER_BUSY"),
        NatterboxMissedCall.TryingProgressTimeout => ("Trying", "PROGRESS_TIMEOUT"),
        NatterboxMissedCall.TryingNormalClearing => ("Trying", "NORMAL_CLEARING"),
        NatterboxMissedCall.TryingRedirectionToNewDestination => ("Trying", "REDIRECTION_TO_NEW_DESTINATION"),
        NatterboxMissedCall.Trying => ("Trying", ""),
        NatterboxMissedCall.RingingCallRejected => ("Ringing", "CALL_REJECTED"),
        NatterboxMissedCall.RingingOriginatorCancel => ("Ringing", "ORIGINATOR_CANCEL"),
        NatterboxMissedCall.RingingNoUserResponse => ("Ringing", "NO_USER_RESPONSE"),
        NatterboxMissedCall.RingingAllottedTimeout => ("Ringing", "ALLOTTED_TIMEOUT"),
        NatterboxMissedCall.RingingLoseRace => ("Ringing", "LOSE_RACE"),
        NatterboxMissedCall.RingingNoAnswer => ("Ringing", "NO_ANSWER"),
        NatterboxMissedCall.RingingNormalTemporaryFailure => ("Ringing", "NORMAL_TEMPORARY_FAILURE"),
        NatterboxMissedCall.RingingUnallocatedNumber => ("Ringing", "UNALLOCATED_NUMBER"),
        NatterboxMissedCall.RingingUserBusy => ("Ringing", "USER_BUSY"),
        NatterboxMissedCall.RingingNormalUnspecified => ("Ringing", "NORMAL_UNSPECIFIED"),
        NatterboxMissedCall.RingingNormalClearing => ("Ringing", "NORMAL_CLEARING"),
        NatterboxMissedCall.RingingRecoveryOnTimerExpire => ("Ringing", "RECOVERY_ON_TIMER_EXPIRE"),
        NatterboxMissedCall.RingingIncompatibleDestination => ("Ringing", "INCOMPATIBLE_DESTINATION"),
        NatterboxMissedCall.Ringing => ("Ringing", ""),
        _ => throw new System.ArgumentOutOfRangeException(nameof(value)),
    };
}

/// <summary>NatterboxMissedCall as an Ardalis.SmartEnum: one instance per code, carrying its outcome and description.</summary>
public sealed class NatterboxSmart : SmartEnum<NatterboxSmart, (string, string)>
{
    public static readonly NatterboxSmart Unknown = new(nameof(Unknown), ("Unknown", ""), CallOutcome.Unknown, "Catch all for any other missed call types.");
    public static readonly NatterboxSmart AllBusy = new(nameof(AllBusy), ("All Busy", ""), CallOutcome.Busy, "There was one or more available devices but further checks resulted in those devices no longer being eligible. This could include the agent already being on another call.");
    public static readonly NatterboxSmart NoDevices = new(nameof(NoDevices), ("No Devices", ""), CallOutcome.Unreachable, "There was no registered agent device ready to deal with the customer call. One possible cause is that the agent’s WebPhone was terminated just before a callback was attempted.");
    public static readonly NatterboxSmart TryingCallRejected = new(nameof(TryingCallRejected), ("Trying", "CALL_REJECTED"), CallOutcome.Rejected, "The agent's device rejected the call when the call was attempted. This can happen if the agent cancelled the call. This can also happen with certain failed calls where the platform terminates the call.");
    public static readonly NatterboxSmart TryingOriginatorCancel = new(nameof(TryingOriginatorCancel), ("Trying", "ORIGINATOR_CANCEL"), CallOutcome.Canceled, "The caller cancelled the call when the call was attempted but before the called device sent ringing indication.");
    public static readonly NatterboxSmart TryingNoUserResponse = new(nameof(TryingNoUserResponse), ("Trying", "NO_USER_RESPONSE"), CallOutcome.Unreachable, "This can occur with certain devices, such as Freedom Mobile, when they are out of range or powered off.");
    public static readonly NatterboxSmart TryingAllottedTimeout = new(nameof(TryingAllottedTimeout), ("Trying", "ALLOTTED_TIMEOUT"), CallOutcome.NoAnswer, "The agents device did not send any ringing indication and was not answered within the configured time limit.");
    public static readonly NatterboxSmart TryingLoseRace = new(nameof(TryingLoseRace), ("Trying", "LOSE_RACE"), CallOutcome.AnsweredElsewhere, "The agents device was called but then cancelled because another device that was called in parallel accepted the call first.");
    public static readonly NatterboxSmart TryingNoAnswer = new(nameof(TryingNoAnswer), ("Trying", "NO_ANSWER"), CallOutcome.NoAnswer, "The agent’s device did not send any ringing indication and was not answered.");
    public static readonly NatterboxSmart TryingNormalTemporaryFailure = new(nameof(TryingNormalTemporaryFailure), ("Trying", "NORMAL_TEMPORARY_FAILURE"), CallOutcome.Failed, "An agent’s PSTN number was called but it failed with either the proxy or the carrier returning an unexpected return code like '500 Internal Server Error'.");
    public static readonly NatterboxSmart TryingUnallocatedNumber = new(nameof(TryingUnallocatedNumber), ("Trying", "UNALLOCATED_NUMBER"), CallOutcome.Dropped, "The agent’s Freedom Mobile device accepted the call but then the device lost connection.");
    public static readonly NatterboxSmart TryingUserBusy = new(nameof(TryingUserBusy), ("Trying", "USER_BUSY"), CallOutcome.Busy, "The agent's device rejected the call when the call was attempted. This can happen if call waiting was enabled or if the device had problems accessing the microphone if it was a webphone.");
    public static readonly NatterboxSmart TryingProgressTimeout = new(nameof(TryingProgressTimeout), ("Trying", "PROGRESS_TIMEOUT"), CallOutcome.Unreachable, "The agent’s device was called but no ringing indication was received within a certain amount of time, usually 30 seconds.");
    public static readonly NatterboxSmart TryingNormalClearing = new(nameof(TryingNormalClearing), ("Trying", "NORMAL_CLEARING"), CallOutcome.Failed, "Call to agent device failed. For instance, the agents Freedom Mobile device was called but the call failed.");
    public static readonly NatterboxSmart TryingRedirectionToNewDestination = new(nameof(TryingRedirectionToNewDestination), ("Trying", "REDIRECTION_TO_NEW_DESTINATION"), CallOutcome.Redirected, "The agent’s device was called but the device a proxy sent back a redirect request which we treat as an error.");
    public static readonly NatterboxSmart Trying = new(nameof(Trying), ("Trying", ""), CallOutcome.InvalidNumber, "Caused by invalid routing information for the agent’s device.");
    public static readonly NatterboxSmart RingingCallRejected = new(nameof(RingingCallRejected), ("Ringing", "CALL_REJECTED"), CallOutcome.Rejected, "The agent pressed decline when the call was presented to them.");
    public static readonly NatterboxSmart RingingOriginatorCancel = new(nameof(RingingOriginatorCancel), ("Ringing", "ORIGINATOR_CANCEL"), CallOutcome.Canceled, "The caller cancelled the call whilst the agents device was ringing.");
    public static readonly NatterboxSmart RingingNoUserResponse = new(nameof(RingingNoUserResponse), ("Ringing", "NO_USER_RESPONSE"), CallOutcome.Unreachable, "The agents Freedom Mobile device did not respond within 30 seconds after the call was placed because it was out of range or had no power.");
    public static readonly NatterboxSmart RingingAllottedTimeout = new(nameof(RingingAllottedTimeout), ("Ringing", "ALLOTTED_TIMEOUT"), CallOutcome.NoAnswer, "The agents device was ringing but was not answered within the configured time limit.");
    public static readonly NatterboxSmart RingingLoseRace = new(nameof(RingingLoseRace), ("Ringing", "LOSE_RACE"), CallOutcome.AnsweredElsewhere, "The agents device was called and sent ringing indication but then then call was cancelled because another device that was called in parallel accepted the call first.");
    public static readonly NatterboxSmart RingingNoAnswer = new(nameof(RingingNoAnswer), ("Ringing", "NO_ANSWER"), CallOutcome.NoAnswer, "The agent’s device was ringing but was not answered.");
    public static readonly NatterboxSmart RingingNormalTemporaryFailure = new(nameof(RingingNormalTemporaryFailure), ("Ringing", "NORMAL_TEMPORARY_FAILURE"), CallOutcome.Failed, "An agent's device rang, but failed to connect to the agent with either the proxy or the carrier returning an unexpected return code like '500 Internal Server Error'.");
    public static readonly NatterboxSmart RingingUnallocatedNumber = new(nameof(RingingUnallocatedNumber), ("Ringing", "UNALLOCATED_NUMBER"), CallOutcome.Dropped, "The agents Freedom Mobile device accepted the call, sent ringing indication but then the device lost connection.");
    public static readonly NatterboxSmart RingingUserBusy = new(nameof(RingingUserBusy), ("Ringing", "USER_BUSY"), CallOutcome.Busy, "The agents device rejected the call with busy after the called device sent ringing indication.");
    public static readonly NatterboxSmart RingingNormalUnspecified = new(nameof(RingingNormalUnspecified), ("Ringing", "NORMAL_UNSPECIFIED"), CallOutcome.Failed, "The agents device was called but the attempt to deliver the call to them was cancelled possibly due to a PBX routing issue.");
    public static readonly NatterboxSmart RingingNormalClearing = new(nameof(RingingNormalClearing), ("Ringing", "NORMAL_CLEARING"), CallOutcome.Failed, "Call to agent device failed. For instance, the agents Yealink was called but returned '480 Temporarily Unavailable'.");
    public static readonly NatterboxSmart RingingRecoveryOnTimerExpire = new(nameof(RingingRecoveryOnTimerExpire), ("Ringing", "RECOVERY_ON_TIMER_EXPIRE"), CallOutcome.Unreachable, "The agents device was attempted but there was no response from the device or the proxy.");
    public static readonly NatterboxSmart RingingIncompatibleDestination = new(nameof(RingingIncompatibleDestination), ("Ringing", "INCOMPATIBLE_DESTINATION"), CallOutcome.Restricted, "The agent's device was attempted but there was a codec incompatibility. This can happen with Yealinks which are not configured correctly.");
    public static readonly NatterboxSmart Ringing = new(nameof(Ringing), ("Ringing", ""), CallOutcome.Busy, "The agent’s device was attempted but then cancelled by the platform for having too many active calls.");

    private NatterboxSmart(string name, (string, string) value, CallOutcome outcome, string description)
        : base(name, value)
    {
        Outcome = outcome;
        Description = description;
    }

    public CallOutcome Outcome { get; }

    public string Description { get; }
}
