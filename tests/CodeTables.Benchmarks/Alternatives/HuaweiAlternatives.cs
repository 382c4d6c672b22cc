// Alternatives to the generated code, for the benchmarks: what a user writes instead of a code table.
// Typed out once from tables/huawei-cec-release-cause.csv (with a scratch script, in the shape people write by hand); not generated at build time.
// Member order, codes, outcomes and descriptions are the table's, so every alternative answers exactly what the
// generated code answers.
#nullable enable
#pragma warning disable CS1591
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using CodeTables.Benchmarks.Tables;

namespace CodeTables.Benchmarks.Alternatives;

/// <summary>The switch statements a user writes by hand for HuaweiCecReleaseCause.</summary>
public static class HuaweiHandWritten
{
    public static bool TryFromCode(int code, out HuaweiCecReleaseCause value)
    {
        switch (code)
        {
            case 80:
                value = HuaweiCecReleaseCause.QueueCancelKeyPressed;
                return true;
            case 256:
                value = HuaweiCecReleaseCause.IvrNormalRelease;
                return true;
            case 263:
                value = HuaweiCecReleaseCause.IvrConnectionFailure;
                return true;
            case 338:
                value = HuaweiCecReleaseCause.IvrFlowError;
                return true;
            case 339:
                value = HuaweiCecReleaseCause.IvrControlBlocksExhausted;
                return true;
            case 340:
                value = HuaweiCecReleaseCause.IvrMrfScriptTypeIncorrect;
                return true;
            case 342:
                value = HuaweiCecReleaseCause.IvrConferenceNameIncorrect;
                return true;
            case 346:
                value = HuaweiCecReleaseCause.IvrCalledPartyAnswerTimeout;
                return true;
            case 350:
                value = HuaweiCecReleaseCause.IvrBusinessModuleTimeout;
                return true;
            case 354:
                value = HuaweiCecReleaseCause.IvrCtiHandshakeTimeout;
                return true;
            case 356:
                value = HuaweiCecReleaseCause.IvrOutgoingCallTimeout;
                return true;
            case 357:
                value = HuaweiCecReleaseCause.IvrConnectPartiesFailed;
                return true;
            case 359:
                value = HuaweiCecReleaseCause.IvrMaxConversationDuration;
                return true;
            case 360:
                value = HuaweiCecReleaseCause.IvrOtherError;
                return true;
            case 501:
                value = HuaweiCecReleaseCause.DefaultRelease;
                return true;
            case 502:
                value = HuaweiCecReleaseCause.AcdRingOrAnswerTimeout;
                return true;
            case 503:
                value = HuaweiCecReleaseCause.AcdHandshakeTimeout;
                return true;
            case 505:
                value = HuaweiCecReleaseCause.SuspensionResumeTimeout;
                return true;
            case 506:
                value = HuaweiCecReleaseCause.AgentSuspensionRoutingTimeout;
                return true;
            case 507:
                value = HuaweiCecReleaseCause.DeviceSuspensionRoutingTimeout;
                return true;
            case 508:
                value = HuaweiCecReleaseCause.DoForwardTimeout;
                return true;
            case 509:
                value = HuaweiCecReleaseCause.ForwardCommitTimeout;
                return true;
            case 510:
                value = HuaweiCecReleaseCause.SetupAckTimeout;
                return true;
            case 511:
                value = HuaweiCecReleaseCause.OccupyAckTimeout;
                return true;
            case 512:
                value = HuaweiCecReleaseCause.SkillQueueFull512;
                return true;
            case 513:
                value = HuaweiCecReleaseCause.SkillQueueFull513;
                return true;
            case 514:
                value = HuaweiCecReleaseCause.AutoFlowResponseTimeout;
                return true;
            case 515:
                value = HuaweiCecReleaseCause.TransferDestinationTimeout;
                return true;
            case 516:
                value = HuaweiCecReleaseCause.CcsRoutingTimeout;
                return true;
            case 517:
                value = HuaweiCecReleaseCause.DestinationRingOrResponseTimeout;
                return true;
            case 518:
                value = HuaweiCecReleaseCause.ClientDisconnect;
                return true;
            case 519:
                value = HuaweiCecReleaseCause.DoForwardAddressIncorrect519;
                return true;
            case 520:
                value = HuaweiCecReleaseCause.DoForwardAddressIncorrect520;
                return true;
            case 521:
                value = HuaweiCecReleaseCause.AgentRedirection;
                return true;
            case 522:
                value = HuaweiCecReleaseCause.FlowRedirection;
                return true;
            case 523:
                value = HuaweiCecReleaseCause.DeviceOccupationFailure;
                return true;
            case 525:
                value = HuaweiCecReleaseCause.RoutingDestinationIncorrect;
                return true;
            case 526:
                value = HuaweiCecReleaseCause.CcsRoutingFailure526;
                return true;
            case 528:
                value = HuaweiCecReleaseCause.PreviewCallFailure;
                return true;
            case 529:
                value = HuaweiCecReleaseCause.SuspensionReturnToIvrFailed;
                return true;
            case 530:
                value = HuaweiCecReleaseCause.IvrCallCombination;
                return true;
            case 531:
                value = HuaweiCecReleaseCause.AcdNormalDisconnect;
                return true;
            case 533:
                value = HuaweiCecReleaseCause.FlowReleasedBeforeRinging;
                return true;
            case 534:
                value = HuaweiCecReleaseCause.CtiServerDisconnected;
                return true;
            case 535:
                value = HuaweiCecReleaseCause.CcsRoutingFailure535;
                return true;
            case 536:
                value = HuaweiCecReleaseCause.CustomerCanceledQueuing;
                return true;
            case 537:
                value = HuaweiCecReleaseCause.CalledPartyBusy;
                return true;
            case 538:
                value = HuaweiCecReleaseCause.CalledNumberNotExist;
                return true;
            case 539:
                value = HuaweiCecReleaseCause.CcsSwitchover;
                return true;
            case 540:
                value = HuaweiCecReleaseCause.ReleasedAfterVoicePlaying;
                return true;
            case 541:
                value = HuaweiCecReleaseCause.ResumeAckError;
                return true;
            case 542:
                value = HuaweiCecReleaseCause.HungReleaseAckError;
                return true;
            case 543:
                value = HuaweiCecReleaseCause.ResumeAckTimeout;
                return true;
            case 544:
                value = HuaweiCecReleaseCause.HungReleaseAckTimeout;
                return true;
            case 547:
                value = HuaweiCecReleaseCause.VirtualDeviceMismatch;
                return true;
            case 548:
                value = HuaweiCecReleaseCause.CalledMobilePoweredOff;
                return true;
            case 549:
                value = HuaweiCecReleaseCause.CalledOutOfServiceArea;
                return true;
            case 550:
                value = HuaweiCecReleaseCause.NetworkCallSuspensionError;
                return true;
            case 551:
                value = HuaweiCecReleaseCause.AcdOtherReason;
                return true;
            case 552:
                value = HuaweiCecReleaseCause.PeerCallCenterAbnormal;
                return true;
            case 553:
                value = HuaweiCecReleaseCause.PeerCallCenterTimeout;
                return true;
            case 561:
                value = HuaweiCecReleaseCause.QueueOverflow;
                return true;
            case 562:
                value = HuaweiCecReleaseCause.NoAgentOnDuty;
                return true;
            case 564:
                value = HuaweiCecReleaseCause.ConcurrentCallLimit;
                return true;
            case 565:
                value = HuaweiCecReleaseCause.AutomaticCallLimit;
                return true;
            case 566:
                value = HuaweiCecReleaseCause.FlowConcurrentCallLimit;
                return true;
            case 567:
                value = HuaweiCecReleaseCause.CalledNumberNotFound;
                return true;
            case 568:
                value = HuaweiCecReleaseCause.CustomerLevelIncorrect;
                return true;
            case 601:
                value = HuaweiCecReleaseCause.CallerHungUpBeforeAnswer;
                return true;
            case 602:
                value = HuaweiCecReleaseCause.AcdNoResource;
                return true;
            case 603:
                value = HuaweiCecReleaseCause.CalledPartyNoAnswer;
                return true;
            case 604:
                value = HuaweiCecReleaseCause.CalledPartyRejected;
                return true;
            case 605:
                value = HuaweiCecReleaseCause.LineBusy;
                return true;
            case 606:
                value = HuaweiCecReleaseCause.AcdCallTimeout;
                return true;
            case 607:
                value = HuaweiCecReleaseCause.MailboxFullOrSuspended;
                return true;
            case 608:
                value = HuaweiCecReleaseCause.EmailCreationFailed;
                return true;
            case 609:
                value = HuaweiCecReleaseCause.ChannelReset;
                return true;
            case 610:
                value = HuaweiCecReleaseCause.UapResourceError;
                return true;
            case 611:
                value = HuaweiCecReleaseCause.CpConferenceFault;
                return true;
            case 612:
                value = HuaweiCecReleaseCause.IntessControlBlockFault;
                return true;
            case 613:
                value = HuaweiCecReleaseCause.AcdDisconnect613;
                return true;
            case 614:
                value = HuaweiCecReleaseCause.AcdDisconnect614;
                return true;
            case 615:
                value = HuaweiCecReleaseCause.AcdDisconnect615;
                return true;
            case 616:
                value = HuaweiCecReleaseCause.AcdDisconnect616;
                return true;
            case 617:
                value = HuaweiCecReleaseCause.AcdDisconnect617;
                return true;
            case 618:
                value = HuaweiCecReleaseCause.AcdDisconnect618;
                return true;
            case 619:
                value = HuaweiCecReleaseCause.AcdDisconnect619;
                return true;
            case 714:
                value = HuaweiCecReleaseCause.IvrRoutingResourceUnavailable;
                return true;
            case 732:
                value = HuaweiCecReleaseCause.ConferenceParticipantReleased;
                return true;
            case 852:
                value = HuaweiCecReleaseCause.ClientRejected;
                return true;
            case 853:
                value = HuaweiCecReleaseCause.AgentNoAnswer;
                return true;
            case 1057:
                value = HuaweiCecReleaseCause.MessageCallRoutingFailed;
                return true;
            case 1058:
                value = HuaweiCecReleaseCause.MessageCallRoutingTimeout;
                return true;
            case 1059:
                value = HuaweiCecReleaseCause.MessageCallQueuingTimeout;
                return true;
            case 1060:
                value = HuaweiCecReleaseCause.MessageCallAgentAnswerTimeout;
                return true;
            case 1061:
                value = HuaweiCecReleaseCause.MessageCallReleaseTimeout;
                return true;
            case 1062:
                value = HuaweiCecReleaseCause.MessageCallInternalTimeout;
                return true;
            case 1063:
                value = HuaweiCecReleaseCause.MessageCallHandshakeTimeout;
                return true;
            case 1064:
                value = HuaweiCecReleaseCause.ConferenceCreateFailed;
                return true;
            case 1065:
                value = HuaweiCecReleaseCause.ConferenceCreateTimeout;
                return true;
            case 1066:
                value = HuaweiCecReleaseCause.ConferenceJoinFailed;
                return true;
            case 1067:
                value = HuaweiCecReleaseCause.EnterpriseIdQueryTimeout;
                return true;
            case 1068:
                value = HuaweiCecReleaseCause.EnterpriseIdQueryFailed;
                return true;
            case 1069:
                value = HuaweiCecReleaseCause.EnterpriseIdEmpty;
                return true;
            case 1070:
                value = HuaweiCecReleaseCause.ConferenceInfoQueryTimeout;
                return true;
            case 1071:
                value = HuaweiCecReleaseCause.ConferenceInfoQueryFailed;
                return true;
            case 1072:
                value = HuaweiCecReleaseCause.ConferenceDataTimeout;
                return true;
            case 1073:
                value = HuaweiCecReleaseCause.ConferenceDataFailed;
                return true;
            case 1074:
                value = HuaweiCecReleaseCause.ConferenceDetectionTimeout;
                return true;
            case 1075:
                value = HuaweiCecReleaseCause.ConferenceParticipantsTooFew;
                return true;
            case 1076:
                value = HuaweiCecReleaseCause.ConferenceReleaseTimeout;
                return true;
            case 1077:
                value = HuaweiCecReleaseCause.MaxCallDuration;
                return true;
            default:
                value = default;
                return false;
        }
    }

    public static CallOutcome Classify(int code) => code switch
    {
        80 => CallOutcome.Canceled,
        256 => CallOutcome.Answered,
        263 => CallOutcome.Failed,
        338 => CallOutcome.Failed,
        339 => CallOutcome.Congestion,
        340 => CallOutcome.Failed,
        342 => CallOutcome.Failed,
        346 => CallOutcome.NoAnswer,
        350 => CallOutcome.Failed,
        354 => CallOutcome.Failed,
        356 => CallOutcome.NoAnswer,
        357 => CallOutcome.Dropped,
        359 => CallOutcome.Answered,
        360 => CallOutcome.Failed,
        501 => CallOutcome.Unknown,
        502 => CallOutcome.NoAnswer,
        503 => CallOutcome.Dropped,
        505 => CallOutcome.Dropped,
        506 => CallOutcome.Dropped,
        507 => CallOutcome.Dropped,
        508 => CallOutcome.Dropped,
        509 => CallOutcome.Dropped,
        510 => CallOutcome.Failed,
        511 => CallOutcome.Failed,
        512 => CallOutcome.Congestion,
        513 => CallOutcome.Congestion,
        514 => CallOutcome.Dropped,
        515 => CallOutcome.Dropped,
        516 => CallOutcome.Failed,
        517 => CallOutcome.NoAnswer,
        518 => CallOutcome.Unknown,
        519 => CallOutcome.Dropped,
        520 => CallOutcome.Dropped,
        521 => CallOutcome.Transferred,
        522 => CallOutcome.Transferred,
        523 => CallOutcome.Failed,
        525 => CallOutcome.Failed,
        526 => CallOutcome.Failed,
        528 => CallOutcome.Failed,
        529 => CallOutcome.Dropped,
        530 => CallOutcome.Transferred,
        531 => CallOutcome.Answered,
        533 => CallOutcome.Canceled,
        534 => CallOutcome.Failed,
        535 => CallOutcome.Failed,
        536 => CallOutcome.Canceled,
        537 => CallOutcome.Busy,
        538 => CallOutcome.InvalidNumber,
        539 => CallOutcome.Failed,
        540 => CallOutcome.Answered,
        541 => CallOutcome.Dropped,
        542 => CallOutcome.Dropped,
        543 => CallOutcome.Dropped,
        544 => CallOutcome.Dropped,
        547 => CallOutcome.Dropped,
        548 => CallOutcome.Unreachable,
        549 => CallOutcome.Unreachable,
        550 => CallOutcome.Dropped,
        551 => CallOutcome.Unknown,
        552 => CallOutcome.Failed,
        553 => CallOutcome.Failed,
        561 => CallOutcome.Congestion,
        562 => CallOutcome.Unreachable,
        564 => CallOutcome.Congestion,
        565 => CallOutcome.Congestion,
        566 => CallOutcome.Congestion,
        567 => CallOutcome.InvalidNumber,
        568 => CallOutcome.Failed,
        601 => CallOutcome.Canceled,
        602 => CallOutcome.Congestion,
        603 => CallOutcome.NoAnswer,
        604 => CallOutcome.Rejected,
        605 => CallOutcome.Busy,
        606 => CallOutcome.Failed,
        607 => CallOutcome.Failed,
        608 => CallOutcome.Failed,
        609 => CallOutcome.Failed,
        610 => CallOutcome.Failed,
        611 => CallOutcome.Failed,
        612 => CallOutcome.Failed,
        613 => CallOutcome.Unknown,
        614 => CallOutcome.Unknown,
        615 => CallOutcome.Unknown,
        616 => CallOutcome.Unknown,
        617 => CallOutcome.Unknown,
        618 => CallOutcome.Unknown,
        619 => CallOutcome.Unknown,
        714 => CallOutcome.Congestion,
        732 => CallOutcome.Answered,
        852 => CallOutcome.Rejected,
        853 => CallOutcome.NoAnswer,
        1057 => CallOutcome.Failed,
        1058 => CallOutcome.Failed,
        1059 => CallOutcome.Failed,
        1060 => CallOutcome.NoAnswer,
        1061 => CallOutcome.Failed,
        1062 => CallOutcome.Failed,
        1063 => CallOutcome.Failed,
        1064 => CallOutcome.Failed,
        1065 => CallOutcome.Failed,
        1066 => CallOutcome.Failed,
        1067 => CallOutcome.Failed,
        1068 => CallOutcome.Failed,
        1069 => CallOutcome.Failed,
        1070 => CallOutcome.Failed,
        1071 => CallOutcome.Failed,
        1072 => CallOutcome.Failed,
        1073 => CallOutcome.Failed,
        1074 => CallOutcome.Failed,
        1075 => CallOutcome.Failed,
        1076 => CallOutcome.Failed,
        1077 => CallOutcome.Answered,
        _ => CallOutcome.Unknown,
    };

    public static string ToStringFast(HuaweiCecReleaseCause value) => value switch
    {
        HuaweiCecReleaseCause.QueueCancelKeyPressed => nameof(HuaweiCecReleaseCause.QueueCancelKeyPressed),
        HuaweiCecReleaseCause.IvrNormalRelease => nameof(HuaweiCecReleaseCause.IvrNormalRelease),
        HuaweiCecReleaseCause.IvrConnectionFailure => nameof(HuaweiCecReleaseCause.IvrConnectionFailure),
        HuaweiCecReleaseCause.IvrFlowError => nameof(HuaweiCecReleaseCause.IvrFlowError),
        HuaweiCecReleaseCause.IvrControlBlocksExhausted => nameof(HuaweiCecReleaseCause.IvrControlBlocksExhausted),
        HuaweiCecReleaseCause.IvrMrfScriptTypeIncorrect => nameof(HuaweiCecReleaseCause.IvrMrfScriptTypeIncorrect),
        HuaweiCecReleaseCause.IvrConferenceNameIncorrect => nameof(HuaweiCecReleaseCause.IvrConferenceNameIncorrect),
        HuaweiCecReleaseCause.IvrCalledPartyAnswerTimeout => nameof(HuaweiCecReleaseCause.IvrCalledPartyAnswerTimeout),
        HuaweiCecReleaseCause.IvrBusinessModuleTimeout => nameof(HuaweiCecReleaseCause.IvrBusinessModuleTimeout),
        HuaweiCecReleaseCause.IvrCtiHandshakeTimeout => nameof(HuaweiCecReleaseCause.IvrCtiHandshakeTimeout),
        HuaweiCecReleaseCause.IvrOutgoingCallTimeout => nameof(HuaweiCecReleaseCause.IvrOutgoingCallTimeout),
        HuaweiCecReleaseCause.IvrConnectPartiesFailed => nameof(HuaweiCecReleaseCause.IvrConnectPartiesFailed),
        HuaweiCecReleaseCause.IvrMaxConversationDuration => nameof(HuaweiCecReleaseCause.IvrMaxConversationDuration),
        HuaweiCecReleaseCause.IvrOtherError => nameof(HuaweiCecReleaseCause.IvrOtherError),
        HuaweiCecReleaseCause.DefaultRelease => nameof(HuaweiCecReleaseCause.DefaultRelease),
        HuaweiCecReleaseCause.AcdRingOrAnswerTimeout => nameof(HuaweiCecReleaseCause.AcdRingOrAnswerTimeout),
        HuaweiCecReleaseCause.AcdHandshakeTimeout => nameof(HuaweiCecReleaseCause.AcdHandshakeTimeout),
        HuaweiCecReleaseCause.SuspensionResumeTimeout => nameof(HuaweiCecReleaseCause.SuspensionResumeTimeout),
        HuaweiCecReleaseCause.AgentSuspensionRoutingTimeout => nameof(HuaweiCecReleaseCause.AgentSuspensionRoutingTimeout),
        HuaweiCecReleaseCause.DeviceSuspensionRoutingTimeout => nameof(HuaweiCecReleaseCause.DeviceSuspensionRoutingTimeout),
        HuaweiCecReleaseCause.DoForwardTimeout => nameof(HuaweiCecReleaseCause.DoForwardTimeout),
        HuaweiCecReleaseCause.ForwardCommitTimeout => nameof(HuaweiCecReleaseCause.ForwardCommitTimeout),
        HuaweiCecReleaseCause.SetupAckTimeout => nameof(HuaweiCecReleaseCause.SetupAckTimeout),
        HuaweiCecReleaseCause.OccupyAckTimeout => nameof(HuaweiCecReleaseCause.OccupyAckTimeout),
        HuaweiCecReleaseCause.SkillQueueFull512 => nameof(HuaweiCecReleaseCause.SkillQueueFull512),
        HuaweiCecReleaseCause.SkillQueueFull513 => nameof(HuaweiCecReleaseCause.SkillQueueFull513),
        HuaweiCecReleaseCause.AutoFlowResponseTimeout => nameof(HuaweiCecReleaseCause.AutoFlowResponseTimeout),
        HuaweiCecReleaseCause.TransferDestinationTimeout => nameof(HuaweiCecReleaseCause.TransferDestinationTimeout),
        HuaweiCecReleaseCause.CcsRoutingTimeout => nameof(HuaweiCecReleaseCause.CcsRoutingTimeout),
        HuaweiCecReleaseCause.DestinationRingOrResponseTimeout => nameof(HuaweiCecReleaseCause.DestinationRingOrResponseTimeout),
        HuaweiCecReleaseCause.ClientDisconnect => nameof(HuaweiCecReleaseCause.ClientDisconnect),
        HuaweiCecReleaseCause.DoForwardAddressIncorrect519 => nameof(HuaweiCecReleaseCause.DoForwardAddressIncorrect519),
        HuaweiCecReleaseCause.DoForwardAddressIncorrect520 => nameof(HuaweiCecReleaseCause.DoForwardAddressIncorrect520),
        HuaweiCecReleaseCause.AgentRedirection => nameof(HuaweiCecReleaseCause.AgentRedirection),
        HuaweiCecReleaseCause.FlowRedirection => nameof(HuaweiCecReleaseCause.FlowRedirection),
        HuaweiCecReleaseCause.DeviceOccupationFailure => nameof(HuaweiCecReleaseCause.DeviceOccupationFailure),
        HuaweiCecReleaseCause.RoutingDestinationIncorrect => nameof(HuaweiCecReleaseCause.RoutingDestinationIncorrect),
        HuaweiCecReleaseCause.CcsRoutingFailure526 => nameof(HuaweiCecReleaseCause.CcsRoutingFailure526),
        HuaweiCecReleaseCause.PreviewCallFailure => nameof(HuaweiCecReleaseCause.PreviewCallFailure),
        HuaweiCecReleaseCause.SuspensionReturnToIvrFailed => nameof(HuaweiCecReleaseCause.SuspensionReturnToIvrFailed),
        HuaweiCecReleaseCause.IvrCallCombination => nameof(HuaweiCecReleaseCause.IvrCallCombination),
        HuaweiCecReleaseCause.AcdNormalDisconnect => nameof(HuaweiCecReleaseCause.AcdNormalDisconnect),
        HuaweiCecReleaseCause.FlowReleasedBeforeRinging => nameof(HuaweiCecReleaseCause.FlowReleasedBeforeRinging),
        HuaweiCecReleaseCause.CtiServerDisconnected => nameof(HuaweiCecReleaseCause.CtiServerDisconnected),
        HuaweiCecReleaseCause.CcsRoutingFailure535 => nameof(HuaweiCecReleaseCause.CcsRoutingFailure535),
        HuaweiCecReleaseCause.CustomerCanceledQueuing => nameof(HuaweiCecReleaseCause.CustomerCanceledQueuing),
        HuaweiCecReleaseCause.CalledPartyBusy => nameof(HuaweiCecReleaseCause.CalledPartyBusy),
        HuaweiCecReleaseCause.CalledNumberNotExist => nameof(HuaweiCecReleaseCause.CalledNumberNotExist),
        HuaweiCecReleaseCause.CcsSwitchover => nameof(HuaweiCecReleaseCause.CcsSwitchover),
        HuaweiCecReleaseCause.ReleasedAfterVoicePlaying => nameof(HuaweiCecReleaseCause.ReleasedAfterVoicePlaying),
        HuaweiCecReleaseCause.ResumeAckError => nameof(HuaweiCecReleaseCause.ResumeAckError),
        HuaweiCecReleaseCause.HungReleaseAckError => nameof(HuaweiCecReleaseCause.HungReleaseAckError),
        HuaweiCecReleaseCause.ResumeAckTimeout => nameof(HuaweiCecReleaseCause.ResumeAckTimeout),
        HuaweiCecReleaseCause.HungReleaseAckTimeout => nameof(HuaweiCecReleaseCause.HungReleaseAckTimeout),
        HuaweiCecReleaseCause.VirtualDeviceMismatch => nameof(HuaweiCecReleaseCause.VirtualDeviceMismatch),
        HuaweiCecReleaseCause.CalledMobilePoweredOff => nameof(HuaweiCecReleaseCause.CalledMobilePoweredOff),
        HuaweiCecReleaseCause.CalledOutOfServiceArea => nameof(HuaweiCecReleaseCause.CalledOutOfServiceArea),
        HuaweiCecReleaseCause.NetworkCallSuspensionError => nameof(HuaweiCecReleaseCause.NetworkCallSuspensionError),
        HuaweiCecReleaseCause.AcdOtherReason => nameof(HuaweiCecReleaseCause.AcdOtherReason),
        HuaweiCecReleaseCause.PeerCallCenterAbnormal => nameof(HuaweiCecReleaseCause.PeerCallCenterAbnormal),
        HuaweiCecReleaseCause.PeerCallCenterTimeout => nameof(HuaweiCecReleaseCause.PeerCallCenterTimeout),
        HuaweiCecReleaseCause.QueueOverflow => nameof(HuaweiCecReleaseCause.QueueOverflow),
        HuaweiCecReleaseCause.NoAgentOnDuty => nameof(HuaweiCecReleaseCause.NoAgentOnDuty),
        HuaweiCecReleaseCause.ConcurrentCallLimit => nameof(HuaweiCecReleaseCause.ConcurrentCallLimit),
        HuaweiCecReleaseCause.AutomaticCallLimit => nameof(HuaweiCecReleaseCause.AutomaticCallLimit),
        HuaweiCecReleaseCause.FlowConcurrentCallLimit => nameof(HuaweiCecReleaseCause.FlowConcurrentCallLimit),
        HuaweiCecReleaseCause.CalledNumberNotFound => nameof(HuaweiCecReleaseCause.CalledNumberNotFound),
        HuaweiCecReleaseCause.CustomerLevelIncorrect => nameof(HuaweiCecReleaseCause.CustomerLevelIncorrect),
        HuaweiCecReleaseCause.CallerHungUpBeforeAnswer => nameof(HuaweiCecReleaseCause.CallerHungUpBeforeAnswer),
        HuaweiCecReleaseCause.AcdNoResource => nameof(HuaweiCecReleaseCause.AcdNoResource),
        HuaweiCecReleaseCause.CalledPartyNoAnswer => nameof(HuaweiCecReleaseCause.CalledPartyNoAnswer),
        HuaweiCecReleaseCause.CalledPartyRejected => nameof(HuaweiCecReleaseCause.CalledPartyRejected),
        HuaweiCecReleaseCause.LineBusy => nameof(HuaweiCecReleaseCause.LineBusy),
        HuaweiCecReleaseCause.AcdCallTimeout => nameof(HuaweiCecReleaseCause.AcdCallTimeout),
        HuaweiCecReleaseCause.MailboxFullOrSuspended => nameof(HuaweiCecReleaseCause.MailboxFullOrSuspended),
        HuaweiCecReleaseCause.EmailCreationFailed => nameof(HuaweiCecReleaseCause.EmailCreationFailed),
        HuaweiCecReleaseCause.ChannelReset => nameof(HuaweiCecReleaseCause.ChannelReset),
        HuaweiCecReleaseCause.UapResourceError => nameof(HuaweiCecReleaseCause.UapResourceError),
        HuaweiCecReleaseCause.CpConferenceFault => nameof(HuaweiCecReleaseCause.CpConferenceFault),
        HuaweiCecReleaseCause.IntessControlBlockFault => nameof(HuaweiCecReleaseCause.IntessControlBlockFault),
        HuaweiCecReleaseCause.AcdDisconnect613 => nameof(HuaweiCecReleaseCause.AcdDisconnect613),
        HuaweiCecReleaseCause.AcdDisconnect614 => nameof(HuaweiCecReleaseCause.AcdDisconnect614),
        HuaweiCecReleaseCause.AcdDisconnect615 => nameof(HuaweiCecReleaseCause.AcdDisconnect615),
        HuaweiCecReleaseCause.AcdDisconnect616 => nameof(HuaweiCecReleaseCause.AcdDisconnect616),
        HuaweiCecReleaseCause.AcdDisconnect617 => nameof(HuaweiCecReleaseCause.AcdDisconnect617),
        HuaweiCecReleaseCause.AcdDisconnect618 => nameof(HuaweiCecReleaseCause.AcdDisconnect618),
        HuaweiCecReleaseCause.AcdDisconnect619 => nameof(HuaweiCecReleaseCause.AcdDisconnect619),
        HuaweiCecReleaseCause.IvrRoutingResourceUnavailable => nameof(HuaweiCecReleaseCause.IvrRoutingResourceUnavailable),
        HuaweiCecReleaseCause.ConferenceParticipantReleased => nameof(HuaweiCecReleaseCause.ConferenceParticipantReleased),
        HuaweiCecReleaseCause.ClientRejected => nameof(HuaweiCecReleaseCause.ClientRejected),
        HuaweiCecReleaseCause.AgentNoAnswer => nameof(HuaweiCecReleaseCause.AgentNoAnswer),
        HuaweiCecReleaseCause.MessageCallRoutingFailed => nameof(HuaweiCecReleaseCause.MessageCallRoutingFailed),
        HuaweiCecReleaseCause.MessageCallRoutingTimeout => nameof(HuaweiCecReleaseCause.MessageCallRoutingTimeout),
        HuaweiCecReleaseCause.MessageCallQueuingTimeout => nameof(HuaweiCecReleaseCause.MessageCallQueuingTimeout),
        HuaweiCecReleaseCause.MessageCallAgentAnswerTimeout => nameof(HuaweiCecReleaseCause.MessageCallAgentAnswerTimeout),
        HuaweiCecReleaseCause.MessageCallReleaseTimeout => nameof(HuaweiCecReleaseCause.MessageCallReleaseTimeout),
        HuaweiCecReleaseCause.MessageCallInternalTimeout => nameof(HuaweiCecReleaseCause.MessageCallInternalTimeout),
        HuaweiCecReleaseCause.MessageCallHandshakeTimeout => nameof(HuaweiCecReleaseCause.MessageCallHandshakeTimeout),
        HuaweiCecReleaseCause.ConferenceCreateFailed => nameof(HuaweiCecReleaseCause.ConferenceCreateFailed),
        HuaweiCecReleaseCause.ConferenceCreateTimeout => nameof(HuaweiCecReleaseCause.ConferenceCreateTimeout),
        HuaweiCecReleaseCause.ConferenceJoinFailed => nameof(HuaweiCecReleaseCause.ConferenceJoinFailed),
        HuaweiCecReleaseCause.EnterpriseIdQueryTimeout => nameof(HuaweiCecReleaseCause.EnterpriseIdQueryTimeout),
        HuaweiCecReleaseCause.EnterpriseIdQueryFailed => nameof(HuaweiCecReleaseCause.EnterpriseIdQueryFailed),
        HuaweiCecReleaseCause.EnterpriseIdEmpty => nameof(HuaweiCecReleaseCause.EnterpriseIdEmpty),
        HuaweiCecReleaseCause.ConferenceInfoQueryTimeout => nameof(HuaweiCecReleaseCause.ConferenceInfoQueryTimeout),
        HuaweiCecReleaseCause.ConferenceInfoQueryFailed => nameof(HuaweiCecReleaseCause.ConferenceInfoQueryFailed),
        HuaweiCecReleaseCause.ConferenceDataTimeout => nameof(HuaweiCecReleaseCause.ConferenceDataTimeout),
        HuaweiCecReleaseCause.ConferenceDataFailed => nameof(HuaweiCecReleaseCause.ConferenceDataFailed),
        HuaweiCecReleaseCause.ConferenceDetectionTimeout => nameof(HuaweiCecReleaseCause.ConferenceDetectionTimeout),
        HuaweiCecReleaseCause.ConferenceParticipantsTooFew => nameof(HuaweiCecReleaseCause.ConferenceParticipantsTooFew),
        HuaweiCecReleaseCause.ConferenceReleaseTimeout => nameof(HuaweiCecReleaseCause.ConferenceReleaseTimeout),
        HuaweiCecReleaseCause.MaxCallDuration => nameof(HuaweiCecReleaseCause.MaxCallDuration),
        _ => value.ToString(),
    };

    public static string GetDescription(HuaweiCecReleaseCause value) => value switch
    {
        HuaweiCecReleaseCause.QueueCancelKeyPressed => "When a call is queuing in a skill queue, the call is transferred to the IVR flow for voice playback and digit collection. If a customer presses the cancel key, the flow uses this error code to request canceling the call queuing.",
        HuaweiCecReleaseCause.IvrNormalRelease => "CCIVR/IVR normal call release.",
        HuaweiCecReleaseCause.IvrConnectionFailure => "The CCIVR/IVR disconnects a call because of connection failure.",
        HuaweiCecReleaseCause.IvrFlowError => "The CCIVR/IVR disconnects a call because no flow can be found or an error occurs when parsing flows.",
        HuaweiCecReleaseCause.IvrControlBlocksExhausted => "The CCIVR/IVR disconnects a call because there is no sufficient control blocks.",
        HuaweiCecReleaseCause.IvrMrfScriptTypeIncorrect => "The CCIVR/IVR disconnects a call because the MRF script type is incorrect.",
        HuaweiCecReleaseCause.IvrConferenceNameIncorrect => "The CCIVR/IVR disconnects a call because the conference name is incorrect (possibly too long).",
        HuaweiCecReleaseCause.IvrCalledPartyAnswerTimeout => "The CCIVR/IVR disconnects a call because waiting for the called party to pick up the phone times out after the CTIServer returns a call to the called party.",
        HuaweiCecReleaseCause.IvrBusinessModuleTimeout => "The CCIVR/IVR disconnects a call because waiting for the business module to pick up the phone times out.",
        HuaweiCecReleaseCause.IvrCtiHandshakeTimeout => "The CCIVR/IVR disconnects a call because the handshake with the CTIServer times out.",
        HuaweiCecReleaseCause.IvrOutgoingCallTimeout => "The CCIVR/IVR disconnects a call because the CCIVR outgoing call times out.",
        HuaweiCecReleaseCause.IvrConnectPartiesFailed => "The CCIVR/IVR disconnects a call because the IVR fails to connect the calling party and called party.",
        HuaweiCecReleaseCause.IvrMaxConversationDuration => "The CCIVR/IVR disconnects a call because the maximum conversation duration is exceeded.",
        HuaweiCecReleaseCause.IvrOtherError => "The CCIVR/IVR disconnects a call because of other errors. For details, see the logs.",
        HuaweiCecReleaseCause.DefaultRelease => "Default call release cause. The cause could be any of the following: 1. The routing result from the CCS is not received after a call accesses the platform. As a result, the call is disconnected. 2. After a call accesses the IVR, a flow disconnects the call.",
        HuaweiCecReleaseCause.AcdRingOrAnswerTimeout => "The platform disconnects an outgoing call because waiting for the ringing of the ACD times out or waiting for call answer times out.",
        HuaweiCecReleaseCause.AcdHandshakeTimeout => "The platform disconnects a call because the handshake between the platform control block and ACD times out after the call is established between the ACD and the platform.",
        HuaweiCecReleaseCause.SuspensionResumeTimeout => "The cause could be any of the following: 1. When a call is transferred back to the agent console after the agent console transfers the call to the IVR in suspension transfer mode, the agent console times out in responding to the suspension resuming message. As a result, the platform disconnects the call. 2. When a call is transferred back to the IVR after the IVR transfers the call to the agent console in suspension transfer mode, the IVR times out in responding to the suspension resuming message. As a result, the platform disconnects the call.",
        HuaweiCecReleaseCause.AgentSuspensionRoutingTimeout => "After an agent transfers a call to the IVR in suspension transfer mode, waiting for the CCS to return the routing result times out.",
        HuaweiCecReleaseCause.DeviceSuspensionRoutingTimeout => "After a non-agent device transfers a call to the IVR in suspension transfer mode, waiting for the CCS to return the routing result times out.",
        HuaweiCecReleaseCause.DoForwardTimeout => "When a call is transferred, waiting for the CCS DO_FORWARD times out.",
        HuaweiCecReleaseCause.ForwardCommitTimeout => "When an internal call is successfully transferred, waiting for the CCS FORWARD_COMIT times out.",
        HuaweiCecReleaseCause.SetupAckTimeout => "When the platform initiates an outgoing call, waiting for the ACD SETUP_ACK message times out.",
        HuaweiCecReleaseCause.OccupyAckTimeout => "When the platform initiates an outgoing call, waiting for the CCS OCCUPY_ACK message times out.",
        HuaweiCecReleaseCause.SkillQueueFull512 => "A call is released because the number of calls waiting in a skill queue exceeds the maximum limit.",
        HuaweiCecReleaseCause.SkillQueueFull513 => "A call is released because the number of calls waiting in a skill queue exceeds the maximum limit.",
        HuaweiCecReleaseCause.AutoFlowResponseTimeout => "When a call is transferred from an agent to an automatic flow, waiting for the automatic flow to respond times out.",
        HuaweiCecReleaseCause.TransferDestinationTimeout => "During call transfer, waiting for the transfer destination device to respond times out.",
        HuaweiCecReleaseCause.CcsRoutingTimeout => "Waiting for the routing response from the CCS times out.",
        HuaweiCecReleaseCause.DestinationRingOrResponseTimeout => "Waiting for the ringing or response from the destination device times out.",
        HuaweiCecReleaseCause.ClientDisconnect => "The client disconnects a call.",
        HuaweiCecReleaseCause.DoForwardAddressIncorrect519 => "When a call is transferred in suspension mode, the address sent by the CCS to DO_FORWARD is incorrect.",
        HuaweiCecReleaseCause.DoForwardAddressIncorrect520 => "When a call is transferred in suspension mode, the address sent by the CCS to DO_FORWARD is incorrect.",
        HuaweiCecReleaseCause.AgentRedirection => "An agent initiates call redirection (a call is disconnected and transferred out).",
        HuaweiCecReleaseCause.FlowRedirection => "An automatic flow initiates call redirection (a call is disconnected and transferred out).",
        HuaweiCecReleaseCause.DeviceOccupationFailure => "When the platform initiates an outgoing call, the CCS returns a device occupation failure message.",
        HuaweiCecReleaseCause.RoutingDestinationIncorrect => "The destination address in the routing result returned by the CCS is incorrect.",
        HuaweiCecReleaseCause.CcsRoutingFailure526 => "The CCS returns a routing failure message.",
        HuaweiCecReleaseCause.PreviewCallFailure => "During outgoing call preview, the CCS returns a failure message.",
        HuaweiCecReleaseCause.SuspensionReturnToIvrFailed => "After a flow transfers a call to an agent in suspension mode, if the agent hangs up and transfers the call back to the IVR, the IVR returns a failure message.",
        HuaweiCecReleaseCause.IvrCallCombination => "The IVR initiates call combination.",
        HuaweiCecReleaseCause.AcdNormalDisconnect => "A call is normally disconnected in the ACD.",
        HuaweiCecReleaseCause.FlowReleasedBeforeRinging => "When a flow transfers a call to another flow, the flow releases the call before ringing.",
        HuaweiCecReleaseCause.CtiServerDisconnected => "When the CTIServer is disconnected from an ACD module, all the calls of the ACD module are released.",
        HuaweiCecReleaseCause.CcsRoutingFailure535 => "The CCS returns a routing failure message.",
        HuaweiCecReleaseCause.CustomerCanceledQueuing => "When a customer cancels queuing, the platform releases the call.",
        HuaweiCecReleaseCause.CalledPartyBusy => "A call is disconnected in the ACD because the called party is busy.",
        HuaweiCecReleaseCause.CalledNumberNotExist => "A call is disconnected in the ACD because the called number does not exist.",
        HuaweiCecReleaseCause.CcsSwitchover => "A call is released after the CCS is switched.",
        HuaweiCecReleaseCause.ReleasedAfterVoicePlaying => "A call is released after voice playing.",
        HuaweiCecReleaseCause.ResumeAckError => "A call is transferred in suspension mode to a device. After the destination device processes the call, and the call is returned to the suspension device, the CCS returns the RESUME_ACK error message.",
        HuaweiCecReleaseCause.HungReleaseAckError => "A call is transferred in suspension mode to a device. After the destination device processes and releases the call, the CCS returns the HUNG_RELEASE_ACK error message.",
        HuaweiCecReleaseCause.ResumeAckTimeout => "A call is transferred in suspension mode to a device. After the destination device processes the call, waiting for the CCS to send RESUME_ACK to notify the suspension device of call resumption times out.",
        HuaweiCecReleaseCause.HungReleaseAckTimeout => "A call is transferred in suspension mode to a device. After the destination device processes and releases the call, waiting for the CCS to return the release result HUNG_RELEASE_ACK times out.",
        HuaweiCecReleaseCause.VirtualDeviceMismatch => "When a call is transferred, the re-routing result returned by the CCS is not a virtual device, but the transfer indication address sent by the CCS is a virtual device.",
        HuaweiCecReleaseCause.CalledMobilePoweredOff => "A call is disconnected in the ACD because the mobile phone of the called party is powered off.",
        HuaweiCecReleaseCause.CalledOutOfServiceArea => "A call is disconnected in the ACD because the called party is out of the service area.",
        HuaweiCecReleaseCause.NetworkCallSuspensionError => "When a network call is transferred in suspension mode, after the destination device processes and releases the call, the CCS returns an error.",
        HuaweiCecReleaseCause.AcdOtherReason => "A call is disconnected in the ACD for another reason.",
        HuaweiCecReleaseCause.PeerCallCenterAbnormal => "During a network call, the peer call center is abnormal.",
        HuaweiCecReleaseCause.PeerCallCenterTimeout => "During a network call, the destination call center times out in waiting for the network incoming call from the ACD.",
        HuaweiCecReleaseCause.QueueOverflow => "A call is released due to queue overflow.",
        HuaweiCecReleaseCause.NoAgentOnDuty => "No agent is on duty.",
        HuaweiCecReleaseCause.ConcurrentCallLimit => "The number of concurrent calls exceeds the configured limit.",
        HuaweiCecReleaseCause.AutomaticCallLimit => "The total number of automatic calls exceeds the limit.",
        HuaweiCecReleaseCause.FlowConcurrentCallLimit => "The number of concurrent calls in the flow exceeds the maximum.",
        HuaweiCecReleaseCause.CalledNumberNotFound => "The called number cannot be found.",
        HuaweiCecReleaseCause.CustomerLevelIncorrect => "The customer level is incorrect.",
        HuaweiCecReleaseCause.CallerHungUpBeforeAnswer => "The ACD disconnects a call because the calling party hangs up before the call is answered.",
        HuaweiCecReleaseCause.AcdNoResource => "The ACD disconnects a call because no resource is available.",
        HuaweiCecReleaseCause.CalledPartyNoAnswer => "The ACD disconnects a call because the called party does not answer the call.",
        HuaweiCecReleaseCause.CalledPartyRejected => "The ACD disconnects a call because the called party rejects the call.",
        HuaweiCecReleaseCause.LineBusy => "The ACD disconnects a call because the line is busy.",
        HuaweiCecReleaseCause.AcdCallTimeout => "The ACD disconnects a call because the call times out.",
        HuaweiCecReleaseCause.MailboxFullOrSuspended => "The ACD disconnects a call because the mail box is full or suspended. For details, see the UAP original call release code 5.",
        HuaweiCecReleaseCause.EmailCreationFailed => "The ACD disconnects a call because emails cannot be created for calls. For details, see the UAP original call release code 6.",
        HuaweiCecReleaseCause.ChannelReset => "The ACD disconnects a call because the channel is reset.",
        HuaweiCecReleaseCause.UapResourceError => "The ACD disconnects a call because of abnormal UAP resource operations.",
        HuaweiCecReleaseCause.CpConferenceFault => "The ACD disconnects a call because the Cp conference is faulty.",
        HuaweiCecReleaseCause.IntessControlBlockFault => "The ACD disconnects a call because the Intess control block is faulty.",
        HuaweiCecReleaseCause.AcdDisconnect613 => "The ACD disconnects a call.",
        HuaweiCecReleaseCause.AcdDisconnect614 => "The ACD disconnects a call.",
        HuaweiCecReleaseCause.AcdDisconnect615 => "The ACD disconnects a call.",
        HuaweiCecReleaseCause.AcdDisconnect616 => "The ACD disconnects a call.",
        HuaweiCecReleaseCause.AcdDisconnect617 => "The ACD disconnects a call.",
        HuaweiCecReleaseCause.AcdDisconnect618 => "The ACD disconnects a call.",
        HuaweiCecReleaseCause.AcdDisconnect619 => "The ACD disconnects a call.",
        HuaweiCecReleaseCause.IvrRoutingResourceUnavailable => "Internal routing fails because IVR resources are occupied or no IVR access code is registered.",
        HuaweiCecReleaseCause.ConferenceParticipantReleased => "The cause could be any of the following: 1. During a conference call, a participant is removed from the conference. 2. During a conference call, the conference moderator proactively releases the conference or the CCS is abnormal.",
        HuaweiCecReleaseCause.ClientRejected => "The client disconnects and rejects a call.",
        HuaweiCecReleaseCause.AgentNoAnswer => "A call is released because an agent does not answer the call for a long time.",
        HuaweiCecReleaseCause.MessageCallRoutingFailed => "Failed to route the message leaving call.",
        HuaweiCecReleaseCause.MessageCallRoutingTimeout => "Waiting for the routing result of the message leaving call times out.",
        HuaweiCecReleaseCause.MessageCallQueuingTimeout => "Waiting of a message leaving call for the queuing message times out.",
        HuaweiCecReleaseCause.MessageCallAgentAnswerTimeout => "Waiting for an agent to answer a message leaving call times out.",
        HuaweiCecReleaseCause.MessageCallReleaseTimeout => "The release of a message leaving call times out.",
        HuaweiCecReleaseCause.MessageCallInternalTimeout => "The internal message leaving call times out.",
        HuaweiCecReleaseCause.MessageCallHandshakeTimeout => "The handshake of the message leaving call times out.",
        HuaweiCecReleaseCause.ConferenceCreateFailed => "Failed to create the conference.",
        HuaweiCecReleaseCause.ConferenceCreateTimeout => "Conference creation times out.",
        HuaweiCecReleaseCause.ConferenceJoinFailed => "Failed to join the conference.",
        HuaweiCecReleaseCause.EnterpriseIdQueryTimeout => "Querying the enterprise ID times out.",
        HuaweiCecReleaseCause.EnterpriseIdQueryFailed => "Failed to query the enterprise ID.",
        HuaweiCecReleaseCause.EnterpriseIdEmpty => "The value of EnterPriseID is empty.",
        HuaweiCecReleaseCause.ConferenceInfoQueryTimeout => "Querying conference information times out.",
        HuaweiCecReleaseCause.ConferenceInfoQueryFailed => "Failed to query conference information.",
        HuaweiCecReleaseCause.ConferenceDataTimeout => "Obtaining conference data times out.",
        HuaweiCecReleaseCause.ConferenceDataFailed => "Failed to obtain conference data.",
        HuaweiCecReleaseCause.ConferenceDetectionTimeout => "Conference detection times out.",
        HuaweiCecReleaseCause.ConferenceParticipantsTooFew => "The number of participants in the conference is less than expected.",
        HuaweiCecReleaseCause.ConferenceReleaseTimeout => "Releasing the conference times out.",
        HuaweiCecReleaseCause.MaxCallDuration => "The call duration reaches the maximum.",
        _ => string.Empty,
    };
}

/// <summary>HuaweiCecReleaseCause as an Ardalis.SmartEnum: one instance per code, carrying its outcome and description.</summary>
public sealed class HuaweiSmart : SmartEnum<HuaweiSmart, int>
{
    public static readonly HuaweiSmart QueueCancelKeyPressed = new(nameof(QueueCancelKeyPressed), 80, CallOutcome.Canceled, "When a call is queuing in a skill queue, the call is transferred to the IVR flow for voice playback and digit collection. If a customer presses the cancel key, the flow uses this error code to request canceling the call queuing.");
    public static readonly HuaweiSmart IvrNormalRelease = new(nameof(IvrNormalRelease), 256, CallOutcome.Answered, "CCIVR/IVR normal call release.");
    public static readonly HuaweiSmart IvrConnectionFailure = new(nameof(IvrConnectionFailure), 263, CallOutcome.Failed, "The CCIVR/IVR disconnects a call because of connection failure.");
    public static readonly HuaweiSmart IvrFlowError = new(nameof(IvrFlowError), 338, CallOutcome.Failed, "The CCIVR/IVR disconnects a call because no flow can be found or an error occurs when parsing flows.");
    public static readonly HuaweiSmart IvrControlBlocksExhausted = new(nameof(IvrControlBlocksExhausted), 339, CallOutcome.Congestion, "The CCIVR/IVR disconnects a call because there is no sufficient control blocks.");
    public static readonly HuaweiSmart IvrMrfScriptTypeIncorrect = new(nameof(IvrMrfScriptTypeIncorrect), 340, CallOutcome.Failed, "The CCIVR/IVR disconnects a call because the MRF script type is incorrect.");
    public static readonly HuaweiSmart IvrConferenceNameIncorrect = new(nameof(IvrConferenceNameIncorrect), 342, CallOutcome.Failed, "The CCIVR/IVR disconnects a call because the conference name is incorrect (possibly too long).");
    public static readonly HuaweiSmart IvrCalledPartyAnswerTimeout = new(nameof(IvrCalledPartyAnswerTimeout), 346, CallOutcome.NoAnswer, "The CCIVR/IVR disconnects a call because waiting for the called party to pick up the phone times out after the CTIServer returns a call to the called party.");
    public static readonly HuaweiSmart IvrBusinessModuleTimeout = new(nameof(IvrBusinessModuleTimeout), 350, CallOutcome.Failed, "The CCIVR/IVR disconnects a call because waiting for the business module to pick up the phone times out.");
    public static readonly HuaweiSmart IvrCtiHandshakeTimeout = new(nameof(IvrCtiHandshakeTimeout), 354, CallOutcome.Failed, "The CCIVR/IVR disconnects a call because the handshake with the CTIServer times out.");
    public static readonly HuaweiSmart IvrOutgoingCallTimeout = new(nameof(IvrOutgoingCallTimeout), 356, CallOutcome.NoAnswer, "The CCIVR/IVR disconnects a call because the CCIVR outgoing call times out.");
    public static readonly HuaweiSmart IvrConnectPartiesFailed = new(nameof(IvrConnectPartiesFailed), 357, CallOutcome.Dropped, "The CCIVR/IVR disconnects a call because the IVR fails to connect the calling party and called party.");
    public static readonly HuaweiSmart IvrMaxConversationDuration = new(nameof(IvrMaxConversationDuration), 359, CallOutcome.Answered, "The CCIVR/IVR disconnects a call because the maximum conversation duration is exceeded.");
    public static readonly HuaweiSmart IvrOtherError = new(nameof(IvrOtherError), 360, CallOutcome.Failed, "The CCIVR/IVR disconnects a call because of other errors. For details, see the logs.");
    public static readonly HuaweiSmart DefaultRelease = new(nameof(DefaultRelease), 501, CallOutcome.Unknown, "Default call release cause. The cause could be any of the following: 1. The routing result from the CCS is not received after a call accesses the platform. As a result, the call is disconnected. 2. After a call accesses the IVR, a flow disconnects the call.");
    public static readonly HuaweiSmart AcdRingOrAnswerTimeout = new(nameof(AcdRingOrAnswerTimeout), 502, CallOutcome.NoAnswer, "The platform disconnects an outgoing call because waiting for the ringing of the ACD times out or waiting for call answer times out.");
    public static readonly HuaweiSmart AcdHandshakeTimeout = new(nameof(AcdHandshakeTimeout), 503, CallOutcome.Dropped, "The platform disconnects a call because the handshake between the platform control block and ACD times out after the call is established between the ACD and the platform.");
    public static readonly HuaweiSmart SuspensionResumeTimeout = new(nameof(SuspensionResumeTimeout), 505, CallOutcome.Dropped, "The cause could be any of the following: 1. When a call is transferred back to the agent console after the agent console transfers the call to the IVR in suspension transfer mode, the agent console times out in responding to the suspension resuming message. As a result, the platform disconnects the call. 2. When a call is transferred back to the IVR after the IVR transfers the call to the agent console in suspension transfer mode, the IVR times out in responding to the suspension resuming message. As a result, the platform disconnects the call.");
    public static readonly HuaweiSmart AgentSuspensionRoutingTimeout = new(nameof(AgentSuspensionRoutingTimeout), 506, CallOutcome.Dropped, "After an agent transfers a call to the IVR in suspension transfer mode, waiting for the CCS to return the routing result times out.");
    public static readonly HuaweiSmart DeviceSuspensionRoutingTimeout = new(nameof(DeviceSuspensionRoutingTimeout), 507, CallOutcome.Dropped, "After a non-agent device transfers a call to the IVR in suspension transfer mode, waiting for the CCS to return the routing result times out.");
    public static readonly HuaweiSmart DoForwardTimeout = new(nameof(DoForwardTimeout), 508, CallOutcome.Dropped, "When a call is transferred, waiting for the CCS DO_FORWARD times out.");
    public static readonly HuaweiSmart ForwardCommitTimeout = new(nameof(ForwardCommitTimeout), 509, CallOutcome.Dropped, "When an internal call is successfully transferred, waiting for the CCS FORWARD_COMIT times out.");
    public static readonly HuaweiSmart SetupAckTimeout = new(nameof(SetupAckTimeout), 510, CallOutcome.Failed, "When the platform initiates an outgoing call, waiting for the ACD SETUP_ACK message times out.");
    public static readonly HuaweiSmart OccupyAckTimeout = new(nameof(OccupyAckTimeout), 511, CallOutcome.Failed, "When the platform initiates an outgoing call, waiting for the CCS OCCUPY_ACK message times out.");
    public static readonly HuaweiSmart SkillQueueFull512 = new(nameof(SkillQueueFull512), 512, CallOutcome.Congestion, "A call is released because the number of calls waiting in a skill queue exceeds the maximum limit.");
    public static readonly HuaweiSmart SkillQueueFull513 = new(nameof(SkillQueueFull513), 513, CallOutcome.Congestion, "A call is released because the number of calls waiting in a skill queue exceeds the maximum limit.");
    public static readonly HuaweiSmart AutoFlowResponseTimeout = new(nameof(AutoFlowResponseTimeout), 514, CallOutcome.Dropped, "When a call is transferred from an agent to an automatic flow, waiting for the automatic flow to respond times out.");
    public static readonly HuaweiSmart TransferDestinationTimeout = new(nameof(TransferDestinationTimeout), 515, CallOutcome.Dropped, "During call transfer, waiting for the transfer destination device to respond times out.");
    public static readonly HuaweiSmart CcsRoutingTimeout = new(nameof(CcsRoutingTimeout), 516, CallOutcome.Failed, "Waiting for the routing response from the CCS times out.");
    public static readonly HuaweiSmart DestinationRingOrResponseTimeout = new(nameof(DestinationRingOrResponseTimeout), 517, CallOutcome.NoAnswer, "Waiting for the ringing or response from the destination device times out.");
    public static readonly HuaweiSmart ClientDisconnect = new(nameof(ClientDisconnect), 518, CallOutcome.Unknown, "The client disconnects a call.");
    public static readonly HuaweiSmart DoForwardAddressIncorrect519 = new(nameof(DoForwardAddressIncorrect519), 519, CallOutcome.Dropped, "When a call is transferred in suspension mode, the address sent by the CCS to DO_FORWARD is incorrect.");
    public static readonly HuaweiSmart DoForwardAddressIncorrect520 = new(nameof(DoForwardAddressIncorrect520), 520, CallOutcome.Dropped, "When a call is transferred in suspension mode, the address sent by the CCS to DO_FORWARD is incorrect.");
    public static readonly HuaweiSmart AgentRedirection = new(nameof(AgentRedirection), 521, CallOutcome.Transferred, "An agent initiates call redirection (a call is disconnected and transferred out).");
    public static readonly HuaweiSmart FlowRedirection = new(nameof(FlowRedirection), 522, CallOutcome.Transferred, "An automatic flow initiates call redirection (a call is disconnected and transferred out).");
    public static readonly HuaweiSmart DeviceOccupationFailure = new(nameof(DeviceOccupationFailure), 523, CallOutcome.Failed, "When the platform initiates an outgoing call, the CCS returns a device occupation failure message.");
    public static readonly HuaweiSmart RoutingDestinationIncorrect = new(nameof(RoutingDestinationIncorrect), 525, CallOutcome.Failed, "The destination address in the routing result returned by the CCS is incorrect.");
    public static readonly HuaweiSmart CcsRoutingFailure526 = new(nameof(CcsRoutingFailure526), 526, CallOutcome.Failed, "The CCS returns a routing failure message.");
    public static readonly HuaweiSmart PreviewCallFailure = new(nameof(PreviewCallFailure), 528, CallOutcome.Failed, "During outgoing call preview, the CCS returns a failure message.");
    public static readonly HuaweiSmart SuspensionReturnToIvrFailed = new(nameof(SuspensionReturnToIvrFailed), 529, CallOutcome.Dropped, "After a flow transfers a call to an agent in suspension mode, if the agent hangs up and transfers the call back to the IVR, the IVR returns a failure message.");
    public static readonly HuaweiSmart IvrCallCombination = new(nameof(IvrCallCombination), 530, CallOutcome.Transferred, "The IVR initiates call combination.");
    public static readonly HuaweiSmart AcdNormalDisconnect = new(nameof(AcdNormalDisconnect), 531, CallOutcome.Answered, "A call is normally disconnected in the ACD.");
    public static readonly HuaweiSmart FlowReleasedBeforeRinging = new(nameof(FlowReleasedBeforeRinging), 533, CallOutcome.Canceled, "When a flow transfers a call to another flow, the flow releases the call before ringing.");
    public static readonly HuaweiSmart CtiServerDisconnected = new(nameof(CtiServerDisconnected), 534, CallOutcome.Failed, "When the CTIServer is disconnected from an ACD module, all the calls of the ACD module are released.");
    public static readonly HuaweiSmart CcsRoutingFailure535 = new(nameof(CcsRoutingFailure535), 535, CallOutcome.Failed, "The CCS returns a routing failure message.");
    public static readonly HuaweiSmart CustomerCanceledQueuing = new(nameof(CustomerCanceledQueuing), 536, CallOutcome.Canceled, "When a customer cancels queuing, the platform releases the call.");
    public static readonly HuaweiSmart CalledPartyBusy = new(nameof(CalledPartyBusy), 537, CallOutcome.Busy, "A call is disconnected in the ACD because the called party is busy.");
    public static readonly HuaweiSmart CalledNumberNotExist = new(nameof(CalledNumberNotExist), 538, CallOutcome.InvalidNumber, "A call is disconnected in the ACD because the called number does not exist.");
    public static readonly HuaweiSmart CcsSwitchover = new(nameof(CcsSwitchover), 539, CallOutcome.Failed, "A call is released after the CCS is switched.");
    public static readonly HuaweiSmart ReleasedAfterVoicePlaying = new(nameof(ReleasedAfterVoicePlaying), 540, CallOutcome.Answered, "A call is released after voice playing.");
    public static readonly HuaweiSmart ResumeAckError = new(nameof(ResumeAckError), 541, CallOutcome.Dropped, "A call is transferred in suspension mode to a device. After the destination device processes the call, and the call is returned to the suspension device, the CCS returns the RESUME_ACK error message.");
    public static readonly HuaweiSmart HungReleaseAckError = new(nameof(HungReleaseAckError), 542, CallOutcome.Dropped, "A call is transferred in suspension mode to a device. After the destination device processes and releases the call, the CCS returns the HUNG_RELEASE_ACK error message.");
    public static readonly HuaweiSmart ResumeAckTimeout = new(nameof(ResumeAckTimeout), 543, CallOutcome.Dropped, "A call is transferred in suspension mode to a device. After the destination device processes the call, waiting for the CCS to send RESUME_ACK to notify the suspension device of call resumption times out.");
    public static readonly HuaweiSmart HungReleaseAckTimeout = new(nameof(HungReleaseAckTimeout), 544, CallOutcome.Dropped, "A call is transferred in suspension mode to a device. After the destination device processes and releases the call, waiting for the CCS to return the release result HUNG_RELEASE_ACK times out.");
    public static readonly HuaweiSmart VirtualDeviceMismatch = new(nameof(VirtualDeviceMismatch), 547, CallOutcome.Dropped, "When a call is transferred, the re-routing result returned by the CCS is not a virtual device, but the transfer indication address sent by the CCS is a virtual device.");
    public static readonly HuaweiSmart CalledMobilePoweredOff = new(nameof(CalledMobilePoweredOff), 548, CallOutcome.Unreachable, "A call is disconnected in the ACD because the mobile phone of the called party is powered off.");
    public static readonly HuaweiSmart CalledOutOfServiceArea = new(nameof(CalledOutOfServiceArea), 549, CallOutcome.Unreachable, "A call is disconnected in the ACD because the called party is out of the service area.");
    public static readonly HuaweiSmart NetworkCallSuspensionError = new(nameof(NetworkCallSuspensionError), 550, CallOutcome.Dropped, "When a network call is transferred in suspension mode, after the destination device processes and releases the call, the CCS returns an error.");
    public static readonly HuaweiSmart AcdOtherReason = new(nameof(AcdOtherReason), 551, CallOutcome.Unknown, "A call is disconnected in the ACD for another reason.");
    public static readonly HuaweiSmart PeerCallCenterAbnormal = new(nameof(PeerCallCenterAbnormal), 552, CallOutcome.Failed, "During a network call, the peer call center is abnormal.");
    public static readonly HuaweiSmart PeerCallCenterTimeout = new(nameof(PeerCallCenterTimeout), 553, CallOutcome.Failed, "During a network call, the destination call center times out in waiting for the network incoming call from the ACD.");
    public static readonly HuaweiSmart QueueOverflow = new(nameof(QueueOverflow), 561, CallOutcome.Congestion, "A call is released due to queue overflow.");
    public static readonly HuaweiSmart NoAgentOnDuty = new(nameof(NoAgentOnDuty), 562, CallOutcome.Unreachable, "No agent is on duty.");
    public static readonly HuaweiSmart ConcurrentCallLimit = new(nameof(ConcurrentCallLimit), 564, CallOutcome.Congestion, "The number of concurrent calls exceeds the configured limit.");
    public static readonly HuaweiSmart AutomaticCallLimit = new(nameof(AutomaticCallLimit), 565, CallOutcome.Congestion, "The total number of automatic calls exceeds the limit.");
    public static readonly HuaweiSmart FlowConcurrentCallLimit = new(nameof(FlowConcurrentCallLimit), 566, CallOutcome.Congestion, "The number of concurrent calls in the flow exceeds the maximum.");
    public static readonly HuaweiSmart CalledNumberNotFound = new(nameof(CalledNumberNotFound), 567, CallOutcome.InvalidNumber, "The called number cannot be found.");
    public static readonly HuaweiSmart CustomerLevelIncorrect = new(nameof(CustomerLevelIncorrect), 568, CallOutcome.Failed, "The customer level is incorrect.");
    public static readonly HuaweiSmart CallerHungUpBeforeAnswer = new(nameof(CallerHungUpBeforeAnswer), 601, CallOutcome.Canceled, "The ACD disconnects a call because the calling party hangs up before the call is answered.");
    public static readonly HuaweiSmart AcdNoResource = new(nameof(AcdNoResource), 602, CallOutcome.Congestion, "The ACD disconnects a call because no resource is available.");
    public static readonly HuaweiSmart CalledPartyNoAnswer = new(nameof(CalledPartyNoAnswer), 603, CallOutcome.NoAnswer, "The ACD disconnects a call because the called party does not answer the call.");
    public static readonly HuaweiSmart CalledPartyRejected = new(nameof(CalledPartyRejected), 604, CallOutcome.Rejected, "The ACD disconnects a call because the called party rejects the call.");
    public static readonly HuaweiSmart LineBusy = new(nameof(LineBusy), 605, CallOutcome.Busy, "The ACD disconnects a call because the line is busy.");
    public static readonly HuaweiSmart AcdCallTimeout = new(nameof(AcdCallTimeout), 606, CallOutcome.Failed, "The ACD disconnects a call because the call times out.");
    public static readonly HuaweiSmart MailboxFullOrSuspended = new(nameof(MailboxFullOrSuspended), 607, CallOutcome.Failed, "The ACD disconnects a call because the mail box is full or suspended. For details, see the UAP original call release code 5.");
    public static readonly HuaweiSmart EmailCreationFailed = new(nameof(EmailCreationFailed), 608, CallOutcome.Failed, "The ACD disconnects a call because emails cannot be created for calls. For details, see the UAP original call release code 6.");
    public static readonly HuaweiSmart ChannelReset = new(nameof(ChannelReset), 609, CallOutcome.Failed, "The ACD disconnects a call because the channel is reset.");
    public static readonly HuaweiSmart UapResourceError = new(nameof(UapResourceError), 610, CallOutcome.Failed, "The ACD disconnects a call because of abnormal UAP resource operations.");
    public static readonly HuaweiSmart CpConferenceFault = new(nameof(CpConferenceFault), 611, CallOutcome.Failed, "The ACD disconnects a call because the Cp conference is faulty.");
    public static readonly HuaweiSmart IntessControlBlockFault = new(nameof(IntessControlBlockFault), 612, CallOutcome.Failed, "The ACD disconnects a call because the Intess control block is faulty.");
    public static readonly HuaweiSmart AcdDisconnect613 = new(nameof(AcdDisconnect613), 613, CallOutcome.Unknown, "The ACD disconnects a call.");
    public static readonly HuaweiSmart AcdDisconnect614 = new(nameof(AcdDisconnect614), 614, CallOutcome.Unknown, "The ACD disconnects a call.");
    public static readonly HuaweiSmart AcdDisconnect615 = new(nameof(AcdDisconnect615), 615, CallOutcome.Unknown, "The ACD disconnects a call.");
    public static readonly HuaweiSmart AcdDisconnect616 = new(nameof(AcdDisconnect616), 616, CallOutcome.Unknown, "The ACD disconnects a call.");
    public static readonly HuaweiSmart AcdDisconnect617 = new(nameof(AcdDisconnect617), 617, CallOutcome.Unknown, "The ACD disconnects a call.");
    public static readonly HuaweiSmart AcdDisconnect618 = new(nameof(AcdDisconnect618), 618, CallOutcome.Unknown, "The ACD disconnects a call.");
    public static readonly HuaweiSmart AcdDisconnect619 = new(nameof(AcdDisconnect619), 619, CallOutcome.Unknown, "The ACD disconnects a call.");
    public static readonly HuaweiSmart IvrRoutingResourceUnavailable = new(nameof(IvrRoutingResourceUnavailable), 714, CallOutcome.Congestion, "Internal routing fails because IVR resources are occupied or no IVR access code is registered.");
    public static readonly HuaweiSmart ConferenceParticipantReleased = new(nameof(ConferenceParticipantReleased), 732, CallOutcome.Answered, "The cause could be any of the following: 1. During a conference call, a participant is removed from the conference. 2. During a conference call, the conference moderator proactively releases the conference or the CCS is abnormal.");
    public static readonly HuaweiSmart ClientRejected = new(nameof(ClientRejected), 852, CallOutcome.Rejected, "The client disconnects and rejects a call.");
    public static readonly HuaweiSmart AgentNoAnswer = new(nameof(AgentNoAnswer), 853, CallOutcome.NoAnswer, "A call is released because an agent does not answer the call for a long time.");
    public static readonly HuaweiSmart MessageCallRoutingFailed = new(nameof(MessageCallRoutingFailed), 1057, CallOutcome.Failed, "Failed to route the message leaving call.");
    public static readonly HuaweiSmart MessageCallRoutingTimeout = new(nameof(MessageCallRoutingTimeout), 1058, CallOutcome.Failed, "Waiting for the routing result of the message leaving call times out.");
    public static readonly HuaweiSmart MessageCallQueuingTimeout = new(nameof(MessageCallQueuingTimeout), 1059, CallOutcome.Failed, "Waiting of a message leaving call for the queuing message times out.");
    public static readonly HuaweiSmart MessageCallAgentAnswerTimeout = new(nameof(MessageCallAgentAnswerTimeout), 1060, CallOutcome.NoAnswer, "Waiting for an agent to answer a message leaving call times out.");
    public static readonly HuaweiSmart MessageCallReleaseTimeout = new(nameof(MessageCallReleaseTimeout), 1061, CallOutcome.Failed, "The release of a message leaving call times out.");
    public static readonly HuaweiSmart MessageCallInternalTimeout = new(nameof(MessageCallInternalTimeout), 1062, CallOutcome.Failed, "The internal message leaving call times out.");
    public static readonly HuaweiSmart MessageCallHandshakeTimeout = new(nameof(MessageCallHandshakeTimeout), 1063, CallOutcome.Failed, "The handshake of the message leaving call times out.");
    public static readonly HuaweiSmart ConferenceCreateFailed = new(nameof(ConferenceCreateFailed), 1064, CallOutcome.Failed, "Failed to create the conference.");
    public static readonly HuaweiSmart ConferenceCreateTimeout = new(nameof(ConferenceCreateTimeout), 1065, CallOutcome.Failed, "Conference creation times out.");
    public static readonly HuaweiSmart ConferenceJoinFailed = new(nameof(ConferenceJoinFailed), 1066, CallOutcome.Failed, "Failed to join the conference.");
    public static readonly HuaweiSmart EnterpriseIdQueryTimeout = new(nameof(EnterpriseIdQueryTimeout), 1067, CallOutcome.Failed, "Querying the enterprise ID times out.");
    public static readonly HuaweiSmart EnterpriseIdQueryFailed = new(nameof(EnterpriseIdQueryFailed), 1068, CallOutcome.Failed, "Failed to query the enterprise ID.");
    public static readonly HuaweiSmart EnterpriseIdEmpty = new(nameof(EnterpriseIdEmpty), 1069, CallOutcome.Failed, "The value of EnterPriseID is empty.");
    public static readonly HuaweiSmart ConferenceInfoQueryTimeout = new(nameof(ConferenceInfoQueryTimeout), 1070, CallOutcome.Failed, "Querying conference information times out.");
    public static readonly HuaweiSmart ConferenceInfoQueryFailed = new(nameof(ConferenceInfoQueryFailed), 1071, CallOutcome.Failed, "Failed to query conference information.");
    public static readonly HuaweiSmart ConferenceDataTimeout = new(nameof(ConferenceDataTimeout), 1072, CallOutcome.Failed, "Obtaining conference data times out.");
    public static readonly HuaweiSmart ConferenceDataFailed = new(nameof(ConferenceDataFailed), 1073, CallOutcome.Failed, "Failed to obtain conference data.");
    public static readonly HuaweiSmart ConferenceDetectionTimeout = new(nameof(ConferenceDetectionTimeout), 1074, CallOutcome.Failed, "Conference detection times out.");
    public static readonly HuaweiSmart ConferenceParticipantsTooFew = new(nameof(ConferenceParticipantsTooFew), 1075, CallOutcome.Failed, "The number of participants in the conference is less than expected.");
    public static readonly HuaweiSmart ConferenceReleaseTimeout = new(nameof(ConferenceReleaseTimeout), 1076, CallOutcome.Failed, "Releasing the conference times out.");
    public static readonly HuaweiSmart MaxCallDuration = new(nameof(MaxCallDuration), 1077, CallOutcome.Answered, "The call duration reaches the maximum.");

    private HuaweiSmart(string name, int value, CallOutcome outcome, string description)
        : base(name, value)
    {
        Outcome = outcome;
        Description = description;
    }

    public CallOutcome Outcome { get; }

    public string Description { get; }
}
