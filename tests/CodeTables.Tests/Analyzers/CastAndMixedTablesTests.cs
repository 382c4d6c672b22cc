using System.Threading.Tasks;
using CodeTables.Analyzers.Diagnostics;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Analyzers;

/// <summary>CT1004 (unvalidated cast), CT1005 (undefined code) and CT1006 (mixed tables).</summary>
public class CastAndMixedTablesTests
{
    private const string Usings = "using System;\nusing CodeTables;\nusing Consumer;\n";

    [Fact]
    public async Task CT1004_reports_non_constant_integer_casts_and_not_validated_conversions()
    {
        var source = Usings + """
            public static class C
            {
                public static ReleaseCause Cast(int code) => {|#0:(ReleaseCause)code|};
                public static ReleaseCause? Nullable(int? code) => {|CT1004:(ReleaseCause?)code|};
                public static HangupCause Ordinal(long number) => {|#1:(HangupCause)number|};
                public static ReleaseCause Validated(int code) => ReleaseCauseExtensions.FromCode(code);
                public static bool Try(int code, out ReleaseCause cause) => ReleaseCauseExtensions.TryFromCode(code, out cause);
                public static DayOfWeek Ordinary(int day) => (DayOfWeek)day;
                public static int ToInt(ReleaseCause cause) => (int)cause;
                public static ReleaseCause RoundTrip(ReleaseCause cause) => (ReleaseCause)(int)cause;
            }
            """;

        await AnalyzerTest.VerifyAsync(
            source,
            AnalyzerTest.Diagnostic(Rules.UnvalidatedCast, 0, "Casting a non-constant value to 'ReleaseCause' accepts any number, not only codes of release-cause.csv: use ReleaseCauseExtensions.FromCode or TryFromCode"),
            AnalyzerTest.Diagnostic(Rules.UnvalidatedCast, 1, "Casting a non-constant value to 'HangupCause' accepts any number, not only codes of hangup-cause.csv: use HangupCauseExtensions.IsDefined to check it"));

        // "Use FromCode" is offered for integer tables only: string tables have no integer lookup.
        var diagnostics = AnalyzerHarness.Diagnostics(source);
        Assert.Equal("FromCode", diagnostics[0].Properties["LookupMethod"]);
        Assert.Equal("(HangupCause)number", diagnostics[2].Spanned(source));
        Assert.False(diagnostics[2].Properties.ContainsKey("LookupMethod"));
    }

    [Fact]
    public async Task CT1005_reports_constant_casts_of_values_that_are_not_codes()
    {
        var source = Usings + """
            public static class C
            {
                private const int Unassigned = 99;
                public static ReleaseCause Zero() => {|CT1005:(ReleaseCause)0|};
                public static ReleaseCause Named() => {|CT1005:(ReleaseCause)Unassigned|};
                public static SipResponse Sip() => {|#0:(SipResponse)487|};
                public static ReleaseCause Defined() => (ReleaseCause){|#1:17|};
            }
            """;

        await AnalyzerTest.VerifyAsync(
            source,
            AnalyzerTest.Diagnostic(Rules.UndefinedCode, 0, "487 is not a code of 'SipResponse' (table sip-response.csv)"),
            AnalyzerTest.Diagnostic(Rules.MagicCode, 1, "17 is ReleaseCause.UserBusy"));
    }

    [Fact]
    public async Task CT1006_reports_comparisons_and_conversions_across_tables()
    {
        var source = Usings + """
            public sealed class Event
            {
                [CodeOf(typeof(SipResponse))] public int Status { get; set; }
            }

            public static class C
            {
                public static bool Casts(ReleaseCause cause, SipResponse sip) => {|#0:(int)cause == (int)sip|};
                public static bool Codes(HangupCause hangup, MissedCall missed) => {|CT1006:hangup.ToCode() == missed.ToCode().HangupCause|};
                public static bool Marked(Event e, ReleaseCause cause) => {|CT1006:e.Status > (int)cause|};
                public static SipResponse Convert(ReleaseCause cause) => {|#1:(SipResponse)cause|};
                public static SipResponse ConvertInt(ReleaseCause cause) => {|CT1006:(SipResponse)(int)cause|};
                public static bool Same(ReleaseCause a, ReleaseCause b) => (int)a == (int)b;
                public static bool SameMarked(Event e, SipResponse sip) => e.Status == (int)sip;
                public static bool Ordinary(ReleaseCause cause, DayOfWeek day) => (int)cause == (int)day;
            }
            """;

        await AnalyzerTest.VerifyAsync(
            source,
            AnalyzerTest.Diagnostic(Rules.MixedTables, 0, "This comparison mixes 'ReleaseCause' and 'SipResponse': different code tables have different code spaces"),
            AnalyzerTest.Diagnostic(Rules.MixedTables, 1, "This conversion mixes 'ReleaseCause' and 'SipResponse': different code tables have different code spaces"));
    }
}
