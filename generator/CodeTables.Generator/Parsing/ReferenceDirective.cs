using System;
using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Diagnostics;
using CodeTables.Generator.Model;
using CodeTables.Shared;

namespace CodeTables.Generator.Parsing;

/// <summary>
/// Reads the value of the 'references' directive (or References item metadata):
/// <c>Column=TargetEnum, OtherColumn=TargetEnum[]</c>. The targets are resolved later, against the catalog.
/// </summary>
internal static class ReferenceDirective
{
    /// <summary>The reference columns the directive declares; problems are reported and leave their entry out.</summary>
    /// <param name="keyColumns">Header indexes of the key columns.</param>
    /// <param name="extraColumns">Header indexes of the columns kept as metadata (<see cref="TableModel.ExtraColumns"/>).</param>
    public static EquatableArray<ReferenceColumn> Parse(
        string? value,
        LocationInfo location,
        string tableName,
        string[] columns,
        int[] keyColumns,
        int[] extraColumns,
        List<DiagnosticInfo> diagnostics)
    {
        if (value is null)
        {
            return EquatableArray<ReferenceColumn>.Empty;
        }

        var result = new List<ReferenceColumn>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var methods = new Dictionary<string, string>(StringComparer.Ordinal);
        void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] arguments)
            => diagnostics.Add(DiagnosticInfo.Create(descriptor, location, new[] { tableName }.Concat(arguments).ToArray()));

        var entries = value.Split(',');
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i].Trim();
            if (entry.Length == 0)
            {
                Report(Descriptors.MalformedReferences, entries.Length == 1 ? "is empty" : "has an empty entry (two commas in a row, or a comma at the end)");
                continue;
            }

            var equals = entry.IndexOf('=');
            if (equals < 0)
            {
                Report(Descriptors.MalformedReferences, $"entry '{entry}' has no '=' between the column and the target enum");
                continue;
            }

            var column = entry.Substring(0, equals).Trim();
            var target = entry.Substring(equals + 1).Trim();
            var isList = target.EndsWith("[]", StringComparison.Ordinal);
            if (isList)
            {
                target = target.Substring(0, target.Length - 2).TrimEnd();
            }

            if (column.Length == 0)
            {
                Report(Descriptors.MalformedReferences, $"entry '{entry}' names no column before '='");
                continue;
            }

            var typeProblem = WhyNotATypeName(target);
            if (typeProblem is not null)
            {
                Report(Descriptors.MalformedReferences, $"entry '{entry}': the target '{target}' {typeProblem}");
                continue;
            }

            if (!seen.Add(column))
            {
                Report(Descriptors.MalformedReferences, $"names the column '{column}' twice");
                continue;
            }

            var index = Array.FindIndex(columns, c => string.Equals(c, column, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                var nearest = NearestName.Find(column, columns);
                Report(Descriptors.ReferenceColumnNotFound, column, "is not in the header" + (nearest is null ? string.Empty : $" (did you mean '{nearest}'?)"), string.Join(", ", columns));
                continue;
            }

            var keyIndex = Array.IndexOf(keyColumns, index);
            var extraIndex = Array.IndexOf(extraColumns, index);
            if (keyIndex < 0 && extraIndex < 0)
            {
                Report(Descriptors.ReferenceColumnNotFound, column, "is the table's Name, Outcome, Retry or Description column, which cannot hold codes of another table", string.Join(", ", columns));
                continue;
            }

            var words = Identifiers.PascalCase(columns[index]);
            var method = "Get" + words;
            if (words.Length == 0 || Identifiers.WhyInvalid(method) is not null)
            {
                Report(Descriptors.ReferenceAccessorClash, columns[index], method, "is not a method name made from the column's letters and digits");
                continue;
            }

            if (GeneratedNames.ExtensionMethods.Contains(method))
            {
                Report(Descriptors.ReferenceAccessorClash, columns[index], method, "the generated extension class already has");
                continue;
            }

            if (methods.TryGetValue(method, out var other))
            {
                Report(Descriptors.ReferenceAccessorClash, columns[index], method, $"the reference column '{other}' already generates");
                continue;
            }

            methods[method] = columns[index];
            result.Add(new ReferenceColumn(columns[index], target, isList, keyIndex, extraIndex, method, location));
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The codes a cell names: the trimmed cell for a single reference (none when empty); for a list, the items
    /// between commas and semicolons, trimmed, empty items skipped.
    /// </summary>
    public static string[] Codes(string cell, bool isList)
    {
        if (!isList)
        {
            var code = cell.Trim();
            return code.Length == 0 ? Array.Empty<string>() : new[] { code };
        }

        return cell.Split(',', ';').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
    }

    private static string? WhyNotATypeName(string target)
    {
        var name = target.StartsWith("global::", StringComparison.Ordinal) ? target.Substring("global::".Length) : target;
        if (name.Length == 0)
        {
            return "is empty";
        }

        if (name.IndexOfAny(new[] { '[', ']' }) >= 0)
        {
            return "is not a type name (a list is written Type[], with nothing after the brackets)";
        }

        foreach (var part in name.Split('.'))
        {
            var problem = Identifiers.WhyInvalid(part.Trim());
            if (problem is not null)
            {
                return "is not a type name (" + problem + ")";
            }
        }

        return null;
    }
}
