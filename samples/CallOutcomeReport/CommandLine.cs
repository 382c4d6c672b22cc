using System;
using System.Text;

namespace CallOutcomeReport;

/// <summary>Parses the command line and knows the usage text.</summary>
internal static class CommandLine
{
    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="options">The options, when the arguments are valid.</param>
    /// <param name="error">What is wrong, when they are not.</param>
    /// <returns>True when the arguments are valid.</returns>
    public static bool TryParse(string[] args, out Options options, out string? error)
    {
        string? exportPath = null;
        string? csvPath = null;
        bool help = false;
        options = new Options(null, null, false);
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help" or "-?" or "/?")
            {
                help = true;
            }
            else if (arg == "--csv" || arg.StartsWith("--csv=", StringComparison.Ordinal))
            {
                string? value = arg == "--csv" ? (i + 1 < args.Length ? args[++i] : null) : arg["--csv=".Length..];
                if (string.IsNullOrEmpty(value))
                {
                    error = "--csv needs a file name, e.g. --csv classified.csv";
                    return false;
                }

                csvPath = value;
            }
            else if (arg.StartsWith('-'))
            {
                error = $"unknown option '{arg}'";
                return false;
            }
            else if (exportPath is null)
            {
                exportPath = arg;
            }
            else
            {
                error = $"only one export file can be given (got '{exportPath}' and '{arg}')";
                return false;
            }
        }

        options = new Options(exportPath, csvPath, help);
        return true;
    }

    /// <summary>The text <c>--help</c> prints.</summary>
    /// <returns>The usage text.</returns>
    public static string Usage()
    {
        var text = new StringBuilder();
        text.AppendLine("CallOutcomeReport - classify a call export through the CodeTables vendor tables and report the outcomes.");
        text.AppendLine();
        text.AppendLine("Usage:");
        text.AppendLine("  dotnet run --project samples/CallOutcomeReport [-- [export.csv] [--csv out.csv]]");
        text.AppendLine("  CallOutcomeReport [export.csv] [--csv out.csv]");
        text.AppendLine();
        text.AppendLine("Arguments:");
        text.AppendLine("  export.csv       The call export to read. Without it, the bundled data/example-export.csv.");
        text.AppendLine("  --csv out.csv    Also write every classified event, with its outcome, as CSV to out.csv.");
        text.AppendLine("  -h, --help       Show this text.");
        text.AppendLine();
        text.AppendLine("The export is CSV (RFC 4180, UTF-8) with the header timestamp,vendor,code,code2,number");
        text.AppendLine("(any order, code2 optional, other columns ignored). vendor is one of:");
        foreach (VendorTable vendor in VendorTables.All)
        {
            text.AppendLine($"  {vendor.Key,-16} {vendor.CodeMeaning}");
        }

        text.AppendLine();
        text.AppendLine("Exit codes: 0 report written (bad rows are listed in it), 1 the export or the --csv file");
        text.AppendLine("could not be read or written, 2 invalid arguments. See samples/CallOutcomeReport/README.md.");
        return text.ToString();
    }
}
