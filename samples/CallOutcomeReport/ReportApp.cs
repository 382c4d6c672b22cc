using System;
using System.Globalization;
using System.IO;

namespace CallOutcomeReport;

/// <summary>
/// The program's logic, callable with any writers: parses the arguments, runs the analysis, prints the report
/// and turns every expected failure into one line on <c>stderr</c> and an exit code.
/// </summary>
internal static class ReportApp
{
    /// <summary>Exit code: the report was written (it lists any bad rows).</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code: the export (or the --csv file) could not be read (or written).</summary>
    public const int ExitFileError = 1;

    /// <summary>Exit code: the arguments are invalid.</summary>
    public const int ExitUsage = 2;

    /// <summary>The bundled example export, copied next to the program.</summary>
    public static string ExampleExportPath => Path.Combine(AppContext.BaseDirectory, "data", "example-export.csv");

    /// <summary>Runs the program.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where the report (or the usage text) goes.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, ReportLimits.Default);

    /// <summary>Runs the program with the given list bounds.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where the report (or the usage text) goes.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <param name="limits">The list bounds.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, ReportLimits limits)
    {
        if (!CommandLine.TryParse(args, out Options options, out string? error))
        {
            stderr.WriteLine($"error: {error} (run with --help for usage)");
            return ExitUsage;
        }

        if (options.ShowHelp)
        {
            stdout.Write(CommandLine.Usage());
            return ExitOk;
        }

        string path = options.ExportPath ?? ExampleExportPath;
        string name = options.ExportPath ?? "data/example-export.csv (the bundled example)";
        if (!File.Exists(path))
        {
            stderr.WriteLine(Directory.Exists(path)
                ? $"error: '{path}' is a directory, not an export file"
                : $"error: export file not found: {path}");
            return ExitFileError;
        }

        if (options.CsvPath is not null && SameFile(options.CsvPath, path))
        {
            stderr.WriteLine($"error: --csv {options.CsvPath} would overwrite the export; choose another file");
            return ExitUsage;
        }

        Report report;
        try
        {
            using ExportReader reader = ExportReader.Open(path);
            using CsvEventWriter? csv = options.CsvPath is null ? null : CsvEventWriter.Create(options.CsvPath);
            report = ExportAnalyzer.Analyze(reader, name, limits, csv, (rows, bad) =>
                stderr.WriteLine($"progress: {rows.ToString("N0", CultureInfo.InvariantCulture)} rows read "
                    + $"({bad.ToString("N0", CultureInfo.InvariantCulture)} bad)"));
        }
        catch (ExportFormatException e)
        {
            stderr.WriteLine($"error: {path}: {e.Message}");
            return ExitFileError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelper.CsvHelperException)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            return ExitFileError;
        }

        new ReportPrinter(stdout).Print(report);
        if (options.CsvPath is not null)
        {
            stderr.WriteLine($"wrote {report.Events.ToString("N0", CultureInfo.InvariantCulture)} classified events to {options.CsvPath}");
        }

        return ExitOk;
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
