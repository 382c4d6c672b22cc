using System.IO;
using System.Linq;
using CodeTables.Tests.Harness;
using CodeTables.Tests.Tables;
using Xunit;
using T = CodeTables.Tests.Tables;

namespace CodeTables.Tests.Tables;

/// <summary>
/// Pins the shipped vendor tables to the seed documents: each expected outcome below is what the vendor's own
/// wording says (quoted in the comment), not what the table happens to contain.
/// </summary>
public class VendorTableTests
{
    // Every "Cause Code" of the Huawei CEC page (seed 002), in the page's order; 613~619 is one row there.
    private static readonly string[] HuaweiSeedCodes =
    [
        "80", "256", "263", "338", "339", "340", "342", "346", "350", "354", "356", "357", "359", "360", "501", "502", "503",
        "505", "506", "507", "508", "509", "510", "511", "512", "513", "514", "515", "516", "517", "518", "519", "520", "521",
        "522", "523", "525", "526", "528", "529", "530", "531", "533", "534", "535", "536", "537", "538", "539", "540", "541",
        "542", "543", "544", "547", "548", "549", "550", "551", "552", "553", "561", "562", "564", "565", "566", "567", "568",
        "601", "602", "603", "604", "605", "606", "607", "608", "609", "610", "611", "612", "613~619", "714", "732", "852",
        "853", "1057", "1058", "1059", "1060", "1061", "1062", "1063", "1064", "1065", "1066", "1067", "1068", "1069", "1070",
        "1071", "1072", "1073", "1074", "1075", "1076", "1077",
    ];

    [Fact]
    public void Every_Huawei_seed_code_is_in_the_table_including_each_code_of_613_to_619()
    {
        var codes = HuaweiSeedCodes.SelectMany(c => c.Contains('~') ? Enumerable.Range(613, 7) : [int.Parse(c)]).ToList();

        Assert.Equal(112, codes.Count);
        Assert.All(codes, code => Assert.True(T.HuaweiCecReleaseCauseExtensions.TryFromCode(code, out var value) && value.ToCode() == code, $"Huawei {code}"));
        Assert.Equal(codes.Count, T.HuaweiCecReleaseCauseExtensions.GetValues().Count);
    }

    [Theory]
    [InlineData(537, CallOutcome.Busy)]            // "disconnected in the ACD because the called party is busy"
    [InlineData(605, CallOutcome.Busy)]            // "because the line is busy"
    [InlineData(538, CallOutcome.InvalidNumber)]   // "because the called number does not exist"
    [InlineData(548, CallOutcome.Unreachable)]     // "the mobile phone of the called party is powered off"
    [InlineData(549, CallOutcome.Unreachable)]     // "the called party is out of the service area"
    [InlineData(603, CallOutcome.NoAnswer)]        // "the called party does not answer the call"
    [InlineData(604, CallOutcome.Rejected)]        // "the called party rejects the call"
    [InlineData(601, CallOutcome.Canceled)]        // "the calling party hangs up before the call is answered"
    [InlineData(561, CallOutcome.Congestion)]      // "released due to queue overflow"
    [InlineData(256, CallOutcome.Answered)]        // "CCIVR/IVR normal call release"
    [InlineData(521, CallOutcome.Transferred)]     // "An agent initiates call redirection ... transferred out"
    public void Huawei_codes_classify_as_the_seed_says(int code, CallOutcome expected)
        => Assert.Equal(expected, T.HuaweiCecReleaseCauseExtensions.Classify(code));

    [Theory]
    [InlineData("Busy", CallOutcome.Busy)]                 // "a busy signal was detected"
    [InlineData("Bad Number", CallOutcome.InvalidNumber)]  // "the called number no longer being in service"
    [InlineData("NoAnswer", CallOutcome.NoAnswer)]         // "the call was not answered within 45 seconds"
    [InlineData("Dropped", CallOutcome.Dropped)]           // "One of the call legs dropped or hung up"
    [InlineData("Agent Cancelled", CallOutcome.Canceled)]  // "The agent selected Reject" (taxonomy: NICE Agent Cancelled is Canceled)
    [InlineData("N/A", CallOutcome.Unknown)]               // "currently a catch all classification"
    public void Nice_refusal_reasons_classify_as_the_seed_says(string reason, CallOutcome expected)
        => Assert.Equal(expected, T.NiceCxoneRefusalReasonExtensions.Classify(reason));

    [Theory]
    [InlineData("Ringing", "CALL_REJECTED", CallOutcome.Rejected)]            // "The agent pressed decline"
    [InlineData("Ringing", "ORIGINATOR_CANCEL", CallOutcome.Canceled)]        // "The caller cancelled the call"
    [InlineData("Trying", "LOSE_RACE", CallOutcome.AnsweredElsewhere)]        // "another device ... accepted the call first"
    [InlineData("Ringing", "NO_ANSWER", CallOutcome.NoAnswer)]                // "was ringing but was not answered"
    [InlineData("Ringing", "USER_BUSY", CallOutcome.Busy)]                    // "rejected the call with busy"
    [InlineData("Trying", "NO_USER_RESPONSE", CallOutcome.Unreachable)]       // "out of range or powered off"
    [InlineData("Ringing", "INCOMPATIBLE_DESTINATION", CallOutcome.Restricted)] // "codec incompatibility" (taxonomy: incompatible media)
    public void Natterbox_pairs_classify_as_the_seed_says(string type, string cause, CallOutcome expected)
        => Assert.Equal(expected, T.NatterboxMissedCallExtensions.Classify(type, cause));

    [Fact]
    public void Natterbox_rows_with_an_empty_hangup_cause_are_codes_and_keep_the_callback_flag()
    {
        Assert.True(T.NatterboxMissedCallExtensions.TryFromCode("No Devices", "", out var noDevices));
        Assert.Equal(CallOutcome.Unreachable, noDevices.ToOutcome()); // "There was no registered agent device"
        Assert.True(noDevices.IsRetryable());                         // Callback? Yes
        Assert.False(T.NatterboxMissedCallExtensions.TryFromCode("No Devices", null, out _));
    }

    [Theory]
    [InlineData(5, CallOutcome.Busy)]        // Asterisk: AST_CONTROL_BUSY (the Issabel page wrongly omits it)
    [InlineData(8, CallOutcome.Congestion)]  // Asterisk: AST_CONTROL_CONGESTION
    [InlineData(4, CallOutcome.Answered)]    // AST_CONTROL_ANSWER; the only value the Issabel page gets right
    [InlineData(3, CallOutcome.NoAnswer)]    // AST_CONTROL_RINGING: rang, not answered
    [InlineData(0, CallOutcome.Failed)]      // failure, no other reason
    public void Asterisk_originate_reasons_follow_asterisk_not_the_issabel_page(int reason, CallOutcome expected)
        => Assert.Equal(expected, T.AsteriskOriginateReasonExtensions.Classify(reason));

    [Theory]
    [InlineData("Voicemail", CallOutcome.Voicemail)]
    [InlineData("Transferred", CallOutcome.Transferred)]
    [InlineData("No Answer", CallOutcome.NoAnswer)]
    [InlineData("Rejected", CallOutcome.Rejected)]
    [InlineData("Invalid Number", CallOutcome.InvalidNumber)]
    [InlineData("Failed Due to Restriction", CallOutcome.Restricted)] // "belongs to a Do Not Call list"
    public void Issabel_call_statuses_classify_as_the_seed_says(string status, CallOutcome expected)
        => Assert.Equal(expected, T.IssabelCallStatusExtensions.Classify(status));

    [Theory]
    [InlineData("queue", "q", CallOutcome.Answered)]         // "The queue event's result will be q" for an answered call
    [InlineData("conversation", "q", CallOutcome.Canceled)]  // "agent hangs up while call to contact is in set-up phase"
    [InlineData("conversation", "t", CallOutcome.NoAnswer)]  // "alerting (ringing) timeout"
    [InlineData("conversation", "b", CallOutcome.Busy)]      // "the contact's number is busy"
    [InlineData("conversation", "h", CallOutcome.Canceled)]  // "agent hangs up while the call to contact is in alerting phase"
    public void Puzzel_results_depend_on_the_event_type(string eventType, string result, CallOutcome expected)
        => Assert.Equal(expected, T.PuzzelPreviewDiallerResultExtensions.Classify(eventType, result));

    [Theory]
    [InlineData(1)]
    [InlineData(404)]
    public void Puzzel_result_response_1_and_404_mean_number_not_in_use(int response)
        => Assert.Equal(CallOutcome.InvalidNumber, T.PuzzelResultResponseExtensions.Classify(response));

    [Theory]
    [InlineData(17, CallOutcome.Busy)]
    [InlineData(19, CallOutcome.NoAnswer)]
    [InlineData(21, CallOutcome.Rejected)]
    [InlineData(1, CallOutcome.InvalidNumber)]
    [InlineData(34, CallOutcome.Congestion)]
    [InlineData(18, CallOutcome.Unreachable)]
    [InlineData(58, CallOutcome.Restricted)] // Asterisk's codec mismatch (SIP 488/606): retrying does not fix it (row Notes)
    public void Q850_causes_classify_as_the_taxonomy_says(int cause, CallOutcome expected)
        => Assert.Equal(expected, T.Q850CauseExtensions.Classify(cause));

    [Theory]
    [InlineData(200, CallOutcome.Answered)]       // taxonomy: SIP 200
    [InlineData(302, CallOutcome.Redirected)]     // taxonomy: SIP 3xx
    [InlineData(404, CallOutcome.InvalidNumber)]  // taxonomy: SIP 404/484/604
    [InlineData(408, CallOutcome.Unreachable)]    // taxonomy: SIP 408/480
    [InlineData(480, CallOutcome.Unreachable)]
    [InlineData(486, CallOutcome.Busy)]           // taxonomy: SIP 486/600
    [InlineData(487, CallOutcome.Canceled)]       // RFC 3261: "terminated by a BYE or CANCEL request"
    [InlineData(488, CallOutcome.Restricted)]     // taxonomy: SIP 403/488/606
    [InlineData(503, CallOutcome.Congestion)]     // taxonomy: SIP 503
    [InlineData(603, CallOutcome.Rejected)]       // taxonomy: SIP 603
    [InlineData(180, CallOutcome.Unknown)]        // provisional: not a final outcome
    public void Sip_responses_classify_as_RFC_3261_and_the_taxonomy_say(int status, CallOutcome expected)
        => Assert.Equal(expected, T.SipResponseExtensions.Classify(status));

    [Fact]
    public void Sip_responses_are_the_75_codes_of_the_IANA_registry()
    {
        // RFC 3261 section 21 defines 50; later RFCs registered 25 more. 409 and 411 (RFC 2543 only) are not registered.
        Assert.Equal(75, T.SipResponseExtensions.GetValues().Count);
        Assert.True(T.SipResponseExtensions.TryFromCode(607, out _));
        Assert.False(T.SipResponseExtensions.TryFromCode(409, out _));
    }

    [Fact]
    public void Asterisk_cdr_dispositions_are_the_strings_ast_cdr_disp2str_writes()
    {
        Assert.Equal(
            ["NO ANSWER", "FAILED", "BUSY", "ANSWERED", "CONGESTION", "CANCEL", "UNKNOWN"],
            T.AsteriskCdrDispositionExtensions.GetValues().Select(v => v.ToCode()));
        Assert.Equal(CallOutcome.NoAnswer, T.AsteriskCdrDispositionExtensions.Classify("NO ANSWER"));
        Assert.False(T.AsteriskCdrDispositionExtensions.TryFromCode("NOANSWER", out _)); // that is a DIALSTATUS, not a disposition
        Assert.Equal(CallOutcome.Failed, T.AsteriskCdrDispositionExtensions.Classify("FAILED"));
    }

    [Theory]
    [InlineData("ANSWER", CallOutcome.Answered)]       // "The call was answered."
    [InlineData("NOANSWER", CallOutcome.NoAnswer)]     // "Called party did not answer."
    [InlineData("BUSY", CallOutcome.Busy)]             // "The called party was busy"
    [InlineData("CONGESTION", CallOutcome.Congestion)] // "Channel or switching congestion occurred"
    [InlineData("CANCEL", CallOutcome.Canceled)]       // "Dial was cancelled before call was answered"
    [InlineData("CHANUNAVAIL", CallOutcome.Unreachable)] // "endpoint is not registered"
    [InlineData("DONTCALL", CallOutcome.Rejected)]     // the called party sends the caller to the 'Go Away' script
    [InlineData("INVALIDARGS", CallOutcome.Failed)]    // "Dial failed due to invalid syntax."
    public void Asterisk_dial_statuses_classify_as_app_dial_documents_them(string status, CallOutcome expected)
        => Assert.Equal(expected, T.AsteriskDialStatusExtensions.Classify(status));

    [Fact]
    public void FreeSwitch_names_map_to_their_outcome_and_keep_the_renumbering()
    {
        Assert.Equal(CallOutcome.AnsweredElsewhere, T.FreeSwitchHangupCauseExtensions.Classify("LOSE_RACE"));
        Assert.Equal(CallOutcome.Canceled, T.FreeSwitchHangupCauseExtensions.Classify("ORIGINATOR_CANCEL"));
        Assert.Equal(CallOutcome.Busy, T.FreeSwitchHangupCauseExtensions.Classify("USER_BUSY"));

        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, "freeswitch-hangup-cause.csv"));
        var loseRace = table.Rows.Single(r => table.Cell(r, "Code") == "LOSE_RACE");
        Assert.Equal("702", table.Cell(loseRace, "Q850Code"));
        Assert.Equal("502", table.Cell(loseRace, "CodeBeforeV1_10_8"));
    }

    [Theory]
    [MemberData(nameof(ShippedTablesRoundTripTests.Tables), MemberType = typeof(ShippedTablesRoundTripTests))]
    public void No_row_maps_to_Unknown_without_a_note_saying_why(string file)
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, file));
        Assert.Contains("vendor", table.Directives.Keys);
        Assert.Contains("source", table.Directives.Keys);
        foreach (var row in table.Rows.Where(r => table.Cell(r, "Outcome") is "" or "Unknown"))
        {
            Assert.False(string.IsNullOrWhiteSpace(table.Cell(row, "Notes")), $"{file}: row '{string.Join(",", row.Take(2))}' maps to Unknown without a note");
        }
    }
}
