using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using CodeTables.Generator;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeTables.Tests.Generator;

/// <summary>
/// References between tables (docs/table-format.md, "References between tables"): the typed accessors for single,
/// list and key references, to a table of the same project and to a code table of a referenced assembly, and caching.
/// </summary>
public class ReferenceTests
{
    /// <summary>The target: an integer table, like Q.850.</summary>
    internal static readonly TableFile Q850 = new("/p/tables/q850.csv", """
        # enum: Q850Cause
        Code,Name,Outcome,Description
        16,NormalClearing,Answered,Normal call clearing.
        17,UserBusy,Busy,User busy.
        18,NoUserResponding,Unreachable,No user responding.
        19,NoAnswer,NoAnswer,No answer from user (user alerted).
        34,NoCircuit,Congestion,No circuit/channel available.

        """);

    /// <summary>A string table (FreeSWITCH-like) whose single reference column names Q.850 causes.</summary>
    internal static readonly TableFile Hangup = new("/p/tables/hangup.csv", """
        # enum: HangupCause
        # references: Q850=Q850Cause
        Code,Outcome,Q850,Description
        USER_BUSY,Busy,17,The callee is busy.
        NO_ANSWER,NoAnswer,19,Nobody answered.
        LOSE_RACE,AnsweredElsewhere,,Another leg answered first.

        """);

    /// <summary>A list reference (NICE-like): each cell lists Q.850 causes, separated by commas or semicolons.</summary>
    internal static readonly TableFile Refusal = new("/p/tables/refusal.csv", """
        # enum: RefusalReason
        # references: CauseCodes=Q850Cause[]
        Code,Outcome,CauseCodes,Description
        Busy,Busy,"17, 34",The line was busy.
        NoAnswer,NoAnswer,19 ; 18,Nobody answered.
        Congested,Congestion,"34,17",The network was congested.
        Other,Unknown,,No cause codes listed.

        """);

    /// <summary>A composite key whose HangupCause part references the string table.</summary>
    internal static readonly TableFile Missed = new("/p/tables/missed.csv", """
        # enum: MissedCall
        # key: MissedCallType, HangupCause
        # references: HangupCause=HangupCause
        MissedCallType,HangupCause,Name,Outcome,Description
        Ringing,NO_ANSWER,RingingNoAnswer,NoAnswer,Nobody picked up.
        Busy,USER_BUSY,BusyUserBusy,Busy,The agent was busy.
        No Devices,,NoDevices,Unreachable,No device was registered.

        """);

    private const string Probe = """
        using System.Collections.Generic;
        namespace Consumer
        {
            internal static class Probe
            {
                // Typed: these lines compile only if the accessors have the documented signatures.
                public static Q850Cause? BusyCause() => HangupCause.UserBusy.GetQ850();
                public static Q850Cause? RaceCause() => HangupCause.LoseRace.GetQ850();
                public static IReadOnlyList<Q850Cause> BusyCauses() => RefusalReason.Busy.GetCauseCodes();
                public static IReadOnlyList<Q850Cause> NoAnswerCauses() => RefusalReason.NoAnswer.GetCauseCodes();
                public static IReadOnlyList<Q850Cause> CongestedCauses() => RefusalReason.Congested.GetCauseCodes();
                public static IReadOnlyList<Q850Cause> OtherCauses() => RefusalReason.Other.GetCauseCodes();
                public static IReadOnlyList<Q850Cause> NotAMember() => ((RefusalReason)99).GetCauseCodes();
                public static HangupCause? RingingCause() => MissedCall.RingingNoAnswer.GetHangupCause();
                public static HangupCause? NoDevicesCause() => MissedCall.NoDevices.GetHangupCause();
                public static Q850Cause? Chained() => MissedCall.BusyUserBusy.GetHangupCause()?.GetQ850();
            }
        }
        """;

    private static object? Call(Assembly assembly, string method) => Reflect.Call(Reflect.Type(assembly, "Consumer.Probe"), method);

    private static object Member(Assembly assembly, string type, string name) => Reflect.Member(assembly, "Consumer." + type, name);

    [Fact]
    public void Single_list_and_key_references_to_tables_of_the_same_project()
    {
        var run = GeneratorHarness.Run([Q850, Hangup, Refusal, Missed], Probe).AssertClean();
        var assembly = run.Load();

        Assert.Equal(Member(assembly, "Q850Cause", "UserBusy"), Call(assembly, "BusyCause"));
        Assert.Null(Call(assembly, "RaceCause"));
        Assert.Equal(new[] { Member(assembly, "Q850Cause", "UserBusy"), Member(assembly, "Q850Cause", "NoCircuit") }, ((System.Collections.IEnumerable)Call(assembly, "BusyCauses")!).Cast<object>());
        Assert.Equal(new[] { Member(assembly, "Q850Cause", "NoAnswer"), Member(assembly, "Q850Cause", "NoUserResponding") }, ((System.Collections.IEnumerable)Call(assembly, "NoAnswerCauses")!).Cast<object>());
        Assert.Equal(new[] { Member(assembly, "Q850Cause", "NoCircuit"), Member(assembly, "Q850Cause", "UserBusy") }, ((System.Collections.IEnumerable)Call(assembly, "CongestedCauses")!).Cast<object>());
        Assert.Empty((System.Collections.IEnumerable)Call(assembly, "OtherCauses")!);
        Assert.Empty((System.Collections.IEnumerable)Call(assembly, "NotAMember")!);
        Assert.Equal(Member(assembly, "HangupCause", "NoAnswer"), Call(assembly, "RingingCause"));
        Assert.Null(Call(assembly, "NoDevicesCause"));
        Assert.Equal(Member(assembly, "Q850Cause", "UserBusy"), Call(assembly, "Chained"));
    }

    [Fact]
    public void List_accessors_do_not_allocate_and_cannot_be_changed()
    {
        var assembly = GeneratorHarness.Run([Q850, Hangup, Refusal, Missed], Probe).Load();
        var busy = Call(assembly, "BusyCauses");
        Assert.Same(busy, Call(assembly, "BusyCauses"));
        Assert.Same(Call(assembly, "OtherCauses"), Call(assembly, "NotAMember"));
        var list = Assert.IsAssignableFrom<System.Collections.IList>(busy);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = list[1]);
    }

    [Fact]
    public void Docs_name_both_tables_and_remarks_link_the_referenced_members()
    {
        var run = GeneratorHarness.Run([Q850, Hangup, Refusal, Missed]).AssertClean();
        var hangup = run.Source("Consumer.HangupCause.g.cs");

        // A key column's reference: the code shows the cell, the remarks link the member it names.
        var missed = run.Source("Consumer.MissedCall.g.cs");
        Assert.Contains("HangupCause: <see cref=\"global::Consumer.HangupCause.NoAnswer\"/>", missed);
        Assert.Contains("public static global::Consumer.Q850Cause? GetQ850(this __Enum value)", hangup);
        Assert.Contains("<see cref=\"global::Consumer.Q850Cause\"/> (<c>q850.csv</c>)", hangup);
        Assert.Contains("<see cref=\"global::Consumer.HangupCause\"/> (<c>hangup.csv</c>)", hangup);
        Assert.Contains("Q850: <see cref=\"global::Consumer.Q850Cause.UserBusy\"/>", hangup);

        var refusal = run.Source("Consumer.RefusalReason.g.cs");
        Assert.Contains("public static global::System.Collections.Generic.IReadOnlyList<global::Consumer.Q850Cause> GetCauseCodes(this __Enum value)", refusal);
        Assert.Contains("CauseCodes: <see cref=\"global::Consumer.Q850Cause.UserBusy\"/>, <see cref=\"global::Consumer.Q850Cause.NoCircuit\"/>", refusal);
    }

    [Fact]
    public void References_metadata_on_the_item_works_like_the_directive()
    {
        var table = new TableFile("/p/tables/plain.csv", "Code,Cause\nA,17\nB,\n", new Dictionary<string, string> { ["References"] = "Cause=Q850Cause" });
        var run = GeneratorHarness.Run([Q850, table], "namespace Consumer { internal static class Probe { public static Q850Cause? A() => Plain.A.GetCause(); } }").AssertClean();
        var assembly = run.Load();
        Assert.Equal(Member(assembly, "Q850Cause", "UserBusy"), Call(assembly, "A"));
    }

    [Fact]
    public void References_to_code_tables_of_a_referenced_assembly_read_their_metadata()
    {
        // The library: Q850Cause (integer codes) and HangupCause (string codes, carried by [CodeTableMember]).
        var parseOptions = GeneratorHarness.ParseOptions();
        var libraryTables = new[] { Q850, Hangup with { Text = Hangup.Text.Replace("# references: Q850=Q850Cause\n", string.Empty) } };
        var library = GeneratorHarness.RunDriver(
            GeneratorHarness.CreateDriver(libraryTables, new Dictionary<string, string> { ["RootNamespace"] = "Telephony" }, parseOptions),
            GeneratorHarness.CreateCompilation(null, parseOptions).WithAssemblyName("Telephony")).AssertClean();
        var image = Emit(library.Output);

        // The consumer names one target by its simple name and one by its full name.
        var consumerTable = new TableFile("/p/tables/platform.csv", """
            # references: Q850=Q850Cause, Causes=Telephony.HangupCause[]
            Code,Q850,Causes,Description
            1,17,USER_BUSY,Busy.
            2,,NO_ANSWER; USER_BUSY,Unanswered.

            """);
        const string source = """
            namespace Consumer
            {
                internal static class Probe
                {
                    public static object? One() => Platform.Code1.GetQ850();
                    public static object Two() => Platform.Code2.GetCauses();
                }
            }
            """;
        var compilation = GeneratorHarness.CreateCompilation(source, parseOptions).AddReferences(MetadataReference.CreateFromImage(image));
        var run = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver([consumerTable], null, parseOptions), compilation).AssertClean();
        var generated = run.Source("Consumer.Platform.g.cs");
        Assert.Contains("public static global::Telephony.Q850Cause? GetQ850(this __Enum value)", generated);
        Assert.Contains("(<c>q850.csv</c>)", generated);
        Assert.Contains("global::Telephony.HangupCause.NoAnswer, global::Telephony.HangupCause.UserBusy", generated);

        // Load both into one context and call the accessors.
        var context = new AssemblyLoadContext("references-" + Guid.NewGuid(), isCollectible: true);
        var telephony = context.LoadFromStream(new MemoryStream(image));
        var consumer = context.LoadFromStream(new MemoryStream(Emit(run.Output)));
        var probe = Reflect.Type(consumer, "Consumer.Probe");
        Assert.Equal(Reflect.Member(telephony, "Telephony.Q850Cause", "UserBusy"), Reflect.Call(probe, "One"));
        Assert.Equal(
            new[] { Reflect.Member(telephony, "Telephony.HangupCause", "NoAnswer"), Reflect.Member(telephony, "Telephony.HangupCause", "UserBusy") },
            ((System.Collections.IEnumerable)Reflect.Call(probe, "Two")!).Cast<object>());
    }

    [Fact]
    public void Editing_a_target_revalidates_only_the_tables_that_reference_it()
    {
        var unrelated = new TableFile("/p/tables/unrelated.csv", "Code,Outcome\nx,Busy\n");
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation("class A { }", parseOptions);
        var driver = GeneratorHarness.CreateDriver([Q850, Hangup, unrelated], null, parseOptions, out var texts);
        driver = GeneratorHarness.RunDriver(driver, compilation).Driver;

        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(Q850.Path, Q850.Text + "41,TemporaryFailure,Congestion,Temporary failure.\n"));
        var result = GeneratorHarness.RunDriver(driver, compilation).Result.Results.Single();

        // Each table's slice of the catalog: the target's own and the referencing table's change, the unrelated one's does not.
        var slices = result.TrackedSteps[TrackingNames.CatalogSlice].Select(s => s.Outputs.Single().Reason).ToArray();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged }, slices);

        // So validation re-runs for the target and the referencing table (which still finds 17 and 19: Unchanged),
        // and the unrelated table's validation comes from the cache.
        var validated = result.TrackedSteps[TrackingNames.Validated].Select(s => s.Outputs.Single().Reason).ToArray();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached }, validated);
    }

    [Fact]
    public void Editing_a_table_that_references_nothing_revalidates_only_itself()
    {
        var unrelated = new TableFile("/p/tables/unrelated.csv", "Code,Outcome\nx,Busy\n");
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation("class A { }", parseOptions);
        var driver = GeneratorHarness.CreateDriver([Q850, Hangup, unrelated], null, parseOptions, out var texts);
        driver = GeneratorHarness.RunDriver(driver, compilation).Driver;

        driver = driver.ReplaceAdditionalText(texts[2], new InMemoryAdditionalText(unrelated.Path, unrelated.Text + "y,Failed\n"));
        var result = GeneratorHarness.RunDriver(driver, compilation).Result.Results.Single();
        var validated = result.TrackedSteps[TrackingNames.Validated].Select(s => s.Outputs.Single().Reason).ToArray();
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, validated);
    }

    private static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }
}
