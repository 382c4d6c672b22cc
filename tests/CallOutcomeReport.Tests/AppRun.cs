using System.IO;

namespace CallOutcomeReport.Tests;

/// <summary>The result of one run of the program's logic.</summary>
internal sealed record AppRun(int ExitCode, string Stdout, string Stderr)
{
    public static AppRun Of(params string[] args) => Of(ReportLimits.Default, args);

    public static AppRun Of(ReportLimits limits, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = ReportApp.Run(args, stdout, stderr, limits);
        return new AppRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>One pass over a file, as the program makes it, without printing.</summary>
    public static Report Analyze(string path, ReportLimits? limits = null, InputFormat? format = null)
    {
        limits ??= ReportLimits.Default;
        using var records = new CsvRecords(new StreamReader(path), limits.MaxFieldChars);
        return Report.Analyze(records, format, path, limits, csv: null, progress: null);
    }

    public string[] StderrLines => Stderr.TrimEnd('\n').Split('\n');
}
