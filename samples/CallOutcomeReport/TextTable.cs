using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CallOutcomeReport;

/// <summary>
/// A plain-text table: padded columns, a dashed rule under the header, no colours or box drawing, so it reads the
/// same on a console and in a redirected file. Cells are made printable (line breaks and tabs escaped) and long
/// cells are shortened, because they may come from the export.
/// </summary>
internal sealed class TextTable
{
    /// <summary>The longest cell, in characters; longer cells end in "...".</summary>
    public const int MaxCellWidth = 48;

    private readonly (string Title, Align Align)[] columns;
    private readonly List<string[]?> rows = new();

    /// <summary>Creates a table with the given columns.</summary>
    /// <param name="columns">Each column's title and alignment.</param>
    public TextTable(params (string Title, Align Align)[] columns) => this.columns = columns;

    /// <summary>Adds a row; missing cells are empty.</summary>
    /// <param name="cells">The cells, left to right.</param>
    public void AddRow(params string[] cells)
    {
        var row = new string[columns.Length];
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = i < cells.Length ? Printable(cells[i]) : string.Empty;
        }

        rows.Add(row);
    }

    /// <summary>Adds a dashed rule (e.g. before a totals row).</summary>
    public void AddRule() => rows.Add(null);

    /// <summary>Writes the table, each line starting with <paramref name="indent"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="indent">The left margin.</param>
    public void Write(TextWriter writer, string indent = "  ")
    {
        var widths = new int[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            widths[i] = columns[i].Title.Length;
            foreach (string[]? row in rows)
            {
                if (row is not null)
                {
                    widths[i] = Math.Max(widths[i], row[i].Length);
                }
            }
        }

        var titles = new string[columns.Length];
        var rule = new string[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            titles[i] = columns[i].Title;
            rule[i] = new string('-', widths[i]);
        }

        WriteLine(writer, indent, titles, widths);
        WriteLine(writer, indent, rule, widths);
        foreach (string[]? row in rows)
        {
            WriteLine(writer, indent, row ?? rule, widths);
        }
    }

    /// <summary>
    /// Makes text from the export safe for one line of a plain-text report: control characters are escaped
    /// (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u0000</c>) and long text is cut.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The longest result; longer text is cut and ends in "...".</param>
    /// <returns>The printable text.</returns>
    public static string Printable(string text, int maxLength = MaxCellWidth)
    {
        bool clean = text.Length <= maxLength;
        foreach (char c in text)
        {
            clean &= !char.IsControl(c);
        }

        if (clean)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return sb.Length <= maxLength ? sb.ToString() : sb.ToString(0, maxLength - 3) + "...";
    }

    private void WriteLine(TextWriter writer, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(columns[i].Align == Align.Right ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
