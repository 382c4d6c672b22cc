using System;
using System.IO;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// A consumer of the packed package whose tables reference each other (single and list references, one of them a
/// composite key column): the typed Get accessors work in a real build, and a code missing from its target is an
/// error at its cell while everything else still generates.
/// </summary>
[Collection(PackageCollection.Name)]
public class ReferenceConsumerTests
{
    private readonly PackedPackage _package;

    public ReferenceConsumerTests(PackedPackage package) => _package = package;

    private ConsumerProject CreateProject(string name, string refusalBusyCauses)
    {
        var project = ConsumerProject.StrictExe(_package, name)
            .Property("RootNamespace", "Acme.Calls")
            .Item("<CodeTable Include=\"tables/*.csv\" />")
            .Write();
        project.File("tables/q850-cause.csv",
            "Code,Name,Outcome,Description\n16,NormalClearing,Answered,Normal call clearing.\n17,UserBusy,Busy,User busy.\n19,NoAnswer,NoAnswer,No answer from user.\n34,NoCircuit,Congestion,No circuit available.\n");
        project.File("tables/hangup-cause.csv",
            "# references: Q850=Q850Cause\nCode,Outcome,Q850,Description\nUSER_BUSY,Busy,17,Busy.\nNO_ANSWER,NoAnswer,19,Nobody answered.\nLOSE_RACE,AnsweredElsewhere,,Another leg answered.\n");
        project.File("tables/refusal-reason.csv",
            $"# references: CauseCodes=Q850Cause[]\nCode,Outcome,CauseCodes,Description\nBusy,Busy,\"{refusalBusyCauses}\",The line was busy.\nNoAnswer,NoAnswer,19,Nobody answered.\n");
        project.File("tables/missed-call.csv",
            "# key: MissedCallType, HangupCause\n# references: HangupCause=HangupCause\nMissedCallType,HangupCause,Name,Outcome,Description\nRinging,NO_ANSWER,RingingNoAnswer,NoAnswer,Nobody picked up.\nNo Devices,,NoDevices,Unreachable,No device.\n");
        project.File("Program.cs", """
            using System;
            using Acme.Calls;

            Console.WriteLine($"single:{HangupCause.UserBusy.GetQ850()}:{HangupCause.LoseRace.GetQ850() is null}");
            Console.WriteLine($"list:{string.Join("+", RefusalReason.Busy.GetCauseCodes())}:{RefusalReason.Busy.GetCauseCodes().Count}");
            Console.WriteLine($"key:{MissedCall.RingingNoAnswer.GetHangupCause()}:{MissedCall.RingingNoAnswer.GetHangupCause()?.GetQ850()}:{MissedCall.NoDevices.GetHangupCause() is null}");
            """);
        return project;
    }

    [Fact]
    public void Typed_accessors_follow_references_in_a_real_build()
    {
        var project = CreateProject("References", "17, 34");
        project.Build("-c", "Release");
        var lines = project.RunLines("Release");

        Assert.Contains("single:UserBusy:True", lines);
        Assert.Contains("list:UserBusy+NoCircuit:2", lines);
        Assert.Contains("key:NoAnswer:NoAnswer:True", lines);
    }

    [Fact]
    public void A_code_missing_from_the_target_is_an_error_at_its_cell_and_the_rest_generates()
    {
        // 43 is not in q850-cause.csv: the cell "17; 43" is on line 3, after "Busy,Busy," (column 11).
        var project = CreateProject("ReferenceTypo", "17; 43");
        var result = project.Run("build", "-nodeReuse:false");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("tables/refusal-reason.csv(3,11): error CT0044:", result.Output);
        Assert.Contains("code '43' in the CauseCodes column on line 3 is not a code of Acme.Calls.Q850Cause ('q850-cause.csv') (nearest codes: 17, 19, 34)", result.Output);

        // Program.cs uses every accessor, the broken row's included: it compiles, so everything else was generated.
        Assert.DoesNotContain("error CS", result.Output);
    }
}
