using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.EndToEnd;

/// <summary>
/// The analyzers and code fixes as a package user meets them: a real 'dotnet build' reports each rule on the lines
/// that deserve it and nowhere else, and 'dotnet format analyzers' applies the fixes so that the project still builds.
/// </summary>
public partial class PackageConsumerTests
{
    private const string AnalyzedProgram = """
        using System;
        using Acme;
        using CodeTables;

        public sealed class CallEvent
        {
            [CodeOf(typeof(ReleaseCause))] public int Cause { get; set; }
        }

        public static class Program
        {
            public static void Main()
            {
                var e = new CallEvent { Cause = 17 }; //! CT2001
                Console.WriteLine(Describe(ReleaseCauseExtensions.FromCode(e.Cause)));
                Console.WriteLine(Retry(ReleaseCause.UserBusy));
                Console.WriteLine(e.Cause == 99); //! CT2002
                Console.WriteLine(Map(ReleaseCause.UserBusy));
            }

            public static string Describe(ReleaseCause cause)
            {
                switch (cause) //! CT1001
                {
                    case ReleaseCause.NormalClearing:
                        return "ok";
                }

                return "?";
            }

            public static bool Retry(ReleaseCause cause) => cause switch //! CT1002
            {
                ReleaseCause.UserBusy => true,
                _ => false,
            };

            public static CallOutcome Map(ReleaseCause cause) => cause switch
            {
                ReleaseCause.NormalClearing => CallOutcome.Answered,
                ReleaseCause.UserBusy => CallOutcome.NoAnswer, //! CT1003
                _ => cause.ToOutcome(),
            };

            public static ReleaseCause Parse(int code) => (ReleaseCause)code; //! CT1004
            public static ReleaseCause Zero() => (ReleaseCause)0; //! CT1005
            public static bool Same(ReleaseCause a, SipResponse b) => (int)a == (int)b; //! CT1006
            public static bool Ordinary(DayOfWeek day) => day switch { DayOfWeek.Monday => true, _ => false };
            public static int Count(int[] calls) => calls.Length == 17 ? 1 : 0;
        }
        """;

    [Fact]
    public void A_real_build_reports_each_rule_on_its_line_and_dotnet_format_applies_the_fixes()
    {
        var project = ConsumerProject.Create(_package, "Analyzed")
            .Property("OutputType", "Exe")
            .Property("Nullable", "enable")
            .Property("RootNamespace", "Acme")
            .Item("<CodeTable Include=\"tables/*.csv\" />")
            .Write();
        project.File("tables/release-cause.csv", "# enum: ReleaseCause\nCode,Name,Outcome,Description\n16,NormalClearing,Answered,Normal call clearing.\n17,UserBusy,Busy,User busy.\n18,NoUserResponding,NoAnswer,No user responding.\n");
        project.File("tables/sip-response.csv", "# enum: SipResponse\nCode,Name,Outcome\n486,BusyHere,Busy\n");
        var program = project.File("Program.cs", AnalyzedProgram);

        var expected = AnalyzedProgram.Split('\n')
            .Select((line, index) => (Line: index + 1, Match: Regex.Match(line, @"//! (CT\d{4})")))
            .Where(x => x.Match.Success)
            .Select(x => $"{x.Line}: {x.Match.Groups[1].Value}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, Warnings(Build(project)));

        // One 'dotnet format' run (it loads the project in a workspace, the slow part) applies the three fixes.
        project.Succeed("format", "analyzers", "--diagnostics", "CT1001", "CT1002", "CT2001", "--no-restore");
        var completed = File.ReadAllText(program);
        Assert.Contains("case ReleaseCause.UserBusy:", completed);
        Assert.Contains("ReleaseCause.NormalClearing => false,", completed);
        Assert.Contains("new CallEvent { Cause = (int)ReleaseCause.UserBusy };", completed);
        var afterFixes = Warnings(Build(project));
        Assert.DoesNotContain(afterFixes, w => w.EndsWith("CT1001", StringComparison.Ordinal) || w.EndsWith("CT1002", StringComparison.Ordinal) || w.EndsWith("CT2001", StringComparison.Ordinal));
        Assert.Contains(afterFixes, w => w.EndsWith("CT1003", StringComparison.Ordinal)); // no fix asked for: still reported
        Assert.Contains(afterFixes, w => w.EndsWith("CT2002", StringComparison.Ordinal)); // no fix exists
    }

    [Fact]
    public void Editorconfig_sets_the_analyzers_severities_and_options()
    {
        var project = ConsumerProject.Create(_package, "Configured")
            .Property("Nullable", "enable")
            .Property("RootNamespace", "Acme")
            .Write();
        project.File("CodeTables/release-cause.csv", "# enum: ReleaseCause\nCode,Name,Outcome\n16,NormalClearing,Answered\n17,UserBusy,Busy\n");
        project.File("Program.cs", """
            using System;
            using Acme;
            using CodeTables;

            public sealed class CallEvent
            {
                [CodeOf(typeof(ReleaseCause))] public int Cause { get; set; }
            }

            public static class Checks
            {
                public static bool Busy(CallEvent e) => e.Cause == 17;
                public static int Throwing(ReleaseCause cause) => cause switch
                {
                    ReleaseCause.NormalClearing => 1,
                    _ => throw new ArgumentOutOfRangeException(nameof(cause)),
                };
                public static int Outcome(CallOutcome outcome) => outcome switch
                {
                    CallOutcome.Busy => 1,
                    _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
                };
            }
            """);

        var defaults = Build(project);
        Assert.Equal(["12: CT2001", "13: CT1001", "18: CT1001"], Warnings(defaults));

        var editorconfig = project.File(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.CT2001.severity = error
            codetables.analyze_outcome_switches = false
            """);
        var configured = project.Run("build", "--no-incremental", "-nodeReuse:false");
        Assert.NotEqual(0, configured.ExitCode);
        Assert.Matches(@"Program\.cs\(12,\d+\): error CT2001", configured.Output);
        Assert.Equal(["13: CT1001"], Warnings(configured.Output));

        File.AppendAllText(editorconfig, "\ncodetables.throwing_default_is_exhaustive = true\ndotnet_diagnostic.CT2001.severity = none\n");
        Assert.Empty(Warnings(Build(project)));
    }

    private static string Build(ConsumerProject project) => project.Build("--no-incremental");

    /// <summary>The CodeTables warnings a build printed for Program.cs, as "line: id", once each.</summary>
    private static System.Collections.Generic.List<string> Warnings(string output)
        => Regex.Matches(output, @"Program\.cs\((\d+),\d+\): warning (CT\d{4})")
            .Select(m => $"{m.Groups[1].Value}: {m.Groups[2].Value}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}
