// Alternatives to the generated code, for the benchmarks: what a user writes instead of a code table.
// Typed out once from tables/freeswitch-hangup-cause.csv (with a scratch script, in the shape people write by hand); not generated at build time.
// Member order, codes, outcomes and descriptions are the table's, so every alternative answers exactly what the
// generated code answers.
#nullable enable
#pragma warning disable CS1591
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using CodeTables.Benchmarks.Tables;

namespace CodeTables.Benchmarks.Alternatives;

/// <summary>The switch statements a user writes by hand for FreeSwitchHangupCause.</summary>
public static class FreeSwitchHandWritten
{
    public static bool TryFromCode(string? code, out FreeSwitchHangupCause value)
    {
        switch (code)
        {
            case "NONE":
                value = FreeSwitchHangupCause.None;
                return true;
            case "UNALLOCATED_NUMBER":
                value = FreeSwitchHangupCause.UnallocatedNumber;
                return true;
            case "NO_ROUTE_TRANSIT_NET":
                value = FreeSwitchHangupCause.NoRouteTransitNet;
                return true;
            case "NO_ROUTE_DESTINATION":
                value = FreeSwitchHangupCause.NoRouteDestination;
                return true;
            case "CHANNEL_UNACCEPTABLE":
                value = FreeSwitchHangupCause.ChannelUnacceptable;
                return true;
            case "CALL_AWARDED_DELIVERED":
                value = FreeSwitchHangupCause.CallAwardedDelivered;
                return true;
            case "NORMAL_CLEARING":
                value = FreeSwitchHangupCause.NormalClearing;
                return true;
            case "USER_BUSY":
                value = FreeSwitchHangupCause.UserBusy;
                return true;
            case "NO_USER_RESPONSE":
                value = FreeSwitchHangupCause.NoUserResponse;
                return true;
            case "NO_ANSWER":
                value = FreeSwitchHangupCause.NoAnswer;
                return true;
            case "SUBSCRIBER_ABSENT":
                value = FreeSwitchHangupCause.SubscriberAbsent;
                return true;
            case "CALL_REJECTED":
                value = FreeSwitchHangupCause.CallRejected;
                return true;
            case "NUMBER_CHANGED":
                value = FreeSwitchHangupCause.NumberChanged;
                return true;
            case "REDIRECTION_TO_NEW_DESTINATION":
                value = FreeSwitchHangupCause.RedirectionToNewDestination;
                return true;
            case "EXCHANGE_ROUTING_ERROR":
                value = FreeSwitchHangupCause.ExchangeRoutingError;
                return true;
            case "DESTINATION_OUT_OF_ORDER":
                value = FreeSwitchHangupCause.DestinationOutOfOrder;
                return true;
            case "INVALID_NUMBER_FORMAT":
                value = FreeSwitchHangupCause.InvalidNumberFormat;
                return true;
            case "FACILITY_REJECTED":
                value = FreeSwitchHangupCause.FacilityRejected;
                return true;
            case "RESPONSE_TO_STATUS_ENQUIRY":
                value = FreeSwitchHangupCause.ResponseToStatusEnquiry;
                return true;
            case "NORMAL_UNSPECIFIED":
                value = FreeSwitchHangupCause.NormalUnspecified;
                return true;
            case "NORMAL_CIRCUIT_CONGESTION":
                value = FreeSwitchHangupCause.NormalCircuitCongestion;
                return true;
            case "NETWORK_OUT_OF_ORDER":
                value = FreeSwitchHangupCause.NetworkOutOfOrder;
                return true;
            case "NORMAL_TEMPORARY_FAILURE":
                value = FreeSwitchHangupCause.NormalTemporaryFailure;
                return true;
            case "SWITCH_CONGESTION":
                value = FreeSwitchHangupCause.SwitchCongestion;
                return true;
            case "ACCESS_INFO_DISCARDED":
                value = FreeSwitchHangupCause.AccessInfoDiscarded;
                return true;
            case "REQUESTED_CHAN_UNAVAIL":
                value = FreeSwitchHangupCause.RequestedChanUnavail;
                return true;
            case "PRE_EMPTED":
                value = FreeSwitchHangupCause.PreEmpted;
                return true;
            case "FACILITY_NOT_SUBSCRIBED":
                value = FreeSwitchHangupCause.FacilityNotSubscribed;
                return true;
            case "OUTGOING_CALL_BARRED":
                value = FreeSwitchHangupCause.OutgoingCallBarred;
                return true;
            case "INCOMING_CALL_BARRED":
                value = FreeSwitchHangupCause.IncomingCallBarred;
                return true;
            case "BEARERCAPABILITY_NOTAUTH":
                value = FreeSwitchHangupCause.BearerCapabilityNotAuth;
                return true;
            case "BEARERCAPABILITY_NOTAVAIL":
                value = FreeSwitchHangupCause.BearerCapabilityNotAvail;
                return true;
            case "SERVICE_UNAVAILABLE":
                value = FreeSwitchHangupCause.ServiceUnavailable;
                return true;
            case "BEARERCAPABILITY_NOTIMPL":
                value = FreeSwitchHangupCause.BearerCapabilityNotImpl;
                return true;
            case "CHAN_NOT_IMPLEMENTED":
                value = FreeSwitchHangupCause.ChanNotImplemented;
                return true;
            case "FACILITY_NOT_IMPLEMENTED":
                value = FreeSwitchHangupCause.FacilityNotImplemented;
                return true;
            case "SERVICE_NOT_IMPLEMENTED":
                value = FreeSwitchHangupCause.ServiceNotImplemented;
                return true;
            case "INVALID_CALL_REFERENCE":
                value = FreeSwitchHangupCause.InvalidCallReference;
                return true;
            case "INCOMPATIBLE_DESTINATION":
                value = FreeSwitchHangupCause.IncompatibleDestination;
                return true;
            case "INVALID_MSG_UNSPECIFIED":
                value = FreeSwitchHangupCause.InvalidMsgUnspecified;
                return true;
            case "MANDATORY_IE_MISSING":
                value = FreeSwitchHangupCause.MandatoryIeMissing;
                return true;
            case "MESSAGE_TYPE_NONEXIST":
                value = FreeSwitchHangupCause.MessageTypeNonexist;
                return true;
            case "WRONG_MESSAGE":
                value = FreeSwitchHangupCause.WrongMessage;
                return true;
            case "IE_NONEXIST":
                value = FreeSwitchHangupCause.IeNonexist;
                return true;
            case "INVALID_IE_CONTENTS":
                value = FreeSwitchHangupCause.InvalidIeContents;
                return true;
            case "WRONG_CALL_STATE":
                value = FreeSwitchHangupCause.WrongCallState;
                return true;
            case "RECOVERY_ON_TIMER_EXPIRE":
                value = FreeSwitchHangupCause.RecoveryOnTimerExpire;
                return true;
            case "MANDATORY_IE_LENGTH_ERROR":
                value = FreeSwitchHangupCause.MandatoryIeLengthError;
                return true;
            case "PROTOCOL_ERROR":
                value = FreeSwitchHangupCause.ProtocolError;
                return true;
            case "INTERWORKING":
                value = FreeSwitchHangupCause.Interworking;
                return true;
            case "SUCCESS":
                value = FreeSwitchHangupCause.Success;
                return true;
            case "ORIGINATOR_CANCEL":
                value = FreeSwitchHangupCause.OriginatorCancel;
                return true;
            case "CRASH":
                value = FreeSwitchHangupCause.Crash;
                return true;
            case "SYSTEM_SHUTDOWN":
                value = FreeSwitchHangupCause.SystemShutdown;
                return true;
            case "LOSE_RACE":
                value = FreeSwitchHangupCause.LoseRace;
                return true;
            case "MANAGER_REQUEST":
                value = FreeSwitchHangupCause.ManagerRequest;
                return true;
            case "BLIND_TRANSFER":
                value = FreeSwitchHangupCause.BlindTransfer;
                return true;
            case "ATTENDED_TRANSFER":
                value = FreeSwitchHangupCause.AttendedTransfer;
                return true;
            case "ALLOTTED_TIMEOUT":
                value = FreeSwitchHangupCause.AllottedTimeout;
                return true;
            case "USER_CHALLENGE":
                value = FreeSwitchHangupCause.UserChallenge;
                return true;
            case "MEDIA_TIMEOUT":
                value = FreeSwitchHangupCause.MediaTimeout;
                return true;
            case "PICKED_OFF":
                value = FreeSwitchHangupCause.PickedOff;
                return true;
            case "USER_NOT_REGISTERED":
                value = FreeSwitchHangupCause.UserNotRegistered;
                return true;
            case "PROGRESS_TIMEOUT":
                value = FreeSwitchHangupCause.ProgressTimeout;
                return true;
            case "INVALID_GATEWAY":
                value = FreeSwitchHangupCause.InvalidGateway;
                return true;
            case "GATEWAY_DOWN":
                value = FreeSwitchHangupCause.GatewayDown;
                return true;
            case "INVALID_URL":
                value = FreeSwitchHangupCause.InvalidUrl;
                return true;
            case "INVALID_PROFILE":
                value = FreeSwitchHangupCause.InvalidProfile;
                return true;
            case "NO_PICKUP":
                value = FreeSwitchHangupCause.NoPickup;
                return true;
            case "SRTP_READ_ERROR":
                value = FreeSwitchHangupCause.SrtpReadError;
                return true;
            case "BOWOUT":
                value = FreeSwitchHangupCause.Bowout;
                return true;
            case "BUSY_EVERYWHERE":
                value = FreeSwitchHangupCause.BusyEverywhere;
                return true;
            case "DECLINE":
                value = FreeSwitchHangupCause.Decline;
                return true;
            case "DOES_NOT_EXIST_ANYWHERE":
                value = FreeSwitchHangupCause.DoesNotExistAnywhere;
                return true;
            case "NOT_ACCEPTABLE":
                value = FreeSwitchHangupCause.NotAcceptable;
                return true;
            case "UNWANTED":
                value = FreeSwitchHangupCause.Unwanted;
                return true;
            case "NO_IDENTITY":
                value = FreeSwitchHangupCause.NoIdentity;
                return true;
            case "BAD_IDENTITY_INFO":
                value = FreeSwitchHangupCause.BadIdentityInfo;
                return true;
            case "UNSUPPORTED_CERTIFICATE":
                value = FreeSwitchHangupCause.UnsupportedCertificate;
                return true;
            case "INVALID_IDENTITY":
                value = FreeSwitchHangupCause.InvalidIdentity;
                return true;
            case "STALE_DATE":
                value = FreeSwitchHangupCause.StaleDate;
                return true;
            case "REJECT_ALL":
                value = FreeSwitchHangupCause.RejectAll;
                return true;
            default:
                value = default;
                return false;
        }
    }

    public static CallOutcome Classify(string? code) => code switch
    {
        "NONE" => CallOutcome.Unknown,
        "UNALLOCATED_NUMBER" => CallOutcome.InvalidNumber,
        "NO_ROUTE_TRANSIT_NET" => CallOutcome.Failed,
        "NO_ROUTE_DESTINATION" => CallOutcome.InvalidNumber,
        "CHANNEL_UNACCEPTABLE" => CallOutcome.Failed,
        "CALL_AWARDED_DELIVERED" => CallOutcome.Unknown,
        "NORMAL_CLEARING" => CallOutcome.Answered,
        "USER_BUSY" => CallOutcome.Busy,
        "NO_USER_RESPONSE" => CallOutcome.Unreachable,
        "NO_ANSWER" => CallOutcome.NoAnswer,
        "SUBSCRIBER_ABSENT" => CallOutcome.Unreachable,
        "CALL_REJECTED" => CallOutcome.Rejected,
        "NUMBER_CHANGED" => CallOutcome.InvalidNumber,
        "REDIRECTION_TO_NEW_DESTINATION" => CallOutcome.Redirected,
        "EXCHANGE_ROUTING_ERROR" => CallOutcome.Failed,
        "DESTINATION_OUT_OF_ORDER" => CallOutcome.Failed,
        "INVALID_NUMBER_FORMAT" => CallOutcome.InvalidNumber,
        "FACILITY_REJECTED" => CallOutcome.Failed,
        "RESPONSE_TO_STATUS_ENQUIRY" => CallOutcome.Unknown,
        "NORMAL_UNSPECIFIED" => CallOutcome.Unknown,
        "NORMAL_CIRCUIT_CONGESTION" => CallOutcome.Congestion,
        "NETWORK_OUT_OF_ORDER" => CallOutcome.Failed,
        "NORMAL_TEMPORARY_FAILURE" => CallOutcome.Congestion,
        "SWITCH_CONGESTION" => CallOutcome.Congestion,
        "ACCESS_INFO_DISCARDED" => CallOutcome.Failed,
        "REQUESTED_CHAN_UNAVAIL" => CallOutcome.Congestion,
        "PRE_EMPTED" => CallOutcome.Congestion,
        "FACILITY_NOT_SUBSCRIBED" => CallOutcome.Restricted,
        "OUTGOING_CALL_BARRED" => CallOutcome.Restricted,
        "INCOMING_CALL_BARRED" => CallOutcome.Restricted,
        "BEARERCAPABILITY_NOTAUTH" => CallOutcome.Restricted,
        "BEARERCAPABILITY_NOTAVAIL" => CallOutcome.Restricted,
        "SERVICE_UNAVAILABLE" => CallOutcome.Failed,
        "BEARERCAPABILITY_NOTIMPL" => CallOutcome.Restricted,
        "CHAN_NOT_IMPLEMENTED" => CallOutcome.Restricted,
        "FACILITY_NOT_IMPLEMENTED" => CallOutcome.Failed,
        "SERVICE_NOT_IMPLEMENTED" => CallOutcome.Failed,
        "INVALID_CALL_REFERENCE" => CallOutcome.Failed,
        "INCOMPATIBLE_DESTINATION" => CallOutcome.Restricted,
        "INVALID_MSG_UNSPECIFIED" => CallOutcome.Failed,
        "MANDATORY_IE_MISSING" => CallOutcome.Failed,
        "MESSAGE_TYPE_NONEXIST" => CallOutcome.Failed,
        "WRONG_MESSAGE" => CallOutcome.Failed,
        "IE_NONEXIST" => CallOutcome.Failed,
        "INVALID_IE_CONTENTS" => CallOutcome.Failed,
        "WRONG_CALL_STATE" => CallOutcome.Failed,
        "RECOVERY_ON_TIMER_EXPIRE" => CallOutcome.Failed,
        "MANDATORY_IE_LENGTH_ERROR" => CallOutcome.Failed,
        "PROTOCOL_ERROR" => CallOutcome.Failed,
        "INTERWORKING" => CallOutcome.Failed,
        "SUCCESS" => CallOutcome.Answered,
        "ORIGINATOR_CANCEL" => CallOutcome.Canceled,
        "CRASH" => CallOutcome.Failed,
        "SYSTEM_SHUTDOWN" => CallOutcome.Failed,
        "LOSE_RACE" => CallOutcome.AnsweredElsewhere,
        "MANAGER_REQUEST" => CallOutcome.Canceled,
        "BLIND_TRANSFER" => CallOutcome.Transferred,
        "ATTENDED_TRANSFER" => CallOutcome.Transferred,
        "ALLOTTED_TIMEOUT" => CallOutcome.NoAnswer,
        "USER_CHALLENGE" => CallOutcome.Restricted,
        "MEDIA_TIMEOUT" => CallOutcome.Dropped,
        "PICKED_OFF" => CallOutcome.AnsweredElsewhere,
        "USER_NOT_REGISTERED" => CallOutcome.Unreachable,
        "PROGRESS_TIMEOUT" => CallOutcome.Unreachable,
        "INVALID_GATEWAY" => CallOutcome.Failed,
        "GATEWAY_DOWN" => CallOutcome.Failed,
        "INVALID_URL" => CallOutcome.InvalidNumber,
        "INVALID_PROFILE" => CallOutcome.Failed,
        "NO_PICKUP" => CallOutcome.NoAnswer,
        "SRTP_READ_ERROR" => CallOutcome.Failed,
        "BOWOUT" => CallOutcome.Transferred,
        "BUSY_EVERYWHERE" => CallOutcome.Busy,
        "DECLINE" => CallOutcome.Rejected,
        "DOES_NOT_EXIST_ANYWHERE" => CallOutcome.InvalidNumber,
        "NOT_ACCEPTABLE" => CallOutcome.Restricted,
        "UNWANTED" => CallOutcome.Rejected,
        "NO_IDENTITY" => CallOutcome.Restricted,
        "BAD_IDENTITY_INFO" => CallOutcome.Restricted,
        "UNSUPPORTED_CERTIFICATE" => CallOutcome.Restricted,
        "INVALID_IDENTITY" => CallOutcome.Restricted,
        "STALE_DATE" => CallOutcome.Restricted,
        "REJECT_ALL" => CallOutcome.Rejected,
        _ => CallOutcome.Unknown,
    };

    public static string ToStringFast(FreeSwitchHangupCause value) => value switch
    {
        FreeSwitchHangupCause.None => nameof(FreeSwitchHangupCause.None),
        FreeSwitchHangupCause.UnallocatedNumber => nameof(FreeSwitchHangupCause.UnallocatedNumber),
        FreeSwitchHangupCause.NoRouteTransitNet => nameof(FreeSwitchHangupCause.NoRouteTransitNet),
        FreeSwitchHangupCause.NoRouteDestination => nameof(FreeSwitchHangupCause.NoRouteDestination),
        FreeSwitchHangupCause.ChannelUnacceptable => nameof(FreeSwitchHangupCause.ChannelUnacceptable),
        FreeSwitchHangupCause.CallAwardedDelivered => nameof(FreeSwitchHangupCause.CallAwardedDelivered),
        FreeSwitchHangupCause.NormalClearing => nameof(FreeSwitchHangupCause.NormalClearing),
        FreeSwitchHangupCause.UserBusy => nameof(FreeSwitchHangupCause.UserBusy),
        FreeSwitchHangupCause.NoUserResponse => nameof(FreeSwitchHangupCause.NoUserResponse),
        FreeSwitchHangupCause.NoAnswer => nameof(FreeSwitchHangupCause.NoAnswer),
        FreeSwitchHangupCause.SubscriberAbsent => nameof(FreeSwitchHangupCause.SubscriberAbsent),
        FreeSwitchHangupCause.CallRejected => nameof(FreeSwitchHangupCause.CallRejected),
        FreeSwitchHangupCause.NumberChanged => nameof(FreeSwitchHangupCause.NumberChanged),
        FreeSwitchHangupCause.RedirectionToNewDestination => nameof(FreeSwitchHangupCause.RedirectionToNewDestination),
        FreeSwitchHangupCause.ExchangeRoutingError => nameof(FreeSwitchHangupCause.ExchangeRoutingError),
        FreeSwitchHangupCause.DestinationOutOfOrder => nameof(FreeSwitchHangupCause.DestinationOutOfOrder),
        FreeSwitchHangupCause.InvalidNumberFormat => nameof(FreeSwitchHangupCause.InvalidNumberFormat),
        FreeSwitchHangupCause.FacilityRejected => nameof(FreeSwitchHangupCause.FacilityRejected),
        FreeSwitchHangupCause.ResponseToStatusEnquiry => nameof(FreeSwitchHangupCause.ResponseToStatusEnquiry),
        FreeSwitchHangupCause.NormalUnspecified => nameof(FreeSwitchHangupCause.NormalUnspecified),
        FreeSwitchHangupCause.NormalCircuitCongestion => nameof(FreeSwitchHangupCause.NormalCircuitCongestion),
        FreeSwitchHangupCause.NetworkOutOfOrder => nameof(FreeSwitchHangupCause.NetworkOutOfOrder),
        FreeSwitchHangupCause.NormalTemporaryFailure => nameof(FreeSwitchHangupCause.NormalTemporaryFailure),
        FreeSwitchHangupCause.SwitchCongestion => nameof(FreeSwitchHangupCause.SwitchCongestion),
        FreeSwitchHangupCause.AccessInfoDiscarded => nameof(FreeSwitchHangupCause.AccessInfoDiscarded),
        FreeSwitchHangupCause.RequestedChanUnavail => nameof(FreeSwitchHangupCause.RequestedChanUnavail),
        FreeSwitchHangupCause.PreEmpted => nameof(FreeSwitchHangupCause.PreEmpted),
        FreeSwitchHangupCause.FacilityNotSubscribed => nameof(FreeSwitchHangupCause.FacilityNotSubscribed),
        FreeSwitchHangupCause.OutgoingCallBarred => nameof(FreeSwitchHangupCause.OutgoingCallBarred),
        FreeSwitchHangupCause.IncomingCallBarred => nameof(FreeSwitchHangupCause.IncomingCallBarred),
        FreeSwitchHangupCause.BearerCapabilityNotAuth => nameof(FreeSwitchHangupCause.BearerCapabilityNotAuth),
        FreeSwitchHangupCause.BearerCapabilityNotAvail => nameof(FreeSwitchHangupCause.BearerCapabilityNotAvail),
        FreeSwitchHangupCause.ServiceUnavailable => nameof(FreeSwitchHangupCause.ServiceUnavailable),
        FreeSwitchHangupCause.BearerCapabilityNotImpl => nameof(FreeSwitchHangupCause.BearerCapabilityNotImpl),
        FreeSwitchHangupCause.ChanNotImplemented => nameof(FreeSwitchHangupCause.ChanNotImplemented),
        FreeSwitchHangupCause.FacilityNotImplemented => nameof(FreeSwitchHangupCause.FacilityNotImplemented),
        FreeSwitchHangupCause.ServiceNotImplemented => nameof(FreeSwitchHangupCause.ServiceNotImplemented),
        FreeSwitchHangupCause.InvalidCallReference => nameof(FreeSwitchHangupCause.InvalidCallReference),
        FreeSwitchHangupCause.IncompatibleDestination => nameof(FreeSwitchHangupCause.IncompatibleDestination),
        FreeSwitchHangupCause.InvalidMsgUnspecified => nameof(FreeSwitchHangupCause.InvalidMsgUnspecified),
        FreeSwitchHangupCause.MandatoryIeMissing => nameof(FreeSwitchHangupCause.MandatoryIeMissing),
        FreeSwitchHangupCause.MessageTypeNonexist => nameof(FreeSwitchHangupCause.MessageTypeNonexist),
        FreeSwitchHangupCause.WrongMessage => nameof(FreeSwitchHangupCause.WrongMessage),
        FreeSwitchHangupCause.IeNonexist => nameof(FreeSwitchHangupCause.IeNonexist),
        FreeSwitchHangupCause.InvalidIeContents => nameof(FreeSwitchHangupCause.InvalidIeContents),
        FreeSwitchHangupCause.WrongCallState => nameof(FreeSwitchHangupCause.WrongCallState),
        FreeSwitchHangupCause.RecoveryOnTimerExpire => nameof(FreeSwitchHangupCause.RecoveryOnTimerExpire),
        FreeSwitchHangupCause.MandatoryIeLengthError => nameof(FreeSwitchHangupCause.MandatoryIeLengthError),
        FreeSwitchHangupCause.ProtocolError => nameof(FreeSwitchHangupCause.ProtocolError),
        FreeSwitchHangupCause.Interworking => nameof(FreeSwitchHangupCause.Interworking),
        FreeSwitchHangupCause.Success => nameof(FreeSwitchHangupCause.Success),
        FreeSwitchHangupCause.OriginatorCancel => nameof(FreeSwitchHangupCause.OriginatorCancel),
        FreeSwitchHangupCause.Crash => nameof(FreeSwitchHangupCause.Crash),
        FreeSwitchHangupCause.SystemShutdown => nameof(FreeSwitchHangupCause.SystemShutdown),
        FreeSwitchHangupCause.LoseRace => nameof(FreeSwitchHangupCause.LoseRace),
        FreeSwitchHangupCause.ManagerRequest => nameof(FreeSwitchHangupCause.ManagerRequest),
        FreeSwitchHangupCause.BlindTransfer => nameof(FreeSwitchHangupCause.BlindTransfer),
        FreeSwitchHangupCause.AttendedTransfer => nameof(FreeSwitchHangupCause.AttendedTransfer),
        FreeSwitchHangupCause.AllottedTimeout => nameof(FreeSwitchHangupCause.AllottedTimeout),
        FreeSwitchHangupCause.UserChallenge => nameof(FreeSwitchHangupCause.UserChallenge),
        FreeSwitchHangupCause.MediaTimeout => nameof(FreeSwitchHangupCause.MediaTimeout),
        FreeSwitchHangupCause.PickedOff => nameof(FreeSwitchHangupCause.PickedOff),
        FreeSwitchHangupCause.UserNotRegistered => nameof(FreeSwitchHangupCause.UserNotRegistered),
        FreeSwitchHangupCause.ProgressTimeout => nameof(FreeSwitchHangupCause.ProgressTimeout),
        FreeSwitchHangupCause.InvalidGateway => nameof(FreeSwitchHangupCause.InvalidGateway),
        FreeSwitchHangupCause.GatewayDown => nameof(FreeSwitchHangupCause.GatewayDown),
        FreeSwitchHangupCause.InvalidUrl => nameof(FreeSwitchHangupCause.InvalidUrl),
        FreeSwitchHangupCause.InvalidProfile => nameof(FreeSwitchHangupCause.InvalidProfile),
        FreeSwitchHangupCause.NoPickup => nameof(FreeSwitchHangupCause.NoPickup),
        FreeSwitchHangupCause.SrtpReadError => nameof(FreeSwitchHangupCause.SrtpReadError),
        FreeSwitchHangupCause.Bowout => nameof(FreeSwitchHangupCause.Bowout),
        FreeSwitchHangupCause.BusyEverywhere => nameof(FreeSwitchHangupCause.BusyEverywhere),
        FreeSwitchHangupCause.Decline => nameof(FreeSwitchHangupCause.Decline),
        FreeSwitchHangupCause.DoesNotExistAnywhere => nameof(FreeSwitchHangupCause.DoesNotExistAnywhere),
        FreeSwitchHangupCause.NotAcceptable => nameof(FreeSwitchHangupCause.NotAcceptable),
        FreeSwitchHangupCause.Unwanted => nameof(FreeSwitchHangupCause.Unwanted),
        FreeSwitchHangupCause.NoIdentity => nameof(FreeSwitchHangupCause.NoIdentity),
        FreeSwitchHangupCause.BadIdentityInfo => nameof(FreeSwitchHangupCause.BadIdentityInfo),
        FreeSwitchHangupCause.UnsupportedCertificate => nameof(FreeSwitchHangupCause.UnsupportedCertificate),
        FreeSwitchHangupCause.InvalidIdentity => nameof(FreeSwitchHangupCause.InvalidIdentity),
        FreeSwitchHangupCause.StaleDate => nameof(FreeSwitchHangupCause.StaleDate),
        FreeSwitchHangupCause.RejectAll => nameof(FreeSwitchHangupCause.RejectAll),
        _ => value.ToString(),
    };

    public static string GetDescription(FreeSwitchHangupCause value) => value switch
    {
        FreeSwitchHangupCause.None => "(no cause / not defined)",
        FreeSwitchHangupCause.UnallocatedNumber => "Unallocated (unassigned) number",
        FreeSwitchHangupCause.NoRouteTransitNet => "No route to specified transit network",
        FreeSwitchHangupCause.NoRouteDestination => "No route to destination",
        FreeSwitchHangupCause.ChannelUnacceptable => "Channel unacceptable",
        FreeSwitchHangupCause.CallAwardedDelivered => "Call awarded and being delivered in an established channel",
        FreeSwitchHangupCause.NormalClearing => "Normal call clearing",
        FreeSwitchHangupCause.UserBusy => "User busy",
        FreeSwitchHangupCause.NoUserResponse => "No user responding",
        FreeSwitchHangupCause.NoAnswer => "No answer from user (user alerted)",
        FreeSwitchHangupCause.SubscriberAbsent => "Subscriber absent",
        FreeSwitchHangupCause.CallRejected => "Call rejected",
        FreeSwitchHangupCause.NumberChanged => "Number changed",
        FreeSwitchHangupCause.RedirectionToNewDestination => "Redirection to new destination",
        FreeSwitchHangupCause.ExchangeRoutingError => "Exchange routing error",
        FreeSwitchHangupCause.DestinationOutOfOrder => "Destination out of order",
        FreeSwitchHangupCause.InvalidNumberFormat => "Invalid number format (address incomplete)",
        FreeSwitchHangupCause.FacilityRejected => "Facility rejected",
        FreeSwitchHangupCause.ResponseToStatusEnquiry => "Response to STATUS ENQUIRY",
        FreeSwitchHangupCause.NormalUnspecified => "Normal unspecified",
        FreeSwitchHangupCause.NormalCircuitCongestion => "No circuit/channel available",
        FreeSwitchHangupCause.NetworkOutOfOrder => "Network out of order",
        FreeSwitchHangupCause.NormalTemporaryFailure => "Temporary failure",
        FreeSwitchHangupCause.SwitchCongestion => "Switching equipment congestion",
        FreeSwitchHangupCause.AccessInfoDiscarded => "Access information discarded",
        FreeSwitchHangupCause.RequestedChanUnavail => "Requested circuit/channel not available",
        FreeSwitchHangupCause.PreEmpted => "PRE_EMPTED",
        FreeSwitchHangupCause.FacilityNotSubscribed => "Requested facility not subscribed",
        FreeSwitchHangupCause.OutgoingCallBarred => "Outgoing calls barred",
        FreeSwitchHangupCause.IncomingCallBarred => "Incoming calls barred",
        FreeSwitchHangupCause.BearerCapabilityNotAuth => "Bearer capability not authorized",
        FreeSwitchHangupCause.BearerCapabilityNotAvail => "Bearer capability not presently available",
        FreeSwitchHangupCause.ServiceUnavailable => "Service or option not available, unspecified",
        FreeSwitchHangupCause.BearerCapabilityNotImpl => "Bearer capability not implemented",
        FreeSwitchHangupCause.ChanNotImplemented => "Channel type not implemented",
        FreeSwitchHangupCause.FacilityNotImplemented => "Requested facility not implemented",
        FreeSwitchHangupCause.ServiceNotImplemented => "Service or option not implemented, unspecified",
        FreeSwitchHangupCause.InvalidCallReference => "Invalid call reference value",
        FreeSwitchHangupCause.IncompatibleDestination => "Incompatible destination",
        FreeSwitchHangupCause.InvalidMsgUnspecified => "Invalid message, unspecified",
        FreeSwitchHangupCause.MandatoryIeMissing => "Mandatory information element is missing",
        FreeSwitchHangupCause.MessageTypeNonexist => "Message type non-existent or not implemented",
        FreeSwitchHangupCause.WrongMessage => "Message not compatible with call state or message type non-existent or not implemented",
        FreeSwitchHangupCause.IeNonexist => "Information element nonexistant or not implemented",
        FreeSwitchHangupCause.InvalidIeContents => "Invalid information element contents",
        FreeSwitchHangupCause.WrongCallState => "Message not compatible with call state",
        FreeSwitchHangupCause.RecoveryOnTimerExpire => "Recovery on timer expiry",
        FreeSwitchHangupCause.MandatoryIeLengthError => "Parameter non-existent or not implemented - passed on",
        FreeSwitchHangupCause.ProtocolError => "Protocol error, unspecified",
        FreeSwitchHangupCause.Interworking => "Interworking, unspecified",
        FreeSwitchHangupCause.Success => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.OriginatorCancel => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.Crash => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.SystemShutdown => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.LoseRace => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.ManagerRequest => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.BlindTransfer => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.AttendedTransfer => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.AllottedTimeout => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.UserChallenge => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.MediaTimeout => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.PickedOff => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.UserNotRegistered => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.ProgressTimeout => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.InvalidGateway => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.GatewayDown => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.InvalidUrl => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.InvalidProfile => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.NoPickup => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.SrtpReadError => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.Bowout => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.BusyEverywhere => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.Decline => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.DoesNotExistAnywhere => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.NotAcceptable => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.Unwanted => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.NoIdentity => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.BadIdentityInfo => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.UnsupportedCertificate => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.InvalidIdentity => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.StaleDate => "(FreeSWITCH-internal)",
        FreeSwitchHangupCause.RejectAll => "(FreeSWITCH-internal)",
        _ => string.Empty,
    };

    public static string ToCode(FreeSwitchHangupCause value) => value switch
    {
        FreeSwitchHangupCause.None => "NONE",
        FreeSwitchHangupCause.UnallocatedNumber => "UNALLOCATED_NUMBER",
        FreeSwitchHangupCause.NoRouteTransitNet => "NO_ROUTE_TRANSIT_NET",
        FreeSwitchHangupCause.NoRouteDestination => "NO_ROUTE_DESTINATION",
        FreeSwitchHangupCause.ChannelUnacceptable => "CHANNEL_UNACCEPTABLE",
        FreeSwitchHangupCause.CallAwardedDelivered => "CALL_AWARDED_DELIVERED",
        FreeSwitchHangupCause.NormalClearing => "NORMAL_CLEARING",
        FreeSwitchHangupCause.UserBusy => "USER_BUSY",
        FreeSwitchHangupCause.NoUserResponse => "NO_USER_RESPONSE",
        FreeSwitchHangupCause.NoAnswer => "NO_ANSWER",
        FreeSwitchHangupCause.SubscriberAbsent => "SUBSCRIBER_ABSENT",
        FreeSwitchHangupCause.CallRejected => "CALL_REJECTED",
        FreeSwitchHangupCause.NumberChanged => "NUMBER_CHANGED",
        FreeSwitchHangupCause.RedirectionToNewDestination => "REDIRECTION_TO_NEW_DESTINATION",
        FreeSwitchHangupCause.ExchangeRoutingError => "EXCHANGE_ROUTING_ERROR",
        FreeSwitchHangupCause.DestinationOutOfOrder => "DESTINATION_OUT_OF_ORDER",
        FreeSwitchHangupCause.InvalidNumberFormat => "INVALID_NUMBER_FORMAT",
        FreeSwitchHangupCause.FacilityRejected => "FACILITY_REJECTED",
        FreeSwitchHangupCause.ResponseToStatusEnquiry => "RESPONSE_TO_STATUS_ENQUIRY",
        FreeSwitchHangupCause.NormalUnspecified => "NORMAL_UNSPECIFIED",
        FreeSwitchHangupCause.NormalCircuitCongestion => "NORMAL_CIRCUIT_CONGESTION",
        FreeSwitchHangupCause.NetworkOutOfOrder => "NETWORK_OUT_OF_ORDER",
        FreeSwitchHangupCause.NormalTemporaryFailure => "NORMAL_TEMPORARY_FAILURE",
        FreeSwitchHangupCause.SwitchCongestion => "SWITCH_CONGESTION",
        FreeSwitchHangupCause.AccessInfoDiscarded => "ACCESS_INFO_DISCARDED",
        FreeSwitchHangupCause.RequestedChanUnavail => "REQUESTED_CHAN_UNAVAIL",
        FreeSwitchHangupCause.PreEmpted => "PRE_EMPTED",
        FreeSwitchHangupCause.FacilityNotSubscribed => "FACILITY_NOT_SUBSCRIBED",
        FreeSwitchHangupCause.OutgoingCallBarred => "OUTGOING_CALL_BARRED",
        FreeSwitchHangupCause.IncomingCallBarred => "INCOMING_CALL_BARRED",
        FreeSwitchHangupCause.BearerCapabilityNotAuth => "BEARERCAPABILITY_NOTAUTH",
        FreeSwitchHangupCause.BearerCapabilityNotAvail => "BEARERCAPABILITY_NOTAVAIL",
        FreeSwitchHangupCause.ServiceUnavailable => "SERVICE_UNAVAILABLE",
        FreeSwitchHangupCause.BearerCapabilityNotImpl => "BEARERCAPABILITY_NOTIMPL",
        FreeSwitchHangupCause.ChanNotImplemented => "CHAN_NOT_IMPLEMENTED",
        FreeSwitchHangupCause.FacilityNotImplemented => "FACILITY_NOT_IMPLEMENTED",
        FreeSwitchHangupCause.ServiceNotImplemented => "SERVICE_NOT_IMPLEMENTED",
        FreeSwitchHangupCause.InvalidCallReference => "INVALID_CALL_REFERENCE",
        FreeSwitchHangupCause.IncompatibleDestination => "INCOMPATIBLE_DESTINATION",
        FreeSwitchHangupCause.InvalidMsgUnspecified => "INVALID_MSG_UNSPECIFIED",
        FreeSwitchHangupCause.MandatoryIeMissing => "MANDATORY_IE_MISSING",
        FreeSwitchHangupCause.MessageTypeNonexist => "MESSAGE_TYPE_NONEXIST",
        FreeSwitchHangupCause.WrongMessage => "WRONG_MESSAGE",
        FreeSwitchHangupCause.IeNonexist => "IE_NONEXIST",
        FreeSwitchHangupCause.InvalidIeContents => "INVALID_IE_CONTENTS",
        FreeSwitchHangupCause.WrongCallState => "WRONG_CALL_STATE",
        FreeSwitchHangupCause.RecoveryOnTimerExpire => "RECOVERY_ON_TIMER_EXPIRE",
        FreeSwitchHangupCause.MandatoryIeLengthError => "MANDATORY_IE_LENGTH_ERROR",
        FreeSwitchHangupCause.ProtocolError => "PROTOCOL_ERROR",
        FreeSwitchHangupCause.Interworking => "INTERWORKING",
        FreeSwitchHangupCause.Success => "SUCCESS",
        FreeSwitchHangupCause.OriginatorCancel => "ORIGINATOR_CANCEL",
        FreeSwitchHangupCause.Crash => "CRASH",
        FreeSwitchHangupCause.SystemShutdown => "SYSTEM_SHUTDOWN",
        FreeSwitchHangupCause.LoseRace => "LOSE_RACE",
        FreeSwitchHangupCause.ManagerRequest => "MANAGER_REQUEST",
        FreeSwitchHangupCause.BlindTransfer => "BLIND_TRANSFER",
        FreeSwitchHangupCause.AttendedTransfer => "ATTENDED_TRANSFER",
        FreeSwitchHangupCause.AllottedTimeout => "ALLOTTED_TIMEOUT",
        FreeSwitchHangupCause.UserChallenge => "USER_CHALLENGE",
        FreeSwitchHangupCause.MediaTimeout => "MEDIA_TIMEOUT",
        FreeSwitchHangupCause.PickedOff => "PICKED_OFF",
        FreeSwitchHangupCause.UserNotRegistered => "USER_NOT_REGISTERED",
        FreeSwitchHangupCause.ProgressTimeout => "PROGRESS_TIMEOUT",
        FreeSwitchHangupCause.InvalidGateway => "INVALID_GATEWAY",
        FreeSwitchHangupCause.GatewayDown => "GATEWAY_DOWN",
        FreeSwitchHangupCause.InvalidUrl => "INVALID_URL",
        FreeSwitchHangupCause.InvalidProfile => "INVALID_PROFILE",
        FreeSwitchHangupCause.NoPickup => "NO_PICKUP",
        FreeSwitchHangupCause.SrtpReadError => "SRTP_READ_ERROR",
        FreeSwitchHangupCause.Bowout => "BOWOUT",
        FreeSwitchHangupCause.BusyEverywhere => "BUSY_EVERYWHERE",
        FreeSwitchHangupCause.Decline => "DECLINE",
        FreeSwitchHangupCause.DoesNotExistAnywhere => "DOES_NOT_EXIST_ANYWHERE",
        FreeSwitchHangupCause.NotAcceptable => "NOT_ACCEPTABLE",
        FreeSwitchHangupCause.Unwanted => "UNWANTED",
        FreeSwitchHangupCause.NoIdentity => "NO_IDENTITY",
        FreeSwitchHangupCause.BadIdentityInfo => "BAD_IDENTITY_INFO",
        FreeSwitchHangupCause.UnsupportedCertificate => "UNSUPPORTED_CERTIFICATE",
        FreeSwitchHangupCause.InvalidIdentity => "INVALID_IDENTITY",
        FreeSwitchHangupCause.StaleDate => "STALE_DATE",
        FreeSwitchHangupCause.RejectAll => "REJECT_ALL",
        _ => throw new System.ArgumentOutOfRangeException(nameof(value)),
    };
}

/// <summary>FreeSwitchHangupCause as an Ardalis.SmartEnum: one instance per code, carrying its outcome and description.</summary>
public sealed class FreeSwitchSmart : SmartEnum<FreeSwitchSmart, string>
{
    public static readonly FreeSwitchSmart None = new(nameof(None), "NONE", CallOutcome.Unknown, "(no cause / not defined)");
    public static readonly FreeSwitchSmart UnallocatedNumber = new(nameof(UnallocatedNumber), "UNALLOCATED_NUMBER", CallOutcome.InvalidNumber, "Unallocated (unassigned) number");
    public static readonly FreeSwitchSmart NoRouteTransitNet = new(nameof(NoRouteTransitNet), "NO_ROUTE_TRANSIT_NET", CallOutcome.Failed, "No route to specified transit network");
    public static readonly FreeSwitchSmart NoRouteDestination = new(nameof(NoRouteDestination), "NO_ROUTE_DESTINATION", CallOutcome.InvalidNumber, "No route to destination");
    public static readonly FreeSwitchSmart ChannelUnacceptable = new(nameof(ChannelUnacceptable), "CHANNEL_UNACCEPTABLE", CallOutcome.Failed, "Channel unacceptable");
    public static readonly FreeSwitchSmart CallAwardedDelivered = new(nameof(CallAwardedDelivered), "CALL_AWARDED_DELIVERED", CallOutcome.Unknown, "Call awarded and being delivered in an established channel");
    public static readonly FreeSwitchSmart NormalClearing = new(nameof(NormalClearing), "NORMAL_CLEARING", CallOutcome.Answered, "Normal call clearing");
    public static readonly FreeSwitchSmart UserBusy = new(nameof(UserBusy), "USER_BUSY", CallOutcome.Busy, "User busy");
    public static readonly FreeSwitchSmart NoUserResponse = new(nameof(NoUserResponse), "NO_USER_RESPONSE", CallOutcome.Unreachable, "No user responding");
    public static readonly FreeSwitchSmart NoAnswer = new(nameof(NoAnswer), "NO_ANSWER", CallOutcome.NoAnswer, "No answer from user (user alerted)");
    public static readonly FreeSwitchSmart SubscriberAbsent = new(nameof(SubscriberAbsent), "SUBSCRIBER_ABSENT", CallOutcome.Unreachable, "Subscriber absent");
    public static readonly FreeSwitchSmart CallRejected = new(nameof(CallRejected), "CALL_REJECTED", CallOutcome.Rejected, "Call rejected");
    public static readonly FreeSwitchSmart NumberChanged = new(nameof(NumberChanged), "NUMBER_CHANGED", CallOutcome.InvalidNumber, "Number changed");
    public static readonly FreeSwitchSmart RedirectionToNewDestination = new(nameof(RedirectionToNewDestination), "REDIRECTION_TO_NEW_DESTINATION", CallOutcome.Redirected, "Redirection to new destination");
    public static readonly FreeSwitchSmart ExchangeRoutingError = new(nameof(ExchangeRoutingError), "EXCHANGE_ROUTING_ERROR", CallOutcome.Failed, "Exchange routing error");
    public static readonly FreeSwitchSmart DestinationOutOfOrder = new(nameof(DestinationOutOfOrder), "DESTINATION_OUT_OF_ORDER", CallOutcome.Failed, "Destination out of order");
    public static readonly FreeSwitchSmart InvalidNumberFormat = new(nameof(InvalidNumberFormat), "INVALID_NUMBER_FORMAT", CallOutcome.InvalidNumber, "Invalid number format (address incomplete)");
    public static readonly FreeSwitchSmart FacilityRejected = new(nameof(FacilityRejected), "FACILITY_REJECTED", CallOutcome.Failed, "Facility rejected");
    public static readonly FreeSwitchSmart ResponseToStatusEnquiry = new(nameof(ResponseToStatusEnquiry), "RESPONSE_TO_STATUS_ENQUIRY", CallOutcome.Unknown, "Response to STATUS ENQUIRY");
    public static readonly FreeSwitchSmart NormalUnspecified = new(nameof(NormalUnspecified), "NORMAL_UNSPECIFIED", CallOutcome.Unknown, "Normal unspecified");
    public static readonly FreeSwitchSmart NormalCircuitCongestion = new(nameof(NormalCircuitCongestion), "NORMAL_CIRCUIT_CONGESTION", CallOutcome.Congestion, "No circuit/channel available");
    public static readonly FreeSwitchSmart NetworkOutOfOrder = new(nameof(NetworkOutOfOrder), "NETWORK_OUT_OF_ORDER", CallOutcome.Failed, "Network out of order");
    public static readonly FreeSwitchSmart NormalTemporaryFailure = new(nameof(NormalTemporaryFailure), "NORMAL_TEMPORARY_FAILURE", CallOutcome.Congestion, "Temporary failure");
    public static readonly FreeSwitchSmart SwitchCongestion = new(nameof(SwitchCongestion), "SWITCH_CONGESTION", CallOutcome.Congestion, "Switching equipment congestion");
    public static readonly FreeSwitchSmart AccessInfoDiscarded = new(nameof(AccessInfoDiscarded), "ACCESS_INFO_DISCARDED", CallOutcome.Failed, "Access information discarded");
    public static readonly FreeSwitchSmart RequestedChanUnavail = new(nameof(RequestedChanUnavail), "REQUESTED_CHAN_UNAVAIL", CallOutcome.Congestion, "Requested circuit/channel not available");
    public static readonly FreeSwitchSmart PreEmpted = new(nameof(PreEmpted), "PRE_EMPTED", CallOutcome.Congestion, "PRE_EMPTED");
    public static readonly FreeSwitchSmart FacilityNotSubscribed = new(nameof(FacilityNotSubscribed), "FACILITY_NOT_SUBSCRIBED", CallOutcome.Restricted, "Requested facility not subscribed");
    public static readonly FreeSwitchSmart OutgoingCallBarred = new(nameof(OutgoingCallBarred), "OUTGOING_CALL_BARRED", CallOutcome.Restricted, "Outgoing calls barred");
    public static readonly FreeSwitchSmart IncomingCallBarred = new(nameof(IncomingCallBarred), "INCOMING_CALL_BARRED", CallOutcome.Restricted, "Incoming calls barred");
    public static readonly FreeSwitchSmart BearerCapabilityNotAuth = new(nameof(BearerCapabilityNotAuth), "BEARERCAPABILITY_NOTAUTH", CallOutcome.Restricted, "Bearer capability not authorized");
    public static readonly FreeSwitchSmart BearerCapabilityNotAvail = new(nameof(BearerCapabilityNotAvail), "BEARERCAPABILITY_NOTAVAIL", CallOutcome.Restricted, "Bearer capability not presently available");
    public static readonly FreeSwitchSmart ServiceUnavailable = new(nameof(ServiceUnavailable), "SERVICE_UNAVAILABLE", CallOutcome.Failed, "Service or option not available, unspecified");
    public static readonly FreeSwitchSmart BearerCapabilityNotImpl = new(nameof(BearerCapabilityNotImpl), "BEARERCAPABILITY_NOTIMPL", CallOutcome.Restricted, "Bearer capability not implemented");
    public static readonly FreeSwitchSmart ChanNotImplemented = new(nameof(ChanNotImplemented), "CHAN_NOT_IMPLEMENTED", CallOutcome.Restricted, "Channel type not implemented");
    public static readonly FreeSwitchSmart FacilityNotImplemented = new(nameof(FacilityNotImplemented), "FACILITY_NOT_IMPLEMENTED", CallOutcome.Failed, "Requested facility not implemented");
    public static readonly FreeSwitchSmart ServiceNotImplemented = new(nameof(ServiceNotImplemented), "SERVICE_NOT_IMPLEMENTED", CallOutcome.Failed, "Service or option not implemented, unspecified");
    public static readonly FreeSwitchSmart InvalidCallReference = new(nameof(InvalidCallReference), "INVALID_CALL_REFERENCE", CallOutcome.Failed, "Invalid call reference value");
    public static readonly FreeSwitchSmart IncompatibleDestination = new(nameof(IncompatibleDestination), "INCOMPATIBLE_DESTINATION", CallOutcome.Restricted, "Incompatible destination");
    public static readonly FreeSwitchSmart InvalidMsgUnspecified = new(nameof(InvalidMsgUnspecified), "INVALID_MSG_UNSPECIFIED", CallOutcome.Failed, "Invalid message, unspecified");
    public static readonly FreeSwitchSmart MandatoryIeMissing = new(nameof(MandatoryIeMissing), "MANDATORY_IE_MISSING", CallOutcome.Failed, "Mandatory information element is missing");
    public static readonly FreeSwitchSmart MessageTypeNonexist = new(nameof(MessageTypeNonexist), "MESSAGE_TYPE_NONEXIST", CallOutcome.Failed, "Message type non-existent or not implemented");
    public static readonly FreeSwitchSmart WrongMessage = new(nameof(WrongMessage), "WRONG_MESSAGE", CallOutcome.Failed, "Message not compatible with call state or message type non-existent or not implemented");
    public static readonly FreeSwitchSmart IeNonexist = new(nameof(IeNonexist), "IE_NONEXIST", CallOutcome.Failed, "Information element nonexistant or not implemented");
    public static readonly FreeSwitchSmart InvalidIeContents = new(nameof(InvalidIeContents), "INVALID_IE_CONTENTS", CallOutcome.Failed, "Invalid information element contents");
    public static readonly FreeSwitchSmart WrongCallState = new(nameof(WrongCallState), "WRONG_CALL_STATE", CallOutcome.Failed, "Message not compatible with call state");
    public static readonly FreeSwitchSmart RecoveryOnTimerExpire = new(nameof(RecoveryOnTimerExpire), "RECOVERY_ON_TIMER_EXPIRE", CallOutcome.Failed, "Recovery on timer expiry");
    public static readonly FreeSwitchSmart MandatoryIeLengthError = new(nameof(MandatoryIeLengthError), "MANDATORY_IE_LENGTH_ERROR", CallOutcome.Failed, "Parameter non-existent or not implemented - passed on");
    public static readonly FreeSwitchSmart ProtocolError = new(nameof(ProtocolError), "PROTOCOL_ERROR", CallOutcome.Failed, "Protocol error, unspecified");
    public static readonly FreeSwitchSmart Interworking = new(nameof(Interworking), "INTERWORKING", CallOutcome.Failed, "Interworking, unspecified");
    public static readonly FreeSwitchSmart Success = new(nameof(Success), "SUCCESS", CallOutcome.Answered, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart OriginatorCancel = new(nameof(OriginatorCancel), "ORIGINATOR_CANCEL", CallOutcome.Canceled, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart Crash = new(nameof(Crash), "CRASH", CallOutcome.Failed, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart SystemShutdown = new(nameof(SystemShutdown), "SYSTEM_SHUTDOWN", CallOutcome.Failed, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart LoseRace = new(nameof(LoseRace), "LOSE_RACE", CallOutcome.AnsweredElsewhere, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart ManagerRequest = new(nameof(ManagerRequest), "MANAGER_REQUEST", CallOutcome.Canceled, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart BlindTransfer = new(nameof(BlindTransfer), "BLIND_TRANSFER", CallOutcome.Transferred, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart AttendedTransfer = new(nameof(AttendedTransfer), "ATTENDED_TRANSFER", CallOutcome.Transferred, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart AllottedTimeout = new(nameof(AllottedTimeout), "ALLOTTED_TIMEOUT", CallOutcome.NoAnswer, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart UserChallenge = new(nameof(UserChallenge), "USER_CHALLENGE", CallOutcome.Restricted, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart MediaTimeout = new(nameof(MediaTimeout), "MEDIA_TIMEOUT", CallOutcome.Dropped, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart PickedOff = new(nameof(PickedOff), "PICKED_OFF", CallOutcome.AnsweredElsewhere, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart UserNotRegistered = new(nameof(UserNotRegistered), "USER_NOT_REGISTERED", CallOutcome.Unreachable, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart ProgressTimeout = new(nameof(ProgressTimeout), "PROGRESS_TIMEOUT", CallOutcome.Unreachable, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart InvalidGateway = new(nameof(InvalidGateway), "INVALID_GATEWAY", CallOutcome.Failed, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart GatewayDown = new(nameof(GatewayDown), "GATEWAY_DOWN", CallOutcome.Failed, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart InvalidUrl = new(nameof(InvalidUrl), "INVALID_URL", CallOutcome.InvalidNumber, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart InvalidProfile = new(nameof(InvalidProfile), "INVALID_PROFILE", CallOutcome.Failed, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart NoPickup = new(nameof(NoPickup), "NO_PICKUP", CallOutcome.NoAnswer, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart SrtpReadError = new(nameof(SrtpReadError), "SRTP_READ_ERROR", CallOutcome.Failed, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart Bowout = new(nameof(Bowout), "BOWOUT", CallOutcome.Transferred, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart BusyEverywhere = new(nameof(BusyEverywhere), "BUSY_EVERYWHERE", CallOutcome.Busy, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart Decline = new(nameof(Decline), "DECLINE", CallOutcome.Rejected, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart DoesNotExistAnywhere = new(nameof(DoesNotExistAnywhere), "DOES_NOT_EXIST_ANYWHERE", CallOutcome.InvalidNumber, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart NotAcceptable = new(nameof(NotAcceptable), "NOT_ACCEPTABLE", CallOutcome.Restricted, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart Unwanted = new(nameof(Unwanted), "UNWANTED", CallOutcome.Rejected, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart NoIdentity = new(nameof(NoIdentity), "NO_IDENTITY", CallOutcome.Restricted, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart BadIdentityInfo = new(nameof(BadIdentityInfo), "BAD_IDENTITY_INFO", CallOutcome.Restricted, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart UnsupportedCertificate = new(nameof(UnsupportedCertificate), "UNSUPPORTED_CERTIFICATE", CallOutcome.Restricted, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart InvalidIdentity = new(nameof(InvalidIdentity), "INVALID_IDENTITY", CallOutcome.Restricted, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart StaleDate = new(nameof(StaleDate), "STALE_DATE", CallOutcome.Restricted, "(FreeSWITCH-internal)");
    public static readonly FreeSwitchSmart RejectAll = new(nameof(RejectAll), "REJECT_ALL", CallOutcome.Rejected, "(FreeSWITCH-internal)");

    private FreeSwitchSmart(string name, string value, CallOutcome outcome, string description)
        : base(name, value)
    {
        Outcome = outcome;
        Description = description;
    }

    public CallOutcome Outcome { get; }

    public string Description { get; }
}

/// <summary>The plain enum a user declares for FreeSwitchHangupCause, with the raw codes as member names, for Enum.TryParse and Enum.ToString.</summary>
[SuppressMessage("Naming", "CA1707", Justification = "The vendor's names, verbatim.")]
public enum FreeSwitchName
{
    NONE = 1,
    UNALLOCATED_NUMBER = 2,
    NO_ROUTE_TRANSIT_NET = 3,
    NO_ROUTE_DESTINATION = 4,
    CHANNEL_UNACCEPTABLE = 5,
    CALL_AWARDED_DELIVERED = 6,
    NORMAL_CLEARING = 7,
    USER_BUSY = 8,
    NO_USER_RESPONSE = 9,
    NO_ANSWER = 10,
    SUBSCRIBER_ABSENT = 11,
    CALL_REJECTED = 12,
    NUMBER_CHANGED = 13,
    REDIRECTION_TO_NEW_DESTINATION = 14,
    EXCHANGE_ROUTING_ERROR = 15,
    DESTINATION_OUT_OF_ORDER = 16,
    INVALID_NUMBER_FORMAT = 17,
    FACILITY_REJECTED = 18,
    RESPONSE_TO_STATUS_ENQUIRY = 19,
    NORMAL_UNSPECIFIED = 20,
    NORMAL_CIRCUIT_CONGESTION = 21,
    NETWORK_OUT_OF_ORDER = 22,
    NORMAL_TEMPORARY_FAILURE = 23,
    SWITCH_CONGESTION = 24,
    ACCESS_INFO_DISCARDED = 25,
    REQUESTED_CHAN_UNAVAIL = 26,
    PRE_EMPTED = 27,
    FACILITY_NOT_SUBSCRIBED = 28,
    OUTGOING_CALL_BARRED = 29,
    INCOMING_CALL_BARRED = 30,
    BEARERCAPABILITY_NOTAUTH = 31,
    BEARERCAPABILITY_NOTAVAIL = 32,
    SERVICE_UNAVAILABLE = 33,
    BEARERCAPABILITY_NOTIMPL = 34,
    CHAN_NOT_IMPLEMENTED = 35,
    FACILITY_NOT_IMPLEMENTED = 36,
    SERVICE_NOT_IMPLEMENTED = 37,
    INVALID_CALL_REFERENCE = 38,
    INCOMPATIBLE_DESTINATION = 39,
    INVALID_MSG_UNSPECIFIED = 40,
    MANDATORY_IE_MISSING = 41,
    MESSAGE_TYPE_NONEXIST = 42,
    WRONG_MESSAGE = 43,
    IE_NONEXIST = 44,
    INVALID_IE_CONTENTS = 45,
    WRONG_CALL_STATE = 46,
    RECOVERY_ON_TIMER_EXPIRE = 47,
    MANDATORY_IE_LENGTH_ERROR = 48,
    PROTOCOL_ERROR = 49,
    INTERWORKING = 50,
    SUCCESS = 51,
    ORIGINATOR_CANCEL = 52,
    CRASH = 53,
    SYSTEM_SHUTDOWN = 54,
    LOSE_RACE = 55,
    MANAGER_REQUEST = 56,
    BLIND_TRANSFER = 57,
    ATTENDED_TRANSFER = 58,
    ALLOTTED_TIMEOUT = 59,
    USER_CHALLENGE = 60,
    MEDIA_TIMEOUT = 61,
    PICKED_OFF = 62,
    USER_NOT_REGISTERED = 63,
    PROGRESS_TIMEOUT = 64,
    INVALID_GATEWAY = 65,
    GATEWAY_DOWN = 66,
    INVALID_URL = 67,
    INVALID_PROFILE = 68,
    NO_PICKUP = 69,
    SRTP_READ_ERROR = 70,
    BOWOUT = 71,
    BUSY_EVERYWHERE = 72,
    DECLINE = 73,
    DOES_NOT_EXIST_ANYWHERE = 74,
    NOT_ACCEPTABLE = 75,
    UNWANTED = 76,
    NO_IDENTITY = 77,
    BAD_IDENTITY_INFO = 78,
    UNSUPPORTED_CERTIFICATE = 79,
    INVALID_IDENTITY = 80,
    STALE_DATE = 81,
    REJECT_ALL = 82,
}
