using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CodeTables.Tests.Harness;
using CodeTables.Tests.Publishers;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// Publishers' code lists as they lay them out, built by a consumer of the packed package with nothing but directive
/// lines or item metadata added; tables are Watch items; a Visual Basic project is told why it gets nothing.
/// </summary>
[Collection(PackageCollection.Name)]
public class PublisherFilesEndToEndTests
{
    private readonly PackedPackage _package;

    public PublisherFilesEndToEndTests(PackedPackage package) => _package = package;

    [Fact]
    public void Publisher_files_build_as_published_with_directives_or_metadata_only()
    {
        var project = ConsumerProject.Create(_package, "Publishers")
            .Property("OutputType", "Exe")
            .Property("Nullable", "enable")
            .Property("RootNamespace", "Publishers")
            .AllowLiteralCodes()
            .Item("<CodeTable Update=\"CodeTables/freeswitch-hangup-causes.csv\" Key=\"Enumeration\" Columns=\"Description=Cause\" />")
            .Item("<CodeTable Update=\"CodeTables/asterisk-dialstatus.csv\" Key=\"Value\" />")
            .Item("<CodeTable Update=\"CodeTables/asterisk-cdr-disposition.csv\" Key=\"Value\" Columns=\"Name=Disposition\" />")
            .Item("<CodeTable Update=\"CodeTables/twilio-call-status.csv\" Key=\"Status\" />")
            .Write();
        foreach (var name in new[] { "freeswitch-hangup-causes.csv", "asterisk-dialstatus.csv", "asterisk-cdr-disposition.csv", "twilio-call-status.csv" })
        {
            project.File("CodeTables/" + name, PublisherFilesTests.Fixture(name));
        }

        // The IANA registry with two directive lines above its header, its class headings left in.
        project.File("CodeTables/sip-parameters-7.csv", "# key: Number\n# columns: Name=Description\n" + PublisherFilesTests.Fixture("sip-parameters-7.csv"));
        project.File("CodeTables/digit-codes.csv", "Code,Description\nCODE_1_31_231,first\nCODE_1_3_1231,second\n");

        // Saved by Excel as plain "CSV": Windows-1252, so 'é' is the single byte 0xE9.
        project.File("CodeTables/ansi.csv", Encoding.Latin1.GetBytes("Code,Description\n1,Caf\u00E9\n"));

        project.File("Program.cs", """
            using System;
            using Publishers;

            SipParameters7Extensions.TryFromCode(100, out var trying);
            Console.WriteLine($"sip:{SipParameters7Extensions.FromCode(486)}:{SipParameters7Extensions.FromCode(406)}:{SipParameters7Extensions.FromCode(606)}:{SipParameters7.BusyHere.ToCode()}:{trying}:{SipParameters7Extensions.GetValues().Count}");
            Console.WriteLine($"fs:{FreeswitchHangupCausesExtensions.FromCode("USER_BUSY")}:{FreeswitchHangupCauses.UserBusy.GetDescription()}:{FreeswitchHangupCauses.UserBusy.ToCode()}");
            Console.WriteLine($"dial:{AsteriskDialstatusExtensions.FromCode("NOANSWER")}:{AsteriskDialstatus.Chanunavail.ToCode()}");
            Console.WriteLine($"cdr:{AsteriskCdrDispositionExtensions.FromCode(0)}:{AsteriskCdrDispositionExtensions.FromCode(1)}:{AsteriskCdrDisposition.Congestion.ToCode()}");
            Console.WriteLine($"twilio:{TwilioCallStatusExtensions.FromCode("in-progress")}:{TwilioCallStatus.NoAnswer.ToCode()}");
            Console.WriteLine($"digits:{DigitCodes.Code1_31_231.ToCode()}:{DigitCodes.Code1_3_1231.ToCode()}");
            """);

        var build = project.Build();

        // The registry's six class headings are reported at their lines and skipped; the Windows-1252 file is reported.
        foreach (var line in new[] { 4, 11, 15, 21, 32, 35 })
        {
            Assert.True(build.Contains($"sip-parameters-7.csv({line},1): warning CT0027:", StringComparison.Ordinal), build);
        }

        Assert.Contains("ansi.csv(2,1): warning CT0030:", build);

        var lines = project.RunLines();
        Assert.Contains("sip:BusyHere:NotAcceptable406:NotAcceptable606:486:Trying:32", lines);
        Assert.Contains("fs:UserBusy:User busy:USER_BUSY", lines);
        Assert.Contains("dial:Noanswer:CHANUNAVAIL", lines);
        Assert.Contains("cdr:NoAnswer0:NoAnswer1:16", lines);
        Assert.Contains("twilio:InProgress:no-answer", lines);
        Assert.Contains("digits:CODE_1_31_231:CODE_1_3_1231", lines);

        // 'dotnet watch' rebuilds on a table edit: every table is a Watch item.
        var items = project.Succeed("msbuild", "-getItem:Watch", "-nodeReuse:false");
        using var json = JsonDocument.Parse(items);
        var watched = json.RootElement.GetProperty("Items").GetProperty("Watch").EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()).ToHashSet();
        foreach (var table in Directory.GetFiles(project.PathOf("CodeTables"), "*.csv"))
        {
            Assert.Contains(table, watched);
        }
    }

    [Fact]
    public void A_visual_basic_project_with_tables_is_told_why_it_gets_nothing()
    {
        var project = ConsumerProject.Create(_package, "VbTables", extension: ".vbproj")
            .Property("RootNamespace", "VbTables")
            .Write();
        project.File("CodeTables/q850.csv", "Code,Outcome\n17,Busy\n");
        project.File("Module1.vb", "Public Module Module1\nEnd Module\n");

        var build = project.Build();

        var warnings = build.Split('\n').Where(l => l.Contains("warning CT0031:", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("VbTables.vbproj", warning);
        Assert.Contains("CodeTables generates C# only", warning);
        Assert.Contains("this VB project", warning);
    }
}
