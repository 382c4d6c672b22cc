using System.Threading.Tasks;
using CodeTables.Tests.Harness;
using Xunit;

namespace CodeTables.Tests.Analyzers;

/// <summary>Shapes the analyzers must survive without throwing (AD0001) or reporting nonsense.</summary>
public class OddShapesTests
{
    [Fact]
    public Task Hand_written_code_tables_lambdas_local_functions_and_empty_switches() => AnalyzerTest.VerifyAsync("""
        using System;
        using System.Linq;
        using CodeTables;
        using Consumer;

        [CodeTable("legacy.csv")]
        public enum Legacy : ulong { A = 1, B = ulong.MaxValue }

        public static class C
        {
            public static int Huge(Legacy value) => value {|CT1001:switch|}
            {
                Legacy.A => 1,
            };

            public static int Empty(ReleaseCause cause) => cause {|CT1001:switch|} { };

            public static Func<int> Lambda() => () => 17;

            public static int Local()
            {
                return Inner();

                [return: CodeOf(typeof(ReleaseCause))]
                static int Inner() => {|CT2001:18|};
            }

            public static bool Query(int[] codes) => codes.Any(c => c == 17);

            public static bool Generic<T>(T value) where T : struct, Enum => value switch { _ => true };

            public static string Nested(ReleaseCause a, SipResponse b) => a switch
            {
                ReleaseCause.UserBusy => b switch
                {
                    SipResponse.BusyHere or SipResponse.Decline or SipResponse.TemporarilyUnavailable => "busy",
                    _ => throw new ArgumentOutOfRangeException(nameof(b)),
                },
                _ => a.GetDescription(),
            };
        }
        """);
}
