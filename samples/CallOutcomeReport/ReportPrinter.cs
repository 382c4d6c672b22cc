using System.Globalization;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>Writes a <see cref="Report"/> as plain text (ASCII layout, invariant number format).</summary>
internal sealed class ReportPrinter(TextWriter writer)
{
    /// <summary>The categories in report order (the HTML page's colours follow it too).</summary>
    public static readonly CallOutcomeCategory[] Categories =
        [CallOutcomeCategory.Connected, CallOutcomeCategory.Unanswered, CallOutcomeCategory.Failed, CallOutcomeCategory.Unknown];

    public void Print(Report r)
    {
        Title("Call outcome report", '=');
        writer.WriteLine($"File:    {TextTable.Printable(r.ExportName, int.MaxValue)}");
        writer.WriteLine($"Format:  {InputLayout.Describe(r.Format)}");
        writer.WriteLine(r.FirstEvent is { } first && r.LastEvent is { } last ? $"Period:  {Time(first)} to {Time(last)}" : "Period:  (no events)");
        writer.WriteLine("Times:   UTC; a time without an offset is taken as UTC (Asterisk and FreeSWITCH write local time unless set to UTC)");
        writer.WriteLine($"Rows:    {Count(r.DataRows, "data row")}: {Count(r.Events, "event")} classified, {Count(r.BadRowCount, "bad row")} skipped");
        writer.WriteLine(r.LinksLegs ? $"Calls:   {Count(r.Calls, "call")} from {Count(r.Events, "record")} (legs linked by {(r.Format == InputFormat.FreeSwitchCdr ? "uuid/bleg_uuid" : r.Format == InputFormat.AsteriskCdr ? "linkedid" : "call_id")}); the counts below are calls"
            : "Calls:   the records do not link the legs of a call: the counts below are events (legs), not calls");
        WriteIf(r.Format != InputFormat.Export, $"Outcome: decided by tables/{(r.Format == InputFormat.AsteriskCdr ? "asterisk" : "freeswitch")}-call-result.csv from the "
            + $"{(r.Format == InputFormat.AsteriskCdr ? "disposition" : "hangup cause")}, the answer time and billsec; where no rule applies, by the code's own row");
        writer.WriteLine($"Codes:   {Count(r.Events - r.NotInTableRecords, "event")} found in a code table, {N(r.NotInTableRecords)} with a code in no table");

        Title("1. Mix by category", '-');
        var mix = new TextTable([("Vendor", Align.Left), .. Categories.Select(c => (c.ToStringFast(), Align.Right)), (Unit(r), Align.Right)]);
        mix.AddRows(r.Vendors.Select(v => (string[])[v.Vendor.Key, .. Categories.Select(c => N(v.CountCategory(c))), N(v.Events)]));
        mix.AddRule();
        mix.AddRow(["all vendors", .. Categories.Select(c => N(r.CountCategory(c))), N(r.Calls)]);
        mix.AddRow(["share", .. Categories.Select(c => Percent(r.CountCategory(c), r.Calls)), r.Calls > 0 ? "100.0%" : "-"]);
        mix.Write(writer);
        writer.WriteLine("  Unknown: the table row says the code does not tell what happened, or the code is in no table.");

        Title("2. Outcomes by vendor", '-');
        var vendors = r.Vendors;
        WriteIf(vendors.Length == 0, "(no events)");
        foreach (var v in vendors)
        {
            WriteIf(v != vendors[0], string.Empty);
            writer.WriteLine($"{v.Vendor.Key}: {Count(v.Events, Unit(r).ToLowerInvariant()[..^1])} ({v.Vendor.Table.Vendor ?? v.Vendor.Key}, table {v.Vendor.Table.FileName})");
            var table = new TextTable(("Outcome", Align.Left), ("Category", Align.Left), (Unit(r), Align.Right), ("Share", Align.Right));
            table.AddRows(CallOutcomeExtensions.GetValues().Where(o => v.Count(o) > 0)
                .Select(o => new[] { o.ToStringFast(), o.GetCategory().ToStringFast(), N(v.Count(o)), Percent(v.Count(o), v.Events) }));
            if (v.NotInTable > 0)
            {
                table.AddRow("(not in table)", nameof(CallOutcomeCategory.Unknown), N(v.NotInTable), Percent(v.NotInTable, v.Events));
            }

            table.Write(writer);
        }

        Title("3. Codes not in any table", '-');
        WriteIf(r.NotInTableRecords == 0, "None: every code was found in its vendor's table.");
        if (r.NotInTableRecords > 0)
        {
            writer.WriteLine($"{Count(r.NotInTableRecords, "record")} {(r.NotInTableRecords == 1 ? "has" : "have")} a code that is not in its vendor's table (counted as Unknown, unless a decision table decided from the answer).");
            writer.WriteLine("Add a row for each code to the table named (see docs/table-format.md), or fix the export.");
            var table = new TextTable(("Vendor", Align.Left), ("Code", Align.Left), ("Events", Align.Right), ("Add a row to", Align.Left));
            table.AddRows(r.UnknownCodes.Take(r.Limits.UnknownCodesListed).Select(c => new[] { c.Vendor.Key, c.DisplayCode, N(c.Events), "tables/" + c.Vendor.Table.FileName }));
            table.Write(writer);
            WriteIf(r.UnknownCodes.Count > r.Limits.UnknownCodesListed, $"  ... and {N(r.UnknownCodes.Count - r.Limits.UnknownCodesListed)} more codes "
                + $"({N(r.UnknownCodes.Skip(r.Limits.UnknownCodesListed).Sum(c => c.Events))} events); only the {N(r.Limits.UnknownCodesListed)} most frequent are listed.");
            WriteIf(r.UntrackedUnknownEvents > 0, $"  ... and {N(r.UntrackedUnknownEvents)} more events with codes past the first {N(r.Limits.UnknownCodesTracked)} distinct codes, which are counted but not listed.");
        }

        Title("4. Numbers to retry", '-');
        writer.WriteLine("A number is listed when its latest event (by timestamp) advises a retry: the table row's Retry");
        writer.WriteLine("column, else the outcome's default. An earlier busy followed by an answer is not listed.");
        writer.WriteLine(r.Limits.MaxAttempts == 0 ? "Fewest attempts first, then the longest waiting (no attempt limit)."
            : $"Numbers tried {r.Limits.MaxAttempts} times or more are left out (--max-attempts); fewest attempts first, then the longest waiting.");
        int total = r.NumbersToRetry.Count, listed = Math.Min(total, r.Limits.RetryNumbersListed);
        var of = r.UntrackedNumberEvents > 0 ? $"of the {N(r.TrackedNumbers)} numbers followed" : $"of {Count(r.TrackedNumbers, "number")} dialled";
        writer.WriteLine(total == 0 ? "None." : total == listed ? $"{Count(total, "number")} to retry ({of}):" : $"{N(total)} numbers to retry ({of}); the first {N(listed)}:");
        if (total > 0)
        {
            var table = new TextTable(("Number", Align.Left), ("Attempts", Align.Right), ("Last outcome", Align.Left), ("Vendor", Align.Left), ("Last event", Align.Left));
            table.AddRows(r.NumbersToRetry.Take(listed).Select(n => new[] { n.Number, N(n.Attempts), n.LastOutcome.ToStringFast(), n.LastVendor.Key, Time(n.LastTime) }));
            table.Write(writer);
            WriteIf(total > listed, $"  ... and {N(total - listed)} more. Every event, with its retry advice, is in the --csv output.");
        }

        WriteIf(r.NotNumberEvents > 0, $"Not a number: {Count(r.NotNumberEvents, "event")} had a destination that is not a number to dial, left out of this list: "
            + string.Join(", ", r.NotNumbers.Take(10).Select(n => $"{(n.Number.Length == 0 ? "(empty)" : $"'{TextTable.Printable(n.Number, 24)}'")} {N(n.Events)}"))
            + (r.NotNumbers.Count > 10 ? ", ..." : "."));
        WriteIf(r.NumbersAtAttemptLimit > 0, $"Left out: {Count(r.NumbersAtAttemptLimit, "number")} to retry that {(r.NumbersAtAttemptLimit == 1 ? "was" : "were")} already tried {r.Limits.MaxAttempts} times or more.");
        WriteIf(r.UntrackedNumberEvents > 0, $"Incomplete: only the first {N(r.Limits.NumbersTracked)} distinct numbers are followed; "
            + $"{N(r.UntrackedNumberEvents)} events for later numbers are not in this list (they are in the --csv output).");

        Title("5. Bad rows", '-');
        writer.WriteLine(r.BadRowCount == 0 ? "None." : $"{N(r.BadRowCount)} {(r.BadRowCount == 1 ? "row was" : "rows were")} skipped "
            + $"(line numbers are lines of the file{(r.Format == InputFormat.Export ? ", the header is line 1" : string.Empty)}):");
        foreach (var bad in r.BadRows)
        {
            writer.WriteLine($"  line {bad.Line.ToString(CultureInfo.InvariantCulture)}: {TextTable.Printable(bad.Problem, int.MaxValue)}");
        }

        WriteIf(r.BadRowCount > r.BadRows.Count, $"  ... and {N(r.BadRowCount - r.BadRows.Count)} more (only the first {N(r.BadRows.Count)} are listed).");
    }

    private static string N(long n) => Report.N(n);

    private static string Unit(Report r) => r.LinksLegs ? "Calls" : "Events";

    private static string Count(long n, string noun) => $"{N(n)} {noun}{(n == 1 ? string.Empty : "s")}";

    private static string Percent(long part, long whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void WriteIf(bool condition, string line)
    {
        if (condition)
        {
            writer.WriteLine(line);
        }
    }

    private void Title(string title, char underline)
    {
        WriteIf(underline != '=', string.Empty);
        writer.WriteLine(title);
        writer.WriteLine(new string(underline, title.Length));
    }
}
