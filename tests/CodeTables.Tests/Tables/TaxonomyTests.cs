using System;
using System.IO;
using System.Linq;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Tables;

/// <summary>The runtime's CallOutcome: the members the product promises, compiled from tables/taxonomy.</summary>
public class TaxonomyTests
{
    [Fact]
    public void CallOutcome_has_exactly_the_promised_members()
    {
        string[] promised =
        [
            "Answered", "Voicemail", "Fax", "Transferred", "NoAnswer", "Busy", "Rejected", "Unreachable", "Canceled",
            "AnsweredElsewhere", "Redirected", "Dropped", "InvalidNumber", "Congestion", "Restricted", "Failed", "Unknown",
        ];

        Assert.Equal(promised, Enum.GetNames<CallOutcome>());
        Assert.Equal(["Connected", "Unanswered", "Failed", "Unknown"], Enum.GetNames<CallOutcomeCategory>());
    }

    [Fact]
    public void Categories_and_retry_advice_come_from_the_taxonomy_table()
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, "taxonomy", "call-outcome.csv"));
        Assert.Equal(17, table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var outcome = CallOutcomeExtensions.FromCode(table.Cell(row, "Code"));
            Assert.Equal(table.Cell(row, "Outcome"), outcome.GetCategory().ToString());
            Assert.Equal(table.Cell(row, "Retry") == "yes", outcome.IsRetryable());
        }
    }

    [Fact]
    public void Spot_checks_of_the_taxonomy()
    {
        Assert.Equal(CallOutcomeCategory.Unanswered, CallOutcome.Busy.GetCategory());
        Assert.True(CallOutcome.Busy.IsRetryable());
        Assert.Equal(CallOutcomeCategory.Failed, CallOutcome.InvalidNumber.GetCategory());
        Assert.False(CallOutcome.InvalidNumber.IsRetryable());
        Assert.Equal(CallOutcomeCategory.Connected, CallOutcome.Voicemail.GetCategory());
        Assert.False(CallOutcomeExtensions.IsDefined(default));
    }
}
