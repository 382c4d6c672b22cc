using System;
using System.Linq;
using CodeTables;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>The vendor -> table mapping and the lookups it makes through the common table shape.</summary>
public sealed class VendorTests
{
    private static ICodeTableEntry? Lookup(string vendor, string code, string code2 = "")
    {
        Assert.True(Vendor.Find(vendor)!.TryLookup(code, code2, out var entry));
        return entry;
    }

    private static CallOutcome Outcome(string vendor, string code, string code2 = "") => Lookup(vendor, code, code2)!.Outcome;

    [Fact]
    public void Every_code_table_is_a_vendor_named_by_its_file()
    {
        // Every table in tables/ but the decision tables, whose rows are rules over several inputs.
        Assert.Equal(CallOutcomeReport.Tables.CodeTableRegistry.All.Select(t => t.FileName).Where(f => !f.EndsWith("-call-result.csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal), Vendor.All.Select(v => v.Table.FileName));
        Assert.Equal(Vendor.All.Select(v => v.Table.FileName[..^4]), Vendor.All.Select(v => v.Key));
        Assert.Equal(Enumerable.Range(0, Vendor.All.Length), Vendor.All.Select(v => v.Index));
    }

    [Theory]
    [InlineData("nice", "nice-cxone-refusal-reason")] // a start of the file name that only one table has
    [InlineData("huawei-cec-release-cause.csv", "huawei-cec-release-cause")] // the file name
    [InlineData("Q850Cause", "q850-cause")] // the enum name
    [InlineData("Natterbox", "natterbox-missed-call")] // the vendor directive, when one table has it
    [InlineData("ASTERISK-CDR", "asterisk-cdr-disposition")]
    public void An_export_names_a_table_by_file_enum_or_vendor(string name, string key) => Assert.Equal(key, Vendor.Find(name)!.Key);

    [Fact]
    public void A_name_that_fits_no_table_or_several_says_which_exist()
    {
        Assert.Null(Vendor.Find("asterisk")); // three tables: cdr-disposition, dialstatus, originate-reason
        Assert.Equal("vendor 'asterisk' could be any of asterisk-cdr-disposition, asterisk-dialstatus, asterisk-originate-reason: name the table",
            Vendor.Unknown("asterisk", Vendor.All));
        Assert.Null(Vendor.Find("avaya"));
        Assert.StartsWith("unknown vendor 'avaya': no table in tables/ has that file, enum or vendor name (known: asterisk-cdr-disposition, ", Vendor.Unknown("avaya", Vendor.All));
        Assert.Contains("q850-cause, sip-response)", Vendor.Unknown("avaya", Vendor.All));
    }

    [Fact]
    public void Vendor_names_are_case_insensitive_but_codes_are_exact()
    {
        Assert.Same(Vendor.Find("nice"), Vendor.Find("NICE"));
        Assert.Equal(CallOutcome.Busy, Outcome("nice", "Busy"));
        Assert.Null(Lookup("nice", "busy"));
    }

    [Fact]
    public void Integer_tables_parse_the_code()
    {
        var acd = Lookup("huawei", "616")!;
        Assert.Equal((CallOutcome.Unknown, "AcdDisconnect616"), (acd.Outcome, acd.Name));
        Assert.Null(Lookup("huawei", "620"));
        Assert.False(Vendor.Find("huawei")!.TryLookup("60x", "", out _)); // not an integer: a bad row, not a missing code
        Assert.Equal(CallOutcome.Answered, Outcome("q850", "016"));
        Assert.Equal(CallOutcome.InvalidNumber, Outcome("puzzel-result-response", "404"));
        Assert.True(Vendor.Find("q850")!.IntCodes);
        Assert.False(Vendor.Find("freeswitch")!.IntCodes);
    }

    [Fact]
    public void Composite_tables_use_code2_and_know_whether_it_may_be_empty()
    {
        Assert.Equal(CallOutcome.InvalidNumber, Outcome("natterbox", "Trying", ""));
        Assert.Equal(CallOutcome.Busy, Outcome("natterbox", "Ringing", ""));
        Assert.Null(Lookup("natterbox", "Ringing", "NO_ROUTE_DESTINATION"));
        Assert.Equal(CallOutcome.Answered, Outcome("puzzel-preview-dialler-result", "queue", "q"));
        Assert.Equal(CallOutcome.Canceled, Outcome("puzzel-preview-dialler-result", "conversation", "q"));
        Assert.Equal(CallOutcome.Busy, Outcome("q850", "17", "ignored")); // one-column tables ignore code2
        Assert.Equal("Trying + (empty)", Vendor.Find("natterbox")!.FormatCode("Trying", ""));
        Assert.Equal("17", Vendor.Find("q850")!.FormatCode("17", "ignored"));
        // Natterbox has rows with an empty hangup cause, Puzzel has no row without a result letter.
        Assert.False(Vendor.Find("natterbox")!.Code2Required);
        Assert.True(Vendor.Find("puzzel-preview-dialler-result")!.Code2Required);
    }

    [Fact]
    public void Retry_advice_comes_from_the_row()
    {
        Assert.False(Lookup("puzzel-preview-dialler-result", "queue", "d")!.IsRetryable); // Retry no: the contact is disabled
        Assert.True(Lookup("puzzel-preview-dialler-result", "conversation", "h")!.IsRetryable); // Canceled: outcome default
        Assert.True(Lookup("natterbox", "Ringing", "CALL_REJECTED")!.IsRetryable); // Callback? = Yes
        Assert.False(Lookup("natterbox", "Trying", "CALL_REJECTED")!.IsRetryable); // Rejected: outcome default
        Assert.Null(Lookup("q850", "130")); // not in the table: Unknown, and an event with it is not retried
    }

    [Theory]
    [InlineData("ANSWERED", CallOutcome.Answered)]
    [InlineData("NO ANSWER", CallOutcome.NoAnswer)]
    [InlineData("BUSY", CallOutcome.Busy)]
    [InlineData("FAILED", CallOutcome.Failed)]
    [InlineData("CONGESTION", CallOutcome.Congestion)]
    [InlineData("CANCEL", CallOutcome.Canceled)]
    public void Asterisk_cdr_dispositions_are_read_as_cdr_c_writes_them(string disposition, CallOutcome expected)
    {
        Assert.Equal(expected, Outcome("asterisk-cdr-disposition", disposition));
        Assert.Null(Lookup("asterisk-cdr-disposition", disposition.ToLowerInvariant()));
    }
}
