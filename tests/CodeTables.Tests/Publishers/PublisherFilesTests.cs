using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeTables.Tests.Publishers;

/// <summary>
/// Publishers' code lists used as published (tests/CodeTables.Tests/Fixtures/Publishers), with nothing but directive
/// lines or item metadata added: they generate, their codes round-trip, and names come from the publisher's text.
/// </summary>
public class PublisherFilesTests
{
    public static string Fixture(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "CodeTables.Tests", "Fixtures", "Publishers", name));

    private static Dictionary<string, string> Metadata(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static IEnumerable<string> Ids(GeneratorRun run) => run.Diagnostics.Select(d => d.Id);

    [Fact]
    public void Iana_sip_response_codes_with_two_directive_lines()
    {
        var run = GeneratorHarness.Run(new TableFile("/p/sip.csv", "# key: Number\n# columns: Name=Description\n" + Fixture("sip-parameters-7.csv")));

        // The registry's class headings (1xx: Provisional ...) are reported and skipped; the table stays integer.
        Assert.All(run.Diagnostics, d => Assert.Equal("CT0027", d.Id));
        Assert.Equal([4, 11, 15, 21, 32, 35], run.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);

        var extensions = Reflect.Type(run.Load(), "Consumer.SipExtensions");
        Assert.Equal("BusyHere", Reflect.Call(extensions, "FromCode", 486)!.ToString());
        Assert.Equal("NotAcceptable406", Reflect.Call(extensions, "FromCode", 406)!.ToString());
        Assert.Equal("NotAcceptable606", Reflect.Call(extensions, "FromCode", 606)!.ToString());
        Assert.Equal("NotAcceptableHere", Reflect.Call(extensions, "FromCode", 488)!.ToString());
        Assert.Equal("AcceptedDeprecated", Reflect.Call(extensions, "FromCode", 202)!.ToString());
        Assert.Equal("Busy Here", Reflect.Call(extensions, "GetDescription", Reflect.Call(extensions, "FromCode", 486)));
        foreach (var code in new[] { 100, 180, 199, 200, 302, 404, 486, 503, 600, 603, 607, 608 })
        {
            Assert.Equal(code, Reflect.Call(extensions, "ToCode", Reflect.Call(extensions, "FromCode", code)));
        }

        // Commenting the headings out (or stating the type) makes the same file clean.
        var commented = Fixture("sip-parameters-7.csv").Replace("\n1xx:", "\n# 1xx:").Replace("\n2xx:", "\n# 2xx:").Replace("\n3xx:", "\n# 3xx:")
            .Replace("\n4xx:", "\n# 4xx:").Replace("\n5xx:", "\n# 5xx:").Replace("\n6xx:", "\n# 6xx:");
        GeneratorHarness.Run(new TableFile("/p/sip.csv", "# key: Number\n# columns: Name=Description\n" + commented)).AssertClean();
    }

    [Fact]
    public void FreeSwitch_hangup_causes_with_item_metadata_only()
    {
        var byName = GeneratorHarness.Run(new TableFile("/p/fs.csv", Fixture("freeswitch-hangup-causes.csv"), Metadata(("Key", "Enumeration"), ("Columns", "Description=Cause")))).AssertClean();
        var names = Reflect.Type(byName.Load(), "Consumer.FsExtensions");
        var busy = Reflect.Call(names, "FromCode", "USER_BUSY");
        Assert.Equal("UserBusy", busy!.ToString());
        Assert.Equal("User busy", Reflect.Call(names, "GetDescription", busy));
        Assert.Equal("USER_BUSY", Reflect.Call(names, "ToCode", busy));

        var byNumber = GeneratorHarness.Run(new TableFile("/p/fs.csv", Fixture("freeswitch-hangup-causes.csv"), Metadata(("Key", "ITU-T Q.850 Code"), ("Columns", "Name=Enumeration, Description=Cause")))).AssertClean();
        var numbers = Reflect.Type(byNumber.Load(), "Consumer.FsExtensions");
        Assert.Equal("UserBusy", Reflect.Call(numbers, "FromCode", 17)!.ToString());
        Assert.Equal("Protocol error, unspecified", Reflect.Call(numbers, "GetDescription", Reflect.Call(numbers, "FromCode", 111)));
        Assert.Equal(17, Reflect.Call(numbers, "ToCode", Reflect.Call(numbers, "FromCode", 17)));
    }

    [Fact]
    public void Asterisk_dialstatus_and_cdr_dispositions()
    {
        var dial = GeneratorHarness.Run(new TableFile("/p/dialstatus.csv", "# key: Value\n" + Fixture("asterisk-dialstatus.csv"))).AssertClean();
        var dialStatus = Reflect.Type(dial.Load(), "Consumer.DialstatusExtensions");
        Assert.Equal("Chanunavail", Reflect.Call(dialStatus, "FromCode", "CHANUNAVAIL")!.ToString());
        Assert.Equal("Called party did not answer.", Reflect.Call(dialStatus, "GetDescription", Reflect.Call(dialStatus, "FromCode", "NOANSWER")));

        // NO ANSWER (with a space) names two flags in cdr.c: by value, both are members and their names carry the code.
        var cdr = GeneratorHarness.Run(new TableFile("/p/cdr.csv", "# key: Value\n# columns: Name=Disposition\n" + Fixture("asterisk-cdr-disposition.csv"))).AssertClean();
        var disposition = Reflect.Type(cdr.Load(), "Consumer.CdrExtensions");
        Assert.Equal("NoAnswer0", Reflect.Call(disposition, "FromCode", 0)!.ToString());
        Assert.Equal("NoAnswer1", Reflect.Call(disposition, "FromCode", 1)!.ToString());
        Assert.Equal("Congestion", Reflect.Call(disposition, "FromCode", 16)!.ToString());

        // Keyed by the disposition text, "NO ANSWER" is one code written twice: an error at the second row.
        var byText = GeneratorHarness.Run(new TableFile("/p/cdr.csv", "# key: Disposition\n" + Fixture("asterisk-cdr-disposition.csv")));
        var duplicate = Assert.Single(byText.Diagnostics);
        Assert.Equal(("CT0006", 4), (duplicate.Id, duplicate.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Equal("NoAnswer", Reflect.Call(Reflect.Type(byText.Load(), "Consumer.CdrExtensions"), "FromCode", "NO ANSWER")!.ToString());
    }

    [Fact]
    public void Twilio_call_status()
    {
        var run = GeneratorHarness.Run(new TableFile("/p/twilio.csv", Fixture("twilio-call-status.csv"), Metadata(("Key", "Status")))).AssertClean();
        var extensions = Reflect.Type(run.Load(), "Consumer.TwilioExtensions");
        foreach (var status in new[] { "queued", "ringing", "in-progress", "canceled", "completed", "busy", "no-answer", "failed" })
        {
            Assert.Equal(status, Reflect.Call(extensions, "ToCode", Reflect.Call(extensions, "FromCode", status)));
        }

        Assert.Equal("InProgress", Reflect.Call(extensions, "FromCode", "in-progress")!.ToString());
    }

    [Fact]
    public void Codes_whose_digit_groups_would_run_together_get_distinct_names()
    {
        var run = GeneratorHarness.Run(new TableFile("/p/codes.csv", "Code,Description\nCODE_1_31_231,a\nCODE_1_3_1231,b\nv1.2,c\nv12,d\n")).AssertClean();
        var extensions = Reflect.Type(run.Load(), "Consumer.CodesExtensions");

        Assert.Equal("Code1_31_231", Reflect.Call(extensions, "FromCode", "CODE_1_31_231")!.ToString());
        Assert.Equal("Code1_3_1231", Reflect.Call(extensions, "FromCode", "CODE_1_3_1231")!.ToString());
        Assert.Equal("V1_2", Reflect.Call(extensions, "FromCode", "v1.2")!.ToString());
        Assert.Equal("V12", Reflect.Call(extensions, "FromCode", "v12")!.ToString());
    }

    [Fact]
    public void An_explicit_Name_that_collides_is_still_an_error()
    {
        var run = GeneratorHarness.Run(new TableFile("/p/acme.csv", "Code,Name\n406,NotAcceptable\n606,NotAcceptable\n"));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CT0008", diagnostic.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, 4), diagnostic.Location.GetLineSpan().StartLinePosition);
    }
}

/// <summary>
/// The same table saved the ways Excel saves it. Each variant either reads exactly as the analyst meant (the same
/// generated source as the plain file) or stops at the right line with a diagnostic; none is silent.
/// </summary>
public class ExcelVariantsTests
{
    private const string Plain = "# enum: Acme\n# vendor: Asterisk\nCode,Outcome,Description\nbusy,Busy,Caf\u00E9 \u2013 busy\nno-answer,NoAnswer,Nobody answered\n";

    private static string Generate(string text, params string[] expectedIds)
    {
        var run = GeneratorHarness.Run(new TableFile("/p/acme.csv", text));
        Assert.Equal(expectedIds, run.Diagnostics.Select(d => d.Id));
        Assert.DoesNotContain(run.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);
        return run.Source("Consumer.Acme.g.cs");
    }

    private static readonly Lazy<string> Expected = new(() => Generate(Plain));

    [Fact]
    public void Crlf_with_a_bom_reads_the_same()
        => Assert.Equal(Expected.Value, Generate("\uFEFF" + Plain.Replace("\n", "\r\n")));

    [Fact]
    public void Padding_of_empty_columns_on_every_line_reads_the_same()
    {
        var padded = string.Join("\r\n", Plain.TrimEnd('\n').Split('\n').Select(l => l + ",,,")) + "\r\n,,,,,,\r\n";
        Assert.Equal(Expected.Value, Generate(padded));
        Assert.Contains("Vendor = \"Asterisk\"", Expected.Value);
    }

    [Fact]
    public void Semicolon_and_tab_delimited_files_read_the_same()
    {
        Assert.Equal(Expected.Value, Generate(Plain.Replace(',', ';')));
        Assert.Equal(Expected.Value, Generate(Plain.Replace(',', '\t')));
        Assert.Equal(Expected.Value, Generate("# delimiter: ;\n" + Plain.Replace(',', ';')));
        Assert.Equal(Expected.Value, Generate("# delimiter: tab\n" + Plain.Replace(',', '\t')));
    }

    [Fact]
    public void Excel_quoted_directive_cells_are_directives()
        => Assert.Equal(Expected.Value, Generate("\"# enum: Acme\";;\n\"# vendor: Asterisk\";;\n" + Plain.Substring(Plain.IndexOf("Code", StringComparison.Ordinal)).Replace(',', ';')));

    [Fact]
    public void Trailing_spaces_in_codes_are_trimmed_and_reported()
        => Assert.Equal(Expected.Value, Generate(Plain.Replace("busy,Busy", "busy ,Busy").Replace("no-answer,", " no-answer,"), "CT0028", "CT0028"));

    [Fact]
    public void Windows_1252_text_is_reported_never_silent()
    {
        // What the compiler hands a generator for a Windows-1252 file: its bytes decoded as UTF-8, bad bytes as U+FFFD.
        var bytes = Encoding.Latin1.GetBytes(Plain.Replace('\u2013', '-'));
        var decoded = Encoding.UTF8.GetString(bytes);
        Assert.Contains('\uFFFD', decoded);

        var run = GeneratorHarness.Run(new TableFile("/p/acme.csv", decoded));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("CT0030", 4), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1));
    }

    [Fact]
    public void Section_headings_and_notes_after_the_header_are_comments()
        => Assert.Equal(Expected.Value, Generate(Plain.Replace("no-answer,", "# Unanswered calls,,\n  # a note, with a comma\nno-answer,")));
}
