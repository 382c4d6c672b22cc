using System;
using System.Collections.Generic;

namespace CodeTables;

/// <summary>Finds tables in a list of them by name; what each project's generated <c>CodeTableRegistry</c> uses.</summary>
public static class CodeTableLookup
{
    /// <summary>
    /// The table <paramref name="name"/> names, case-insensitively: the enum's full name (<c>MyApp.Q850Cause</c>),
    /// else its name (<c>Q850Cause</c>), else the file name with or without <c>.csv</c> (<c>q850-cause</c>), else
    /// the vendor (<c>ITU-T</c>). The first of these that matches any table decides: one match is the answer;
    /// several (two tables of one vendor, two enums of one name in different namespaces) give null rather than a
    /// guess: use a more specific name, or <see cref="ForVendor"/>.
    /// </summary>
    /// <param name="tables">The tables to search.</param>
    /// <param name="name">An enum name, file name or vendor.</param>
    /// <returns>The table, or null when none or several match.</returns>
    public static ICodeTable? Find(IEnumerable<ICodeTable> tables, string? name)
    {
        if (tables is null)
        {
            throw new ArgumentNullException(nameof(tables));
        }

        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        for (var level = 0; level < 4; level++)
        {
            ICodeTable? found = null;
            var count = 0;
            foreach (var table in tables)
            {
                if (Matches(table, name!, level))
                {
                    found = table;
                    count++;
                }
            }

            if (count > 0)
            {
                return count == 1 ? found : null;
            }
        }

        return null;
    }

    /// <summary>The tables whose vendor is <paramref name="vendor"/> (case-insensitive), in list order.</summary>
    /// <param name="tables">The tables to search.</param>
    /// <param name="vendor">The vendor.</param>
    /// <returns>The vendor's tables; none for a null vendor.</returns>
    public static IEnumerable<ICodeTable> ForVendor(IEnumerable<ICodeTable> tables, string? vendor)
    {
        if (tables is null)
        {
            throw new ArgumentNullException(nameof(tables));
        }

        foreach (var table in tables)
        {
            if (vendor is not null && Same(table.Vendor, vendor))
            {
                yield return table;
            }
        }
    }

    private static bool Matches(ICodeTable table, string name, int level) => level switch
    {
        0 => Same(table.EnumType.FullName, name),
        1 => Same(table.EnumName, name),
        2 => Same(table.FileName, name)
             || (table.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                 && table.FileName.Length - 4 == name.Length
                 && string.Compare(table.FileName, 0, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0),
        _ => Same(table.Vendor, name),
    };

    private static bool Same(string? a, string b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
