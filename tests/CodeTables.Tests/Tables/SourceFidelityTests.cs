using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Tables;

/// <summary>
/// Every mapping column of the SIP, Q.850 and FreeSWITCH tables, cell by cell, against the transcriptions of the
/// publishers' sources in Tables/Sources (RFC 3398's two tables with their defaults, Asterisk's and FreeSWITCH's
/// mapping functions and cause enums). The transcriptions were written from the sources, not from the tables, so a
/// table cell that drifts from its source fails here with the row and column named.
/// </summary>
public class SourceFidelityTests
{
    private static readonly SourcePairs Rfc3398CauseToSip = SourcePairs.Read("rfc3398-7.2.4.1-cause-to-sip.csv");
    private static readonly SourcePairs Rfc3398SipToCause = SourcePairs.Read("rfc3398-8.2.6.1-sip-to-cause.csv");
    private static readonly SourcePairs AsteriskCauseToSip = SourcePairs.Read("asterisk-hangup_cause2sip.csv");
    private static readonly SourcePairs AsteriskSipToCause = SourcePairs.Read("asterisk-ast_sip_hangup_sip2cause.csv");
    private static readonly SourcePairs FreeSwitchCauseToSip = SourcePairs.Read("freeswitch-hangup_cause_to_sip.csv");
    private static readonly SourcePairs FreeSwitchSipToCause = SourcePairs.Read("freeswitch-sofia_glue_sip_cause_to_freeswitch.csv");
    private static readonly SourcePairs FreeSwitchNumbers = SourcePairs.Read("freeswitch-switch_call_cause_t.csv", "Name", "Number");
    private static readonly SourcePairs FreeSwitchNumbersV1_10_7 = SourcePairs.Read("freeswitch-switch_call_cause_t.csv", "Name", "NumberInV1_10_7");
    private static readonly SourcePairs FreeSwitchNames = SourcePairs.Read("freeswitch-switch_call_cause_t.csv", "Number", "Name");
    private static readonly SourcePairs AsteriskNames = SourcePairs.Read("asterisk-causes.csv", "Number", "Name");

    [Fact]
    public void Sip_response_mappings_are_what_RFC_3398_Asterisk_and_FreeSWITCH_map()
    {
        var mismatches = Compare("sip-response.csv", (code, expect) =>
        {
            var status = int.Parse(code);

            // RFC 3398 8.2.6 maps final error responses (400 and above) only.
            expect("Rfc3398Q850", status >= 400 ? Rfc3398SipToCause.Map(code) : string.Empty);

            // The table's convention: no engine mapping for responses that do not end an INVITE (1xx, 202, 204).
            var final = status >= 200 && status is not (202 or 204);
            var freeSwitchCause = final ? FreeSwitchSipToCause.Map(code)! : string.Empty;
            expect("AsteriskQ850", final ? AsteriskSipToCause.Map(code) : string.Empty);
            expect("FreeSwitchCause", freeSwitchCause);
            expect("FreeSwitchQ850", freeSwitchCause.Length > 0 ? Q850Number(FreeSwitchNumbers.Map(freeSwitchCause)) : string.Empty);
        });

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Q850_cause_mappings_and_names_are_what_RFC_3398_Asterisk_and_FreeSWITCH_say()
    {
        var mismatches = Compare("q850-cause.csv", (code, expect) =>
        {
            var freeSwitchName = FreeSwitchNames.Map(code) ?? string.Empty;
            expect("Rfc3398Sip", Rfc3398CauseToSip.Map(code));
            expect("AsteriskSip", AsteriskCauseToSip.Map(code));
            expect("FreeSwitchName", freeSwitchName);
            expect("AsteriskName", AsteriskNames.Map(code) ?? string.Empty);
            expect("FreeSwitchSip", freeSwitchName.Length > 0 ? FreeSwitchCauseToSip.Map(freeSwitchName) : string.Empty);
        });

        Assert.Empty(mismatches);
    }

    [Fact]
    public void FreeSwitch_cause_numbers_and_responses_are_what_switch_types_and_mod_sofia_say()
    {
        var mismatches = Compare("freeswitch-hangup-cause.csv", (name, expect) =>
        {
            var number = FreeSwitchNumbers.Map(name);
            expect("Q850Code", number);
            expect("Q850", Q850Number(number));
            expect("CodeBeforeV1_10_8", Q850Number(number).Length > 0 ? string.Empty : FreeSwitchNumbersV1_10_7.Map(name));
            expect("SipResponse", FreeSwitchCauseToSip.Listed.Contains(name) ? FreeSwitchCauseToSip.Map(name) : FreeSwitchCauseToSip.Map("*") + "(default)");
        });

        Assert.Empty(mismatches);
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, "freeswitch-hangup-cause.csv"));
        Assert.Equal(FreeSwitchNumbers.Listed.OrderBy(n => n), table.Rows.Select(r => table.Cell(r, "Code")).OrderBy(n => n));
    }

    [Fact]
    public void The_RFC_3398_defaults_are_transcribed_with_their_exceptions()
    {
        Assert.Equal("500", Rfc3398CauseToSip.Map("45"));  // 7.2.4.1: "the default response '500 Server internal error' SHOULD be used"
        Assert.Equal(string.Empty, Rfc3398CauseToSip.Map("44")); // 7.2.4.1: cause 44 is untranslatable
        Assert.Equal(string.Empty, Rfc3398CauseToSip.Map("16")); // "--- (*)": a BYE or CANCEL
        Assert.Equal("501", Rfc3398CauseToSip.Map("29"));  // the IETF text; some copies print 510
        Assert.Equal("31", Rfc3398SipToCause.Map("422"));  // 8.2.6.1: "Any SIP status codes not listed below ... cause code 31"
        Assert.Equal(string.Empty, Rfc3398SipToCause.Map("487")); // "--- (no mapping)"
        Assert.Equal("127", Rfc3398SipToCause.Map("505")); // printed "504 Version Not Supported"
    }

    private static string Q850Number(string? number) => number is not null && int.Parse(number) <= 127 ? number : string.Empty;

    private delegate void Expect(string column, string? expected);

    private static List<string> Compare(string file, System.Action<string, Expect> expectations)
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, file));
        Assert.NotEmpty(table.Rows);
        var mismatches = new List<string>();
        foreach (var row in table.Rows)
        {
            var code = table.Cell(row, "Code");
            expectations(code, (column, expected) =>
            {
                Assert.Contains(column, table.Header);
                var actual = table.Cell(row, column);
                if (actual != (expected ?? "(no mapping in the source)"))
                {
                    mismatches.Add($"{file} {code} {column}: table says '{actual}', the source says '{expected}'");
                }
            });
        }

        return mismatches;
    }
}
