using BenchmarkDotNet.Running;

namespace CodeTables.Benchmarks;

/// <summary>
/// Runs the benchmarks (docs/benchmarks.md). With no arguments, every benchmark; otherwise BenchmarkDotNet's own
/// arguments, e.g. <c>--filter *HuaweiIntTable*</c> or <c>--list flat</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
        => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
}
