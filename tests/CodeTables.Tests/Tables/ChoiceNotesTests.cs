using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Tables;

/// <summary>
/// A table may depart from the taxonomy (a Retry that overrides its outcome's default advice, an outcome other than
/// the one the taxonomy lists the code under), but never silently: the row's Notes must say why.
/// </summary>
public class ChoiceNotesTests
{
    private static readonly CsvTable Taxonomy = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, "taxonomy", "call-outcome.csv"));

    [Theory]
    [MemberData(nameof(ShippedTablesRoundTripTests.Tables), MemberType = typeof(ShippedTablesRoundTripTests))]
    public void A_retry_that_overrides_the_outcome_default_has_a_note_about_it(string file)
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, file));
        var defaults = Taxonomy.Rows.ToDictionary(r => Taxonomy.Cell(r, "Code"), r => Taxonomy.Cell(r, "Retry") == "yes");
        foreach (var row in table.Rows.Where(r => table.Cell(r, "Retry").Length > 0))
        {
            var outcome = table.Cell(row, "Outcome") is { Length: > 0 } named ? named : "Unknown";
            var retry = table.Cell(row, "Retry") is "yes" or "true";
            if (retry != defaults[outcome])
            {
                Assert.True(
                    table.Cell(row, "Notes").Contains("retry", StringComparison.OrdinalIgnoreCase),
                    $"{file}: row '{string.Join(",", row.Take(2))}' sets Retry {table.Cell(row, "Retry")} against the {outcome} default without a note about it");
            }
        }
    }

    [Fact]
    public void A_code_the_taxonomy_lists_under_another_outcome_has_a_note_about_it()
    {
        // The taxonomy's TypicalCodes name codes of these tables: "Q.850 1/3/22/28", "SIP 3xx", "FreeSWITCH LOSE_RACE".
        var tables = new Dictionary<string, string>
        {
            ["Q.850"] = "q850-cause.csv",
            ["SIP"] = "sip-response.csv",
            ["Huawei"] = "huawei-cec-release-cause.csv",
            ["FreeSWITCH"] = "freeswitch-hangup-cause.csv",
        };
        var checkedCodes = 0;
        foreach (var taxonomyRow in Taxonomy.Rows)
        {
            var outcome = Taxonomy.Cell(taxonomyRow, "Code");
            foreach (Match typical in Regex.Matches(Taxonomy.Cell(taxonomyRow, "TypicalCodes"), @"(Q\.850|SIP|Huawei|FreeSWITCH) ([0-9x/]+|[A-Z_]+)\b"))
            {
                var table = CsvTable.Read(Path.Combine(RepositoryPaths.Tables, tables[typical.Groups[1].Value]));
                foreach (var code in typical.Groups[2].Value.Split('/'))
                {
                    foreach (var row in table.Rows.Where(r => code.EndsWith("xx", StringComparison.Ordinal) ? table.Cell(r, "Code")[0] == code[0] : table.Cell(r, "Code") == code))
                    {
                        checkedCodes++;
                        if (table.Cell(row, "Outcome") != outcome)
                        {
                            Assert.True(
                                table.Cell(row, "Notes").Contains("taxonomy", StringComparison.OrdinalIgnoreCase),
                                $"{typical.Value}: the taxonomy lists it under {outcome}, the table says {table.Cell(row, "Outcome")} without a note about the taxonomy");
                        }
                    }
                }
            }
        }

        Assert.True(checkedCodes > 50, $"only {checkedCodes} typical codes found in the tables");
    }
}
