using System;
using System.IO;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// A consumer of the packed package with decision tables over the shipped tables: FreeSWITCH cause x answered, SIP
/// status class ranges x answered (ranges over an integer-coded table), Natterbox-style pairs with '*'. It builds
/// warning-free (TreatWarningsAsErrors, docs on) at C# 7.3 and latest, and decides as its rows say.
/// </summary>
[Collection(PackageCollection.Name)]
public class DecisionConsumerTests
{
    private readonly PackedPackage _package;

    public DecisionConsumerTests(PackedPackage package) => _package = package;

    [Theory]
    [InlineData("7.3")]
    [InlineData("latest")]
    public void Decision_tables_over_shipped_tables_build_warning_free_and_decide(string langVersion)
    {
        var consumer = ConsumerProject.Create(_package, "Decisions" + langVersion.Replace(".", string.Empty, StringComparison.Ordinal))
            .Property("OutputType", "Exe")
            .Property("LangVersion", langVersion)
            .Property("Nullable", langVersion == "7.3" ? "disable" : "enable")
            .Property("TreatWarningsAsErrors", "true")
            .Property("GenerateDocumentationFile", "true")
            .Property("RootNamespace", "Acme.Calls")
            .Item("<CodeTable Include=\"tables/*.csv\" />")
            .Write();
        foreach (var shipped in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tables"), "*.csv"))
        {
            consumer.File("tables/" + Path.GetFileName(shipped), File.ReadAllBytes(shipped));
        }

        consumer.File("tables/freeswitch-call.csv", """
            # inputs: HangupCause=FreeSwitchHangupCause, Answered=bool
            # hit-policy: first
            HangupCause,Answered,Name,Outcome
            NORMAL_CLEARING|NORMAL_UNSPECIFIED,yes,Talked,Answered
            NORMAL_CLEARING|NORMAL_UNSPECIFIED|NO_ANSWER,no,NotAnswered,NoAnswer
            USER_BUSY,*,Busy,Busy
            *,yes,AnsweredOther,Answered
            *,*,Other,Unknown

            """);
        consumer.File("tables/sip-class.csv", """
            # inputs: Status=SipResponse, Answered=bool
            # hit-policy: first
            Status,Answered,Name,Outcome
            200..299,yes,Answered,Answered
            486|600,*,Busy,Busy
            400..499,*,ClientError,Rejected
            500..599,*,ServerError,Failed
            *,*,Other,Unknown

            """);
        consumer.File("tables/missed-pairs.csv", """
            # inputs: MissedCallType=string, HangupCause=FreeSwitchHangupCause
            # complete: no
            MissedCallType,HangupCause,Name,Outcome,Description
            Ringing,NO_ANSWER|ALLOTTED_TIMEOUT,RingingNoAnswer,NoAnswer,Nobody picked up.
            Ringing,!NO_ANSWER|ALLOTTED_TIMEOUT,RingingOther,Unknown,
            All Busy,*,AllBusy,Busy,Every device was busy.
            No Devices,*,NoDevices,Unreachable,

            """);
        consumer.File("Program.cs", """
            using System;
            using Acme.Calls;

            internal static class Program
            {
                private static void Main()
                {
                    Console.WriteLine("fs:" + FreeswitchCallExtensions.Decide(FreeSwitchHangupCause.NormalClearing, false) + ":" + FreeswitchCallExtensions.Classify(FreeSwitchHangupCause.NormalClearing, true));
                    Console.WriteLine("sip:" + SipClassExtensions.Decide(SipResponse.BusyHere, false) + ":" + SipClassExtensions.Decide(SipResponse.NotFound, false) + ":" + SipClassExtensions.Decide(SipResponse.Ok, true));
                    MissedPairs rule;
                    var found = MissedPairsExtensions.TryDecide("Ringing", FreeSwitchHangupCause.AllottedTimeout, out rule);
                    Console.WriteLine("pairs:" + found + ":" + rule + ":" + MissedPairsExtensions.Classify("Trying", FreeSwitchHangupCause.UserBusy));
                    Console.WriteLine("text:" + (MissedPairsTable.Instance.TryFind(new[] { "All Busy", "SOMETHING_NEW" }, out var entry) ? "True:" + entry.Name : "False"));
                }
            }
            """);

        consumer.Build("-c", "Release");
        var lines = consumer.RunLines("Release");

        Assert.Contains("fs:NotAnswered:Answered", lines);
        Assert.Contains("sip:Busy:ClientError:Answered", lines);
        Assert.Contains("pairs:True:RingingNoAnswer:Unknown", lines);
        Assert.Contains("text:True:AllBusy", lines);
    }
}
