using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// Packs the CodeTables package and builds a project that has never been seen, the way a user would: a real
/// 'dotnet build' with only a PackageReference and CodeTable items. Only this catches a dependency missing from
/// analyzers/dotnet/cs (CS8785 in real builds, invisible to in-process generator tests).
/// </summary>
[Collection(PackageCollection.Name)]
public partial class PackageConsumerTests
{
    private readonly PackedPackage _package;

    public PackageConsumerTests(PackedPackage package) => _package = package;

    [Fact]
    public void Package_carries_runtime_generator_dependencies_and_msbuild_integration()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/netstandard2.0/CodeTables.dll", entries);
        Assert.Contains("lib/net8.0/CodeTables.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CodeTables.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CodeTables.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CodeTables.CodeFixes.dll", entries);
        // The generator reads CSV with its own reader: nothing else has to travel beside it.
        Assert.Equal(
            ["CodeTables.Analyzers.dll", "CodeTables.CodeFixes.dll", "CodeTables.Generator.dll"],
            entries.Where(e => e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal)).Select(e => e.Substring("analyzers/dotnet/cs/".Length)).Order(StringComparer.Ordinal));
        Assert.Contains("buildTransitive/CodeTables.props", entries);
        Assert.Contains("buildTransitive/CodeTables.targets", entries);
    }

    [Fact]
    public void A_new_project_gets_the_api_from_tables_it_has_never_seen()
    {
        var project = ConsumerProject.StrictExe(_package, "Consumer")
            .Property("RootNamespace", "Acme.Calls")
            .AllowLiteralCodes()
            .Item("<CodeTable Include=\"tables/**/*.csv\" />")
            .Item($"<CodeTable Include=\"{RepositoryPaths.Tables}/*.csv\" Namespace=\"Acme.Vendors\" />")
            .Write();

        // Integer codes with a range and an extra column.
        project.File("tables/pbx-release-cause.csv",
            "# vendor: Acme PBX\n# source: Acme admin guide\nCode,Name,Outcome,Retry,Description,Notes\n17,,Busy,,User busy,\"Q.850 17, also SIP 486\"\n613~619,AcdDisconnect,Failed,no,\"The ACD <disconnects> a call & \"\"*/\"\" stays text.\",\n");

        // String codes, no Name column, no directives.
        project.File("tables/dial-status.csv",
            "Code,Outcome,Description\nNOANSWER,NoAnswer,Nobody answered.\nCHANUNAVAIL,Unreachable,Channel unavailable.\nno-answer,NoAnswer,Lower-case variant.\n");

        // A composite key in a CRLF file.
        project.File("tables/missed-call.csv",
            "# key: MissedCallType, HangupCause\r\nMissedCallType,HangupCause,Outcome,Callback,Description\r\nRinging,CALL_REJECTED,Rejected,Yes,The agent pressed decline.\r\nTrying,,Failed,,Invalid routing.\r\n");

        project.File("Program.cs", """
            using System;
            using Acme.Calls;
            using CodeTables;

            PbxReleaseCauseExtensions.TryFromCode(615, out var cause);
            Console.WriteLine($"range:{cause.ToStringFast()}:{cause.ToCode()}:{cause.ToOutcome()}:{cause.IsRetryable()}");
            Console.WriteLine($"classify:{PbxReleaseCauseExtensions.Classify(17)}:{PbxReleaseCauseExtensions.Classify(18)}");
            Console.WriteLine($"description:{PbxReleaseCause.AcdDisconnect613.GetDescription()}");
            Console.WriteLine($"string:{DialStatusExtensions.FromCode("no-answer")}:{DialStatusExtensions.Classify("CHANUNAVAIL".AsSpan())}:{DialStatus.Noanswer.ToCode()}");
            Console.WriteLine($"composite:{MissedCallExtensions.Classify("Ringing", "CALL_REJECTED")}:{MissedCallExtensions.FromCode("Trying", "").ToStringFast()}:{MissedCall.RingingCallRejected.ToCode()}");
            try { PbxReleaseCauseExtensions.FromCode(999); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("throws:" + e.Message.Split('\n')[0]); }
            Console.WriteLine($"values:{PbxReleaseCauseExtensions.GetValues().Count}:{CallOutcome.Rejected.GetCategory()}");
            Console.WriteLine($"vendors:{Acme.Vendors.HuaweiCecReleaseCauseExtensions.Classify(537)}:{Acme.Vendors.Q850CauseExtensions.Classify(17)}:{Acme.Vendors.AsteriskOriginateReasonExtensions.Classify(8)}:{Acme.Vendors.NatterboxMissedCallExtensions.Classify("Ringing", "CALL_REJECTED")}");
            """);

        project.Build("-c", "Release");
        var lines = project.RunLines("Release");

        Assert.Contains("range:AcdDisconnect615:615:Failed:False", lines);
        Assert.Contains("classify:Busy:Unknown", lines);
        Assert.Contains("description:The ACD <disconnects> a call & \"*/\" stays text.", lines);
        Assert.Contains("string:NoAnswer:Unreachable:NOANSWER", lines);
        Assert.Contains("composite:Rejected:Trying:(Ringing, CALL_REJECTED)", lines);
        Assert.Contains(lines, l => l.StartsWith("throws:'999' is not a code of the table pbx-release-cause.csv", StringComparison.Ordinal));
        Assert.Contains("values:8:Unanswered", lines);
        Assert.Contains("vendors:Busy:Busy:Congestion:Rejected", lines); // this repository's tables, through the package // 17 and the seven codes 613..619

        var docs = File.ReadAllText(project.PathOf("bin/Release/net10.0/Consumer.xml"));
        Assert.Contains("The ACD &lt;disconnects&gt; a call &amp; \"*/\" stays text.", docs);
    }

    [Fact]
    public void Broken_tables_are_reported_at_their_lines_and_the_good_table_still_generates()
    {
        var project = ConsumerProject.Create(_package, "Broken")
            .Property("Nullable", "enable")
            .Property("RootNamespace", "Acme")
            .Item("<CodeTable Include=\"tables/*.csv\" />")
            .Write();
        project.File("tables/good.csv", "Code,Outcome\n1,Busy\n2,Failed\n");
        project.File("tables/quote.csv", "Code,Outcome,Description\n1,Busy,ok\n2,Busy,\"never closed\n");
        project.File("tables/nocode.csv", "Id,Outcome\n1,Busy\n");
        project.File("tables/dup.csv", "Code,Outcome\n17,Busy\n17,Failed\n");
        project.File("tables/typo.csv", "Code,Outcome\n1,Busy\n2,Bussy\n");
        project.File("tables/retry.csv", "Code,Outcome,Retry\n1,Busy,maybe\n");
        project.File("tables/range.csv", "Code,Outcome\n613~619,Failed\n615,Busy\n");
        project.File("tables/names.csv", "Code,Outcome\nno-answer,NoAnswer\nno_answer,NoAnswer\n");
        project.File("tables/directive.csv", "# enmu: Foo\nCode,Outcome\n1,Busy\n");
        project.File("Use.cs", "namespace Acme; public static class Use { public static CodeTables.CallOutcome M() => GoodExtensions.Classify(1); }");

        var result = project.Run("build", "-nodeReuse:false");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("tables/quote.csv(3,8): error CT0001:", result.Output);
        Assert.Contains("tables/nocode.csv(1,1): error CT0003:", result.Output);
        Assert.Contains("tables/dup.csv(3,1): error CT0006:", result.Output);
        Assert.Contains("did you mean 'Busy'?", result.Output);
        Assert.Contains("tables/typo.csv(3,3): error CT0010:", result.Output);
        Assert.Contains("tables/retry.csv(2,8): error CT0011:", result.Output);
        Assert.Contains("tables/range.csv(3,1): error CT0007:", result.Output);
        Assert.Contains("tables/names.csv(3,1): error CT0008:", result.Output);
        Assert.Contains("tables/directive.csv(1,1): warning CT0012:", result.Output);
        Assert.DoesNotContain("error CS", result.Output); // no crash (CS8785), and the good table generated: Use.cs compiles
    }
}
