using System.Linq;
using CodeTables;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>The vendor -> table mapping and the lookups it makes through the generated code.</summary>
public sealed class VendorTablesTests
{
    private static LookupResult Lookup(string vendor, string code, string code2 = "") =>
        VendorTables.Find(vendor)!.Lookup(code, code2);

    [Fact]
    public void Every_vendor_table_is_mapped_once()
    {
        Assert.Equal(
            new[]
            {
                "nice-cxone-refusal-reason.csv", "natterbox-missed-call.csv", "huawei-cec-release-cause.csv",
                "issabel-call-status.csv", "asterisk-originate-reason.csv", "puzzel-preview-dialler-result.csv",
                "puzzel-result-response.csv", "q850-cause.csv", "freeswitch-hangup-cause.csv",
            },
            VendorTables.All.Select(v => v.TableFile));
        Assert.Equal(VendorTables.All.Count, VendorTables.All.Select(v => v.Key).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, VendorTables.All.Count), VendorTables.All.Select(v => v.Index));
    }

    [Fact]
    public void Vendor_names_are_case_insensitive_but_codes_are_exact()
    {
        Assert.Same(VendorTables.Find("nice"), VendorTables.Find("NICE"));
        Assert.Null(VendorTables.Find("avaya"));
        Assert.Equal(CallOutcome.Busy, Lookup("nice", "Busy").Outcome);
        Assert.Equal(LookupStatus.NotInTable, Lookup("nice", "busy").Status);
    }

    [Fact]
    public void Integer_tables_parse_the_code()
    {
        LookupResult acd = Lookup("huawei", "616");
        Assert.Equal((LookupStatus.Found, CallOutcome.Unknown, "AcdDisconnect616"), (acd.Status, acd.Outcome, acd.Member));
        Assert.Equal(LookupStatus.NotInTable, Lookup("huawei", "620").Status);
        Assert.Equal(LookupStatus.NotAnInteger, Lookup("huawei", "60x").Status);
        Assert.Equal(CallOutcome.Answered, Lookup("q850", "016").Outcome);
        Assert.Equal(CallOutcome.InvalidNumber, Lookup("puzzel-response", "404").Outcome);
    }

    [Fact]
    public void Composite_tables_use_code2()
    {
        Assert.Equal(CallOutcome.InvalidNumber, Lookup("natterbox", "Trying", "").Outcome);
        Assert.Equal(CallOutcome.Busy, Lookup("natterbox", "Ringing", "").Outcome);
        Assert.Equal(LookupStatus.NotInTable, Lookup("natterbox", "Ringing", "NO_ROUTE_DESTINATION").Status);
        Assert.Equal(CallOutcome.Answered, Lookup("puzzel", "queue", "q").Outcome);
        Assert.Equal(CallOutcome.Canceled, Lookup("puzzel", "conversation", "q").Outcome);
        Assert.Equal("Trying + (empty)", VendorTables.Find("natterbox")!.FormatCode("Trying", ""));
        Assert.Equal("17", VendorTables.Find("q850")!.FormatCode("17", "ignored"));
    }

    [Fact]
    public void Retry_advice_comes_from_the_row()
    {
        Assert.False(Lookup("puzzel", "queue", "d").Retryable); // Retry no: the contact is disabled
        Assert.True(Lookup("puzzel", "conversation", "h").Retryable); // Canceled: outcome default
        Assert.True(Lookup("natterbox", "Ringing", "CALL_REJECTED").Retryable); // Callback? = Yes
        Assert.False(Lookup("natterbox", "Trying", "CALL_REJECTED").Retryable); // Rejected: outcome default
        Assert.False(Lookup("q850", "130").Retryable); // not in the table: Unknown, no retry
    }
}
