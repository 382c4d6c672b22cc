using System.Linq;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Analyzers;

/// <summary>CT1004 (unvalidated cast), CT1005 (undefined code) and CT1006 (mixed tables).</summary>
public class CastAndMixedTablesTests
{
    private const string Usings = "using System;\nusing CodeTables;\nusing Consumer;\n";

    [Fact]
    public void CT1004_reports_non_constant_integer_casts_and_not_validated_conversions()
    {
        var source = Usings + """
            public static class C
            {
                public static ReleaseCause Cast(int code) => (ReleaseCause)code; //! CT1004
                public static ReleaseCause? Nullable(int? code) => (ReleaseCause?)code; //! CT1004
                public static HangupCause Ordinal(long number) => (HangupCause)number; //! CT1004
                public static ReleaseCause Validated(int code) => ReleaseCauseExtensions.FromCode(code);
                public static bool Try(int code, out ReleaseCause cause) => ReleaseCauseExtensions.TryFromCode(code, out cause);
                public static DayOfWeek Ordinary(int day) => (DayOfWeek)day;
                public static int ToInt(ReleaseCause cause) => (int)cause;
                public static ReleaseCause RoundTrip(ReleaseCause cause) => (ReleaseCause)(int)cause;
            }
            """;

        var diagnostics = AnalyzerHarness.AssertMarked(source);
        var cast = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First();
        Assert.Equal("(ReleaseCause)code", cast.Spanned(source));
        Assert.Equal("Casting a non-constant value to 'ReleaseCause' accepts any number, not only codes of release-cause.csv: use ReleaseCauseExtensions.FromCode or TryFromCode", cast.GetMessage());
        Assert.Equal("FromCode", cast.Properties["LookupMethod"]);
        Assert.All(diagnostics.Where(d => d != cast && !d.Spanned(source).StartsWith("(ReleaseCause?)", System.StringComparison.Ordinal)), d => Assert.False(d.Properties.ContainsKey("LookupMethod")));
    }

    [Fact]
    public void CT1005_reports_constant_casts_of_values_that_are_not_codes()
    {
        var source = Usings + """
            public static class C
            {
                private const int Unassigned = 99;
                public static ReleaseCause Zero() => (ReleaseCause)0; //! CT1005
                public static ReleaseCause Named() => (ReleaseCause)Unassigned; //! CT1005
                public static SipResponse Sip() => (SipResponse)487; //! CT1005
                public static ReleaseCause Defined() => (ReleaseCause)17; //! CT2001
            }
            """;

        var diagnostics = AnalyzerHarness.AssertMarked(source);
        Assert.Contains(diagnostics, d => d.Id == "CT1005" && d.GetMessage() == "487 is not a code of 'SipResponse' (table sip-response.csv)");
        var magic = diagnostics.Single(d => d.Id == "CT2001");
        Assert.Equal("17", magic.Spanned(source));
        Assert.Equal("17 is ReleaseCause.UserBusy", magic.GetMessage());
    }

    [Fact]
    public void CT1006_reports_comparisons_and_conversions_across_tables()
    {
        var source = Usings + """
            public sealed class Event
            {
                [CodeOf(typeof(SipResponse))] public int Status { get; set; }
            }

            public static class C
            {
                public static bool Casts(ReleaseCause cause, SipResponse sip) => (int)cause == (int)sip; //! CT1006
                public static bool Codes(HangupCause hangup, MissedCall missed) => hangup.ToCode() == missed.ToCode().HangupCause; //! CT1006
                public static bool Marked(Event e, ReleaseCause cause) => e.Status > (int)cause; //! CT1006
                public static SipResponse Convert(ReleaseCause cause) => (SipResponse)cause; //! CT1006
                public static SipResponse ConvertInt(ReleaseCause cause) => (SipResponse)(int)cause; //! CT1006
                public static bool Same(ReleaseCause a, ReleaseCause b) => (int)a == (int)b;
                public static bool SameMarked(Event e, SipResponse sip) => e.Status == (int)sip;
                public static bool Ordinary(ReleaseCause cause, DayOfWeek day) => (int)cause == (int)day;
            }
            """;

        var diagnostics = AnalyzerHarness.AssertMarked(source);
        var first = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First();
        Assert.Equal("(int)cause == (int)sip", first.Spanned(source));
        Assert.Equal("This comparison mixes 'ReleaseCause' and 'SipResponse': different code tables have different code spaces", first.GetMessage());
    }
}
