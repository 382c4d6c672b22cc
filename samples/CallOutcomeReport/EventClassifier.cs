using System;
using System.Collections.Generic;
using System.Globalization;

namespace CallOutcomeReport;

/// <summary>
/// Checks an export row and classifies it through its vendor's generated code table. A row is either a
/// <see cref="ClassifiedEvent"/> (its code may still be missing from the table) or a <see cref="BadRow"/>.
/// </summary>
internal static class EventClassifier
{
    /// <summary>Checks and classifies one row.</summary>
    /// <param name="row">The row as read.</param>
    /// <param name="classified">The classified event, when the row is good.</param>
    /// <param name="bad">The problem, when the row is bad.</param>
    /// <returns>True when the row is good.</returns>
    public static bool TryClassify(in ExportRow row, out ClassifiedEvent classified, out BadRow bad)
    {
        classified = default;
        string? problem = Check(row, out VendorTable? vendor, out DateTimeOffset timestamp);
        LookupResult lookup = default;
        if (problem is null)
        {
            lookup = vendor!.Lookup(row.Code!, row.Code2 ?? string.Empty);
            if (lookup.Status == LookupStatus.NotAnInteger)
            {
                problem = $"code '{TextTable.Printable(row.Code!)}' is not an integer ({vendor.Key} codes are numbers)";
            }
        }

        if (problem is not null)
        {
            bad = new BadRow(row.Line, problem);
            return false;
        }

        bad = default;
        classified = new ClassifiedEvent(
            row.Line, timestamp, row.Timestamp!, vendor!, row.Code!, row.Code2 ?? string.Empty, row.Number!, lookup);
        return true;
    }

    private static string? Check(in ExportRow row, out VendorTable? vendor, out DateTimeOffset timestamp)
    {
        vendor = null;
        timestamp = default;
        if (row.Malformed)
        {
            return row.LastLine > row.Line
                ? $"malformed quoting: an unmatched quote makes one record of lines {row.Line}-{row.LastLine}"
                : "malformed quoting (a quote inside an unquoted field, or an unclosed quoted field)";
        }

        if (row.FieldCount != row.HeaderFieldCount)
        {
            return $"{row.FieldCount} field{(row.FieldCount == 1 ? string.Empty : "s")}, the header has {row.HeaderFieldCount}";
        }

        if (string.IsNullOrEmpty(row.Timestamp) || string.IsNullOrEmpty(row.Vendor)
            || string.IsNullOrEmpty(row.Code) || string.IsNullOrEmpty(row.Number))
        {
            return "missing " + MissingColumns(row);
        }

        vendor = VendorTables.Find(row.Vendor!);
        if (vendor is null)
        {
            return $"unknown vendor '{TextTable.Printable(row.Vendor!)}'";
        }

        if (vendor.Code2Use == Code2Use.Required && string.IsNullOrEmpty(row.Code2))
        {
            return $"missing code2 ({vendor.Key}: {vendor.CodeMeaning})";
        }

        if (!DateTimeOffset.TryParse(row.Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp))
        {
            return $"timestamp '{TextTable.Printable(row.Timestamp!)}' is not a date and time";
        }

        return null;
    }

    private static string MissingColumns(in ExportRow row)
    {
        var missing = new List<string>(4);
        AddIfEmpty("timestamp", row.Timestamp);
        AddIfEmpty("vendor", row.Vendor);
        AddIfEmpty("code", row.Code);
        AddIfEmpty("number", row.Number);
        return string.Join(", ", missing);

        void AddIfEmpty(string column, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                missing.Add(column);
            }
        }
    }
}
