using System.Globalization;
using System.Text;

namespace CallOutcomeReport;

/// <summary>The entry point: <c>dotnet run --project samples/CallOutcomeReport [-- file] [options]</c>.</summary>
internal static class Program
{
    private static int Main(string[] args) => ReportApp.Run(args, Console.Out, Console.Error, ReportLimits.Default, terminal: !Console.IsErrorRedirected);
}

/// <summary>What the command line asked for.</summary>
internal sealed record Options(string? ExportPath, string? CsvPath, InputFormat? Format, int? MaxAttempts, bool ShowHelp, string? HtmlPath = null);

/// <summary>Arguments, files, errors and exit codes; callable from tests with any writers.</summary>
internal static class ReportApp
{
    /// <summary>Exit codes: the report was written; the input could not be read (or every row was bad) or the
    /// --csv or --html file not written; invalid arguments.</summary>
    public const int ExitOk = 0, ExitFileError = 1, ExitUsage = 2;

    /// <summary>The bundled example export, copied next to the program.</summary>
    public static string ExampleExportPath => Path.Combine(AppContext.BaseDirectory, "data", "example-export.csv");

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, ReportLimits limits, Vendor[]? vendors = null, bool terminal = false)
    {
        var parsed = TryParse(args, out var options, out var error);
        var path = options.ExportPath ?? ExampleExportPath;
        (var exit, error) = !parsed ? (ExitUsage, $"{error} (run with --help for usage)")
            : options.ShowHelp ? (ExitOk, null)
            : Directory.Exists(path) ? (ExitFileError, $"'{path}' is a directory, not an export file")
            : !File.Exists(path) ? (ExitFileError, $"export file not found: {path}")
            : new[] { options.CsvPath, options.HtmlPath }.FirstOrDefault(o => o is not null && Path.GetFullPath(o) == Path.GetFullPath(path)) is { } o
                ? (ExitUsage, $"{(o == options.CsvPath ? "--csv" : "--html")} {o} would overwrite the export; choose another file") : (-1, null);
        if (exit >= 0)
        {
            (error is null ? stdout : stderr).Write(error is null ? Usage() : $"error: {error}{stderr.NewLine}");
            return exit;
        }

        limits = options.MaxAttempts is int max ? limits with { MaxAttempts = max } : limits;
        Report report;
        try
        {
            CsvRecords Open() => new(new StreamReader(path, Encoding.UTF8, true, 1 << 16), limits.MaxFieldChars);
            if (options.Format is { } format)
            {
                using var sample = Open();
                InputLayout.Verify(sample, format);
            }

            using var records = Open();
            using var csv = options.CsvPath is null ? null : CsvEventWriter.Create(options.CsvPath);
            report = Report.Analyze(records, options.Format, options.ExportPath ?? "data/example-export.csv (the bundled example)",
                limits, csv, (rows, bad) => Progress(stderr, terminal, rows, bad, records.Fraction), vendors);
            stderr.Write(terminal ? "\r" + new string(' ', 60) + "\r" : string.Empty);
            if (options.HtmlPath is not null)
            {
                File.WriteAllText(options.HtmlPath, HtmlReport.Write(report), new UTF8Encoding(false));
            }
        }
        catch (Exception e) when (e is ExportFormatException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(e is ExportFormatException ? $"error: {path}: {e.Message}" : $"error: {e.Message.ReplaceLineEndings(" ")}");
            return ExitFileError;
        }

        new ReportPrinter(stdout).Print(report);
        var allBad = report.Events == 0 && report.BadRowCount > 0;
        stderr.Write(allBad ? $"error: {path}: all {Report.N(report.BadRowCount)} data rows are bad, none was classified (line {report.BadRows[0].Line}: {report.BadRows[0].Problem}; see '5. Bad rows'){stderr.NewLine}"
            : (options.CsvPath is null ? string.Empty : $"wrote {Report.N(report.Events)} classified events to {options.CsvPath}{stderr.NewLine}")
            + (options.HtmlPath is null ? string.Empty : $"wrote the report as HTML to {options.HtmlPath}{stderr.NewLine}"));
        return allBad ? ExitFileError : ExitOk;
    }

    // A bar when stderr is a terminal, else a line every 250,000 rows.
    private static void Progress(TextWriter stderr, bool terminal, long rows, long bad, double done)
    {
        if (terminal)
        {
            stderr.Write($"\r[{new string('#', (int)(done * 30)),-30}] {done:P0} {Report.N(rows)} rows ({Report.N(bad)} bad)");
        }
        else if (rows % 250_000 == 0)
        {
            stderr.WriteLine($"progress: {Report.N(rows)} rows read ({Report.N(bad)} bad)");
        }
    }

    /// <summary>Parses the arguments; <paramref name="error"/> says what is wrong when they are invalid.</summary>
    public static bool TryParse(string[] args, out Options options, out string? error)
    {
        (options, error) = (new Options(null, null, null, null, false), null);
        for (var i = 0; i < args.Length && error is null; i++)
        {
            string arg = args[i], name = arg.Split('=', 2)[0];
            var value = name is "--csv" or "--html" or "--format" or "--max-attempts"
                ? arg.Contains('=') ? arg[(name.Length + 1)..] : i + 1 < args.Length ? args[++i] : null : null;
            (options, error) = name switch
            {
                "-h" or "--help" or "-?" or "/?" => (options with { ShowHelp = true }, null),
                "--csv" when !string.IsNullOrEmpty(value) => (options with { CsvPath = value }, null),
                "--csv" => (options, "--csv needs a file name, e.g. --csv classified.csv"),
                "--html" when !string.IsNullOrEmpty(value) => (options with { HtmlPath = value }, null),
                "--html" => (options, "--html needs a file name, e.g. --html report.html"),
                "--format" when InputLayout.ParseFormat(value) is { } format => (options with { Format = format }, null),
                "--format" => (options, $"--format must be one of {InputLayout.FormatNames} (got '{value}')"),
                "--max-attempts" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var max) => (options with { MaxAttempts = max }, null),
                "--max-attempts" => (options, $"--max-attempts needs a whole number, 0 for no limit (got '{value}')"),
                _ when arg.StartsWith('-') => (options, $"unknown option '{arg}'"),
                _ when options.ExportPath is not null => (options, $"only one export file can be given (got '{options.ExportPath}' and '{arg}')"),
                _ => (options with { ExportPath = arg }, null),
            };
        }

        return error is null;
    }

    /// <summary>The text <c>--help</c> prints.</summary>
    public static string Usage() => $"""
        CallOutcomeReport - classify call records through the CodeTables vendor tables and report the outcomes.

        Usage: dotnet run --project samples/CallOutcomeReport [-- [file] [options]]

          file              The records to read; without it, the bundled data/example-export.csv.
          --format F        {InputLayout.FormatNames}; without it, detected from the first line if unambiguous.
          --csv out.csv     Also write every classified record, with its outcome and call, as CSV to out.csv.
          --html out.html   Also write the report as one self-contained HTML page with charts (no network needed).
          --max-attempts N  Leave numbers tried N times or more out of the retry list (default {ReportLimits.Default.MaxAttempts}; 0 = no limit).
          -h, --help        Show this text.

        Formats: export is CSV with the header timestamp,vendor,code,code2,number (any order, code2 optional);
        asterisk-cdr is Asterisk's cdr_csv Master.csv (no header, 16 to 21 fields); freeswitch-cdr is FreeSWITCH's
        mod_cdr_csv with the default template or one that starts like it (no header). An export's vendor names a table
        of tables/ by file name (or a unique start of it), enum name or vendor:
        {string.Join(Environment.NewLine, Vendor.All.Select(v => $"  {v.Key,-34}  {v.CodeMeaning}"))}

        Exit codes: 0 report written (bad rows are listed in it), 1 the file could not be read, every row was bad, or
        the --csv or --html file could not be written, 2 invalid arguments. See samples/CallOutcomeReport/README.md.

        """;
}
