using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Tables;

/// <summary>
/// Every <c># references:</c> directive in tables/ is read the plain way (independently of the generator) and every
/// code it points at must be a code of the target table, so a mapping can never name a code its target lacks.
/// </summary>
public class ReferencesResolveTests
{
    public static TheoryData<string> TablesWithReferences()
        => new(CsvTable.ShippedTables().Where(p => CsvTable.Read(p).Directives.ContainsKey("references")).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(TablesWithReferences))]
    public void Every_referenced_code_exists_in_the_target_table(string file)
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, file));
        var tables = CsvTable.ShippedTables().Select(CsvTable.Read).ToDictionary(t => t.EnumName);

        foreach (var reference in References(table))
        {
            Assert.True(Array.Exists(table.Header, h => string.Equals(h, reference.Column, StringComparison.OrdinalIgnoreCase)), $"{file}: no column {reference.Column}");
            Assert.True(tables.TryGetValue(reference.Target, out var target), $"{file}: {reference.Column} names {reference.Target}, which is not a table in tables/");
            var codes = Codes(target!);

            foreach (var row in table.Rows)
            {
                foreach (var code in Cells(table.Cell(row, reference.Column), reference.IsList))
                {
                    Assert.True(codes.Contains(code), $"{file}: {reference.Column} '{code}' (row '{row[0]}') is not a code of {reference.Target}");
                }
            }
        }
    }

    [Fact]
    public void The_shipped_mappings_are_declared_as_references()
    {
        // The directives this walk depends on; if one is renamed or dropped, the walk above would silently check less.
        var declared = CsvTable.ShippedTables().Select(CsvTable.Read)
            .SelectMany(t => References(t).Select(r => $"{t.EnumName}.{r.Column}={r.Target}{(r.IsList ? "[]" : "")}"))
            .ToHashSet();

        Assert.Superset(declared, new HashSet<string>
        {
            "SipResponse.Rfc3398Q850=Q850Cause", "SipResponse.AsteriskQ850=Q850Cause", "SipResponse.FreeSwitchQ850=Q850Cause",
            "SipResponse.FreeSwitchCause=FreeSwitchHangupCause",
            "Q850Cause.Rfc3398Sip=SipResponse", "Q850Cause.AsteriskSip=SipResponse", "Q850Cause.FreeSwitchSip=SipResponse",
            "FreeSwitchHangupCause.Q850=Q850Cause",
            "NatterboxMissedCall.HangupCause=FreeSwitchHangupCause",
            "NiceCxoneRefusalReason.CauseCodes=Q850Cause[]",
            "AsteriskDialStatus.CdrDisposition=AsteriskCdrDisposition",
        });
    }

    [Fact]
    public void The_mappings_answer_as_their_sources_say()
    {
        var sip = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, "sip-response.csv"));
        var q850 = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, "q850-cause.csv"));
        var nice = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, "nice-cxone-refusal-reason.csv"));

        // RFC 3398 8.2.6.1: "486 Busy here -> 17 User busy".
        Assert.Equal("17", Cell(sip, "486", "Rfc3398Q850"));
        Assert.Equal("User busy", Cell(q850, "17", "Description"));
        // 480: FreeSWITCH NO_USER_RESPONSE (18), Asterisk AST_CAUSE_NO_ANSWER (19); 503: FreeSWITCH 41, Asterisk AST_CAUSE_CONGESTION (34).
        Assert.Equal(("18", "19"), (Cell(sip, "480", "FreeSwitchQ850"), Cell(sip, "480", "AsteriskQ850")));
        Assert.Equal(("41", "34"), (Cell(sip, "503", "FreeSwitchQ850"), Cell(sip, "503", "AsteriskQ850")));
        // 487 is ORIGINATOR_CANCEL in FreeSWITCH, a FreeSWITCH-internal cause: no Q.850 number, but the cause itself.
        Assert.Equal(("", "ORIGINATOR_CANCEL"), (Cell(sip, "487", "FreeSwitchQ850"), Cell(sip, "487", "FreeSwitchCause")));
        // RFC 3398 7.2.4.1: "17 - user busy -> 486 Busy here"; chan_pjsip: AST_CAUSE_BEARERCAPABILITY_NOTAVAIL -> 488.
        Assert.Equal("486", Cell(q850, "17", "Rfc3398Sip"));
        Assert.Equal("488", Cell(q850, "58", "AsteriskSip"));
        // NICE Busy: "Possible associated cause codes: 17, 34, 46, 254" (254 is not a Q.850 cause).
        Assert.Equal(["17", "34", "46"], Cells(Cell(nice, "Busy", "CauseCodes"), isList: true));
        Assert.Equal("254", Cell(nice, "Busy", "OtherCauseCodes"));
    }

    private static string Cell(CsvTable table, string code, string column)
        => table.Cell(table.Rows.Single(r => table.Cell(r, "Code") == code), column);

    private static IEnumerable<(string Column, string Target, bool IsList)> References(CsvTable table)
        => table.Directives.TryGetValue("references", out var value)
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
            {
                var pair = part.Split('=', StringSplitOptions.TrimEntries);
                Assert.True(pair.Length == 2, $"{Path.GetFileName(table.Path)}: malformed reference '{part}'");
                var isList = pair[1].EndsWith("[]", StringComparison.Ordinal);
                return (pair[0], isList ? pair[1][..^2] : pair[1], isList);
            })
            : [];

    // A list cell holds codes separated by commas or semicolons; a single reference is the whole trimmed cell.
    private static string[] Cells(string cell, bool isList)
        => isList
            ? cell.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : cell.Trim().Length == 0 ? [] : [cell.Trim()];

    private static HashSet<string> Codes(CsvTable target)
    {
        Assert.Single(target.KeyColumns);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in target.Rows)
        {
            var cell = target.Cell(row, target.KeyColumns[0]);
            var range = cell.Split('~');
            if (range.Length == 2 && int.TryParse(range[0], out var low) && int.TryParse(range[1], out var high))
            {
                codes.UnionWith(Enumerable.Range(low, high - low + 1).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                codes.Add(cell);
            }
        }

        return codes;
    }
}
