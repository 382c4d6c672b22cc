using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// A file full of literal codes (integer, string, case labels, patterns, composite parts, arguments of the generated
/// lookups): after 'dotnet format analyzers --diagnostics CT2001' no CT2001 is left, the project builds, and it prints
/// exactly what it printed before. Also the common shape (ETable, CodeTableRegistry) in a real package build.
/// </summary>
public partial class PackageConsumerTests
{
    private const string LiteralCodes = """
        using System;
        using System.Linq;
        using Acme;
        using CodeTables;

        public sealed class CallEvent
        {
            [CodeOf(typeof(ReleaseCause))] public int Cause { get; set; }
            [CodeOf(typeof(HangupCause))] public string Hangup { get; set; } = "";
            [CodeOf(typeof(MissedCall), Column = "HangupCause")] public string Missed { get; set; } = "";
            [CodeOf(typeof(HangupCause))] public const string DefaultHangup = "NO_ANSWER"; //! CT2001
        }

        public static class Program
        {
            public static void Main()
            {
                var e = new CallEvent { Cause = 17, Hangup = "USER_BUSY", Missed = "NO_ANSWER" }; //! CT2001 CT2001 CT2001
                Console.WriteLine(string.Join(";", Int(e), Str(e), Pattern(e), Arm(e), Part(MissedCall.RingingNoAnswer), Column(e), Lookups(), CallEvent.DefaultHangup, Generic()));
            }

            static string Int(CallEvent e)
            {
                switch (e.Cause)
                {
                    case 17: return e.Cause == 17 ? "busy" : "?"; //! CT2001 CT2001
                    case 16: return "clear"; //! CT2001
                    default: return e.Cause is 18 or 21 ? "no" : "other"; //! CT2001 CT2001
                }
            }

            static string Str(CallEvent e)
            {
                switch (e.Hangup)
                {
                    case "USER_BUSY": return e.Hangup != "NO_ANSWER" ? "busy" : "?"; //! CT2001 CT2001
                    default: return "other";
                }
            }

            static bool Pattern(CallEvent e) => e.Hangup is "USER_BUSY" or "CALL_REJECTED"; //! CT2001 CT2001
            static int Arm(CallEvent e) => e.Hangup switch { "NO_ANSWER" => 1, "USER_BUSY" => 2, _ => 0 }; //! CT2001 CT2001
            static bool Part(MissedCall call) => call.ToCode().HangupCause == "NO_ANSWER" && call.ToCode().MissedCallType is "Ringing"; //! CT2001 CT2001
            static bool Column(CallEvent e) => e.Missed switch { "NO_ANSWER" => true, _ => false }; //! CT2001

            static string Lookups()
                => ReleaseCauseExtensions.FromCode(18) + "," //! CT2001
                 + ReleaseCauseExtensions.Classify(21) + "," //! CT2001
                 + HangupCauseExtensions.Classify("CALL_REJECTED") + "," //! CT2001
                 + HangupCauseExtensions.TryFromCode("USER_BUSY", out _) + "," //! CT2001
                 + MissedCallExtensions.FromCode("Busy", "USER_BUSY") + "," //! CT2001 CT2001
                 + MissedCallExtensions.Classify("Ringing", "CALL_REJECTED") + "," //! CT2001 CT2001
                 + MissedCallExtensions.TryFromCode("Busy", "NO_ANSWER", out _); //! CT2001 CT2001

            static string Generic() => Count(ReleaseCauseTable.Instance) + "/" + Count(HangupCauseTable.Instance) + "/" + Count(MissedCallTable.Instance)
                + "/" + CodeTableRegistry.Find("missed-call")!.Classify(MissedCallTable.Instance.Entries[1].Code);

            static int Count<T>(ICodeTable<T> table) where T : struct, Enum => table.Values.Count(v => table.ToOutcome(v) != CallOutcome.Unknown);
        }
        """;

    [Fact]
    public void Dotnet_format_names_every_literal_code_and_the_program_prints_the_same()
    {
        var project = ConsumerProject.Create(_package, "LiteralCodes")
            .Property("OutputType", "Exe")
            .Property("Nullable", "enable")
            .Property("RootNamespace", "Acme")
            .Write();
        foreach (var table in new[] { TestTables.ReleaseCause, TestTables.HangupCause, TestTables.MissedCall })
        {
            project.File("CodeTables/" + Path.GetFileName(table.Path), table.Text);
        }

        var program = project.File("Program.cs", LiteralCodes);
        var expected = LiteralCodes.Split('\n')
            .SelectMany((line, index) => Regex.Match(line, @"//! ((?:CT\d{4} ?)+)") is { Success: true } m
                ? m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(_ => index + 1)
                : [])
            .ToList();
        var before = Build(project);
        Assert.Equal(expected, CT2001Lines(before));
        var printed = Run(project);
        Assert.Equal("busy;busy;True;2;True;True;NoUserResponding,Rejected,Rejected,True,BusyUserBusy,Rejected,False;NO_ANSWER;4/3/3/NoAnswer", printed);

        project.Succeed("format", "analyzers", "--diagnostics", "CT2001", "--no-restore");
        var named = File.ReadAllText(program);
        Assert.Contains("case HangupCauseCodes.UserBusy:", named);
        Assert.Contains("case (int)ReleaseCause.UserBusy:", named);
        Assert.Contains("e.Hangup switch { HangupCauseCodes.NoAnswer => 1, HangupCauseCodes.UserBusy => 2, _ => 0 }", named);
        Assert.Contains("call.ToCode().HangupCause == MissedCallCodes.RingingNoAnswer.HangupCause && call.ToCode().MissedCallType is MissedCallCodes.RingingRejected.MissedCallType", named);
        Assert.Contains("MissedCall.RingingRejected.ToOutcome()", named);
        Assert.Contains("public const string DefaultHangup = HangupCauseCodes.NoAnswer;", named);
        Assert.DoesNotMatch(@"""(USER_BUSY|NO_ANSWER|CALL_REJECTED|Ringing|Busy)""", named);
        Assert.DoesNotMatch(@"\b(16|17|18|21)\b", named);

        Assert.Empty(CT2001Lines(Build(project)));
        Assert.Equal(printed, Run(project));
    }

    private static string Run(ConsumerProject project) => project.RunProgram().Trim();

    /// <summary>The line of every CT2001 a build printed for Program.cs (once per diagnostic, in order).</summary>
    private static System.Collections.Generic.List<int> CT2001Lines(string output)
        => Regex.Matches(output, @"Program\.cs\((\d+),(\d+)\): warning CT2001")
            .Select(m => (Line: int.Parse(m.Groups[1].Value), Column: int.Parse(m.Groups[2].Value)))
            .Distinct()
            .Order()
            .Select(x => x.Line)
            .ToList();
}
