using System;

namespace CallOutcomeReport;

/// <summary>The entry point: <c>dotnet run --project samples/CallOutcomeReport [-- export.csv] [--csv out.csv]</c>.</summary>
internal static class Program
{
    private static int Main(string[] args) => ReportApp.Run(args, Console.Out, Console.Error);
}
