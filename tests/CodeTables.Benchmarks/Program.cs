using BenchmarkDotNet.Running;

namespace CodeTables.Benchmarks;

/// <summary>
/// Runs the benchmarks (docs/benchmarks.md). With no arguments, every benchmark; otherwise BenchmarkDotNet's own
/// arguments, e.g. <c>--filter *HuaweiIntTable*</c> or <c>--list flat</c>; <c>cold-run</c> runs <see cref="GeneratorCost.ColdRun"/>,
/// <c>side-by-side</c> <see cref="GeneratorCost.SideBySide"/>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "cold-run")
        {
            GeneratorCost.ColdRun.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "side-by-side")
        {
            GeneratorCost.SideBySide.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
    }
}
