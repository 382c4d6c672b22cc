using System.IO;
using System.Linq;
using Xunit;

namespace CallOutcomeReport.Tests;

/// <summary>
/// A table added next to the others is a vendor of the export with no C# edit: this project compiles
/// Tables/amazon-connect-disconnect-reason.csv with the generator, and the sample gets its vendors from the registries.
/// </summary>
public sealed class NewTableTests
{
    private static readonly Vendor[] WithNewTable =
        Vendor.From(CallOutcomeReport.Tables.CodeTableRegistry.All.Concat(CallOutcomeReport.Tests.Tables.CodeTableRegistry.All));

    [Fact]
    public void An_export_is_classified_with_a_table_the_sample_has_never_heard_of()
    {
        using var file = TempFile.WithText("timestamp,vendor,code,code2,number\n"
            + "2025-06-02T08:00:00Z,amazon-connect,CUSTOMER_DISCONNECT,,+442079460101\n"
            + "2025-06-02T08:01:00Z,AmazonConnectDisconnectReason,TELECOM_PROBLEM,,+442079460102\n"
            + "2025-06-02T08:02:00Z,Amazon Connect,EXPIRED,,+442079460103\n"
            + "2025-06-02T08:03:00Z,q850,17,,+442079460104\n");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };

        var exit = ReportApp.Run([file.Path], stdout, stderr, ReportLimits.Default, WithNewTable);

        Assert.Equal((0, string.Empty), (exit, stderr.ToString()));
        var report = stdout.ToString();
        Assert.Contains("Rows:    4 data rows: 4 events classified, 0 bad rows skipped", report);
        Assert.Contains("amazon-connect-disconnect-reason: 3 events (Amazon Connect, table amazon-connect-disconnect-reason.csv)", report);
        Assert.Matches(@"\n  amazon-connect-disconnect-reason\s+1\s+0\s+1\s+1\s+3\n", report); // Connected, Unanswered, Failed, Unknown
        Assert.Matches(@"amazon-connect-disconnect-reason\s+EXPIRED\s+1\s+tables/amazon-connect-disconnect-reason\.csv", report); // a code to add
    }

    [Fact]
    public void Without_the_table_the_vendor_is_unknown_and_the_message_lists_the_tables()
    {
        using var file = TempFile.WithText("timestamp,vendor,code,code2,number\n2025-06-02T08:00:00Z,amazon-connect,CUSTOMER_DISCONNECT,,+442079460101\n");

        var run = AppRun.Of(file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2: unknown vendor 'amazon-connect': no table in tables/ has that file, enum or vendor name (known: asterisk-cdr-disposition, ", run.Stdout);
    }
}
