namespace CallOutcomeReport;

/// <summary>A raw code that is not in its vendor's table, and how often it occurred: a row to add.</summary>
/// <param name="Vendor">The vendor kind (its <see cref="VendorTable.TableFile"/> is the table to extend).</param>
/// <param name="Code">The <c>code</c> field.</param>
/// <param name="Code2">The <c>code2</c> field (empty for single-column tables).</param>
/// <param name="Events">How many events had it.</param>
internal sealed record UnknownCode(VendorTable Vendor, string Code, string Code2, long Events)
{
    /// <summary>The code as the report shows it (<c>code + code2</c> for two-column keys).</summary>
    public string DisplayCode => Vendor.FormatCode(Code, Code2);
}
