using System;

namespace CallOutcomeReport;

/// <summary>One streaming pass over an export: classify each row, aggregate it, optionally write it out.</summary>
internal static class ExportAnalyzer
{
    /// <summary>How often (in data rows) progress is reported.</summary>
    public const long ProgressInterval = 250_000;

    /// <summary>Reads every row of <paramref name="reader"/> and builds the report.</summary>
    /// <param name="reader">The export.</param>
    /// <param name="exportName">The export as the report names it.</param>
    /// <param name="limits">The list bounds.</param>
    /// <param name="csv">Where to write each classified event, or null.</param>
    /// <param name="progress">Called every <see cref="ProgressInterval"/> rows with (rows so far, bad rows so far), or null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ExportFormatException">The export has no usable header.</exception>
    public static Report Analyze(ExportReader reader, string exportName, ReportLimits limits, CsvEventWriter? csv,
        Action<long, long>? progress)
    {
        var builder = new ReportBuilder(exportName, limits);
        foreach (ExportRow row in reader.ReadRows())
        {
            if (EventClassifier.TryClassify(row, out ClassifiedEvent classified, out BadRow bad))
            {
                builder.Add(classified);
                csv?.Write(classified);
            }
            else
            {
                builder.AddBadRow(bad);
            }

            if (progress is not null && builder.DataRows % ProgressInterval == 0)
            {
                progress(builder.DataRows, builder.BadRowCount);
            }
        }

        return builder.Build();
    }
}
