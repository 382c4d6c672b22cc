using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>Writes a <see cref="Report"/> as plain text (ASCII layout, invariant number format).</summary>
internal sealed class ReportPrinter
{
    private static readonly CallOutcomeCategory[] Categories =
        [CallOutcomeCategory.Connected, CallOutcomeCategory.Unanswered, CallOutcomeCategory.Failed, CallOutcomeCategory.Unknown];

    private readonly TextWriter writer;

    /// <summary>Creates a printer that writes to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the report goes.</param>
    public ReportPrinter(TextWriter writer) => this.writer = writer;

    /// <summary>Writes the whole report.</summary>
    /// <param name="report">The report.</param>
    public void Print(Report report)
    {
        PrintHeader(report);
        PrintCategoryMix(report);
        PrintOutcomesByVendor(report);
        PrintUnknownCodes(report);
        PrintNumbersToRetry(report);
        PrintBadRows(report);
    }

    private void PrintHeader(Report report)
    {
        Title("Call outcome report", '=');
        writer.WriteLine($"Export:  {TextTable.Printable(report.ExportName, int.MaxValue)}");
        writer.WriteLine(report.FirstEvent is { } first && report.LastEvent is { } last
            ? $"Period:  {Time(first)} to {Time(last)}"
            : "Period:  (no events)");
        long found = report.Events - report.NotInTableEvents;
        writer.WriteLine($"Rows:    {N(report.DataRows)} data {Plural(report.DataRows, "row", "rows")}: "
            + $"{N(report.Events)} {Plural(report.Events, "event", "events")} classified, "
            + $"{N(report.BadRowCount)} bad {Plural(report.BadRowCount, "row", "rows")} skipped");
        writer.WriteLine($"Codes:   {N(found)} {Plural(found, "event", "events")} found in a code table, "
            + $"{N(report.NotInTableEvents)} with a code in no table");
    }

    private void PrintOutcomesByVendor(Report report)
    {
        Title("2. Outcomes by vendor", '-');
        if (report.Vendors.Count == 0)
        {
            writer.WriteLine("(no events)");
            return;
        }

        for (int i = 0; i < report.Vendors.Count; i++)
        {
            VendorSummary vendor = report.Vendors[i];
            if (i > 0)
            {
                writer.WriteLine();
            }

            writer.WriteLine($"{vendor.Vendor.Key}: {N(vendor.Events)} {Plural(vendor.Events, "event", "events")} "
                + $"({vendor.Vendor.VendorName}, table {vendor.Vendor.TableFile})");
            var table = new TextTable(("Outcome", Align.Left), ("Category", Align.Left), ("Events", Align.Right), ("Share", Align.Right));
            foreach (KeyValuePair<CallOutcome, long> pair in vendor.Outcomes())
            {
                table.AddRow(pair.Key.ToStringFast(), pair.Key.GetCategory().ToStringFast(), N(pair.Value), Percent(pair.Value, vendor.Events));
            }

            if (vendor.NotInTable > 0)
            {
                table.AddRow("(not in table)", CallOutcomeCategory.Unknown.ToStringFast(), N(vendor.NotInTable), Percent(vendor.NotInTable, vendor.Events));
            }

            table.Write(writer);
        }
    }

    private void PrintCategoryMix(Report report)
    {
        Title("1. Mix by category", '-');
        var columns = new List<(string, Align)> { ("Vendor", Align.Left) };
        foreach (CallOutcomeCategory category in Categories)
        {
            columns.Add((category.ToStringFast(), Align.Right));
        }

        columns.Add(("Events", Align.Right));
        var table = new TextTable(columns.ToArray());
        foreach (VendorSummary vendor in report.Vendors)
        {
            var cells = new List<string> { vendor.Vendor.Key };
            foreach (CallOutcomeCategory category in Categories)
            {
                cells.Add(N(vendor.CountCategory(category)));
            }

            cells.Add(N(vendor.Events));
            table.AddRow(cells.ToArray());
        }

        table.AddRule();
        var totals = new List<string> { "all vendors" };
        var shares = new List<string> { "share" };
        foreach (CallOutcomeCategory category in Categories)
        {
            long n = report.CountCategory(category);
            totals.Add(N(n));
            shares.Add(Percent(n, report.Events));
        }

        totals.Add(N(report.Events));
        shares.Add(report.Events > 0 ? "100.0%" : "-");
        table.AddRow(totals.ToArray());
        table.AddRow(shares.ToArray());
        table.Write(writer);
        writer.WriteLine("  Unknown: the table row says the code does not tell what happened, or the code is in no table.");
    }

    private void PrintUnknownCodes(Report report)
    {
        Title("3. Codes not in any table", '-');
        if (report.UnknownCodes.Count == 0 && report.UntrackedUnknownEvents == 0)
        {
            writer.WriteLine("None: every code was found in its vendor's table.");
            return;
        }

        writer.WriteLine($"{N(report.NotInTableEvents)} {Plural(report.NotInTableEvents, "event has", "events have")} a code that is not in its vendor's table "
            + "(counted as Unknown).");
        writer.WriteLine("Add a row for each code to the table named (see docs/table-format.md), or fix the export.");
        var table = new TextTable(("Vendor", Align.Left), ("Code", Align.Left), ("Events", Align.Right), ("Add a row to", Align.Left));
        int listed = Math.Min(report.UnknownCodes.Count, report.Limits.UnknownCodesListed);
        for (int i = 0; i < listed; i++)
        {
            UnknownCode code = report.UnknownCodes[i];
            table.AddRow(code.Vendor.Key, code.DisplayCode, N(code.Events), "tables/" + code.Vendor.TableFile);
        }

        table.Write(writer);
        if (report.UnknownCodes.Count > listed)
        {
            long more = 0;
            for (int i = listed; i < report.UnknownCodes.Count; i++)
            {
                more += report.UnknownCodes[i].Events;
            }

            writer.WriteLine($"  ... and {N(report.UnknownCodes.Count - listed)} more codes ({N(more)} events); only the {N(listed)} most frequent are listed.");
        }

        if (report.UntrackedUnknownEvents > 0)
        {
            writer.WriteLine($"  ... and {N(report.UntrackedUnknownEvents)} more events with codes past the first "
                + $"{N(report.Limits.UnknownCodesTracked)} distinct codes, which are counted but not listed.");
        }
    }

    private void PrintNumbersToRetry(Report report)
    {
        Title("4. Numbers to retry", '-');
        writer.WriteLine("A number is listed when its latest event (by timestamp) advises a retry: the table row's Retry");
        writer.WriteLine("column, else the outcome's default. An earlier busy followed by an answer is not listed.");
        int total = report.NumbersToRetry.Count;
        int listed = Math.Min(total, report.Limits.RetryNumbersListed);
        if (total == 0)
        {
            writer.WriteLine("None.");
        }
        else
        {
            string of = report.UntrackedNumberEvents > 0
                ? $"of the {N(report.TrackedNumbers)} numbers followed"
                : $"of {N(report.TrackedNumbers)} {Plural(report.TrackedNumbers, "number", "numbers")} dialled";
            writer.WriteLine(total == listed
                ? $"{N(total)} {Plural(total, "number", "numbers")} to retry ({of}):"
                : $"{N(total)} numbers to retry ({of}); the {N(listed)} with the most attempts:");
            var table = new TextTable(("Number", Align.Left), ("Attempts", Align.Right), ("Last outcome", Align.Left), ("Vendor", Align.Left), ("Last event", Align.Left));
            for (int i = 0; i < listed; i++)
            {
                RetryNumber number = report.NumbersToRetry[i];
                table.AddRow(number.Number, N(number.Attempts), number.LastOutcome.ToStringFast(), number.LastVendor.Key, Time(number.LastTime));
            }

            table.Write(writer);
            if (total > listed)
            {
                writer.WriteLine($"  ... and {N(total - listed)} more. Every event, with its retry advice, is in the --csv output.");
            }
        }

        if (report.UntrackedNumberEvents > 0)
        {
            writer.WriteLine($"Incomplete: only the first {N(report.Limits.NumbersTracked)} distinct numbers are followed; "
                + $"{N(report.UntrackedNumberEvents)} events for later numbers are not in this list (they are in the --csv output).");
        }
    }

    private void PrintBadRows(Report report)
    {
        Title("5. Bad rows", '-');
        if (report.BadRowCount == 0)
        {
            writer.WriteLine("None.");
            return;
        }

        writer.WriteLine($"{N(report.BadRowCount)} {Plural(report.BadRowCount, "row was", "rows were")} skipped (line numbers are lines of the file, the header is line 1):");
        foreach (BadRow bad in report.BadRows)
        {
            writer.WriteLine($"  line {bad.Line.ToString(CultureInfo.InvariantCulture)}: {TextTable.Printable(bad.Problem, int.MaxValue)}");
        }

        if (report.BadRowCount > report.BadRows.Count)
        {
            writer.WriteLine($"  ... and {N(report.BadRowCount - report.BadRows.Count)} more (only the first {N(report.BadRows.Count)} are listed).");
        }
    }

    private void Title(string title, char underline)
    {
        if (underline != '=')
        {
            writer.WriteLine();
        }

        writer.WriteLine(title);
        writer.WriteLine(new string(underline, title.Length));
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(long part, long whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Plural(long n, string one, string many) => n == 1 ? one : many;
}
