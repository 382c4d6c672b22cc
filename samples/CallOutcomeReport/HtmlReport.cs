using System.Globalization;
using System.Net;
using System.Text;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>
/// The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched. Every chart segment has
/// a <c>&lt;title&gt;</c> ("Busy: 3 calls") and every number is also in a table, so the page reads without the charts.
/// </summary>
internal static class HtmlReport
{
    private static readonly string[] CategoryHues = ["#2e7d32", "#ef6c00", "#c62828", "#757575"]; // by ReportPrinter.Categories: Connected, Unanswered, Failed, Unknown

    public static string Write(Report r)
    {
        var unit = r.LinksLegs ? "calls" : "legs"; // what a count counts: calls where the records link legs, else each record, a leg
        var slots = Enumerable.Range(0, Report.NotInTable + 1).Where(s => r.AllVendors.Any(v => v.ByOutcome[s] > 0)).ToArray();
        var h = new StringBuilder($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Call outcome report</title>
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <style>body{"{"}font:14px sans-serif;margin:2em;max-width:70em{"}"} table{"{"}border-collapse:collapse;margin:.5em 0 1.5em{"}"}
            td,th{"{"}border:1px solid #ccc;padding:2px 8px{"}"} td.n{"{"}text-align:right{"}"} svg text{"{"}font:11px sans-serif{"}"}</style></head><body>
            <h1>Call outcome report</h1>
            <p>File: {E(r.ExportName)}<br>Format: {E(InputLayout.Describe(r.Format))}<br>Times: UTC<br>
            {(r.LinksLegs ? $"{Report.N(r.Calls)} calls from {Report.N(r.Events)} records (legs linked)" : $"{Report.N(r.Events)} records: the records do not link the legs of a call, so the counts are legs, not calls")};
            {Report.N(r.BadRowCount)} bad rows.</p>
            """);

        h.Append($"<h2>Outcomes by vendor</h2>\n");
        var vendors = r.Vendors;
        var max = Math.Max(1, vendors.Select(v => v.Events).DefaultIfEmpty(0).Max());
        h.Append($"<svg id=\"by-vendor\" width=\"760\" height=\"{vendors.Length * 28 + 10}\" role=\"img\" aria-label=\"Outcomes by vendor\">\n");
        foreach (var (v, row) in vendors.Select((v, i) => (v, i)))
        {
            h.Append($"<text x=\"0\" y=\"{row * 28 + 19}\">{E(v.Vendor.Key)}</text>");
            double x = 250;
            foreach (var s in slots.Where(s => v.ByOutcome[s] > 0))
            {
                var w = 500.0 * v.ByOutcome[s] / max;
                h.Append(Segment(x, row * 28 + 4, w, 20, s, v.ByOutcome[s], unit, $"data-vendor=\"{E(v.Vendor.Key)}\""));
                x += w;
            }

            h.Append('\n');
        }

        h.Append("</svg>\n");
        Table(h, "outcomes-table", ["Vendor", .. slots.Select(Label), "Total"], vendors.Select(v => (string[])[v.Vendor.Key, .. slots.Select(s => Report.N(v.ByOutcome[s])), Report.N(v.Events)]));

        h.Append($"<h2>{(r.LinksLegs ? "Calls" : "Legs")} by hour of the day (UTC)</h2>\n<svg id=\"by-hour\" width=\"760\" height=\"240\" role=\"img\" aria-label=\"By hour\">\n");
        var hourMax = Math.Max(1, r.ByHour.Max(b => b.Sum()));
        for (var hour = 0; hour < 24; hour++)
        {
            double y = 210;
            foreach (var s in slots.Where(s => r.ByHour[hour][s] > 0))
            {
                var height = 200.0 * r.ByHour[hour][s] / hourMax;
                y -= height;
                h.Append(Segment(hour * 31 + 4, y, 26, height, s, r.ByHour[hour][s], unit, $"data-hour=\"{hour}\""));
            }

            h.Append($"<text x=\"{hour * 31 + 10}\" y=\"228\">{hour:00}</text>\n");
        }

        h.Append("</svg>\n");
        Table(h, "hours-table", ["Hour", .. slots.Select(Label), "Total"],
            Enumerable.Range(0, 24).Where(i => r.ByHour[i].Sum() > 0).Select(i => (string[])[$"{i:00}", .. slots.Select(s => Report.N(r.ByHour[i][s])), Report.N(r.ByHour[i].Sum())]));
        h.Append("<p>Colours: ").AppendJoin(", ", slots.Select(s => $"<span style=\"color:{Colour(s)}\">&#9632;</span> {E(Label(s))}")).Append("</p>\n");

        h.Append($"<h2>Numbers to retry</h2>\n<p>{Report.N(r.NumbersToRetry.Count)} numbers; {Report.N(r.NotNumberEvents)} records had a destination that is not a number.</p>\n");
        Table(h, "retry-table", ["Number", "Attempts", "Last outcome", "Vendor", "Last event"], r.NumbersToRetry.Take(r.Limits.RetryNumbersListed)
            .Select(n => new[] { n.Number, Report.N(n.Attempts), n.LastOutcome.ToStringFast(), n.LastVendor.Key, n.LastTime.UtcDateTime.ToString("u", CultureInfo.InvariantCulture) }));
        h.Append($"<h2>Bad rows</h2>\n<p>{Report.N(r.BadRowCount)} rows could not be read.</p>\n");
        Table(h, "bad-rows-table", ["Line", "Problem"], r.BadRows.Select(b => new[] { b.Line.ToString(CultureInfo.InvariantCulture), b.Problem }));
        return h.Append("</body></html>\n").ToString();
    }

    private static string Label(int slot) => slot == Report.NotInTable ? "Not in table" : Report.Outcomes[slot].ToStringFast();

    // A hue per category, lighter for each further outcome of the category.
    private static string Colour(int slot)
    {
        if (slot == Report.NotInTable)
        {
            return "#bdbdbd";
        }

        var o = Report.Outcomes[slot];
        var nth = CallOutcomeExtensions.GetValues().Where(x => x.GetCategory() == o.GetCategory()).ToList().IndexOf(o);
        var hue = CategoryHues[Array.IndexOf(ReportPrinter.Categories, o.GetCategory())];
        return $"color-mix(in srgb, {hue} {100 - nth * 15}%, white)";
    }

    private static string Segment(double x, double y, double w, double height, int slot, long n, string unit, string data) =>
        FormattableString.Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{w:0.##}\" height=\"{height:0.##}\" fill=\"{Colour(slot)}\" data-outcome=\"{E(Label(slot))}\" data-count=\"{n}\" {data}><title>{E(Label(slot))}: {Report.N(n)} {unit}</title></rect>");

    private static void Table(StringBuilder h, string id, string[] head, IEnumerable<string[]> rows)
    {
        h.Append($"<table id=\"{id}\"><tr>").AppendJoin("", head.Select(c => $"<th>{E(c)}</th>")).Append("</tr>\n");
        foreach (var row in rows)
        {
            h.Append("<tr>").AppendJoin("", row.Select(c => c.Length > 0 && (char.IsAsciiDigit(c[0]) && c.All(x => char.IsAsciiDigit(x) || x == ',')) ? $"<td class=\"n\">{E(c)}</td>" : $"<td>{E(c)}</td>")).Append("</tr>\n");
        }

        h.Append("</table>\n");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
