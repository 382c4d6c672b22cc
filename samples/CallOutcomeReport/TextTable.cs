
namespace CallOutcomeReport;

/// <summary>How a <see cref="TextTable"/> column is aligned: text left, numbers right.</summary>
internal enum Align { Left, Right }

/// <summary>
/// A plain-text table: padded columns, a dashed rule under the header, no colours or box drawing, so it reads the
/// same on a console and in a redirected file. Cells are made printable and shortened, as they may come from the input.
/// </summary>
internal sealed class TextTable(params (string Title, Align Align)[] columns)
{
    /// <summary>The longest cell, in characters; longer cells end in "...".</summary>
    public const int MaxCellWidth = 48;

    private readonly List<string[]?> _rows = new();

    /// <summary>Adds a row; missing cells are empty.</summary>
    public void AddRow(params string[] cells) => AddRows([cells]);

    public void AddRows(IEnumerable<string[]> cells) =>
        _rows.AddRange(cells.Select(c => columns.Select((_, i) => i < c.Length ? Printable(c[i]) : string.Empty).ToArray()));

    /// <summary>Adds a dashed rule (e.g. before a totals row).</summary>
    public void AddRule() => _rows.Add(null);

    public void Write(TextWriter writer, string indent = "  ")
    {
        var widths = columns.Select((c, i) => _rows.Where(r => r is not null).Select(r => r![i].Length).Append(c.Title.Length).Max()).ToArray();
        var rule = widths.Select(w => new string('-', w)).ToArray();
        foreach (var cells in _rows.Prepend(rule).Prepend(columns.Select(c => c.Title).ToArray()))
        {
            var padded = (cells ?? rule).Select((c, i) => columns[i].Align == Align.Right ? c.PadLeft(widths[i]) : c.PadRight(widths[i]));
            writer.WriteLine((indent + string.Join("  ", padded)).TrimEnd());
        }
    }

    /// <summary>Makes input text safe for one line of the report: control characters escaped, long text cut.</summary>
    public static string Printable(string text, int maxLength = MaxCellWidth)
    {
        var s = !text.Any(char.IsControl) ? text : string.Concat(text.Select(c => c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString(),
        }));
        return s.Length <= maxLength ? s : s[..(maxLength - 3)] + "...";
    }
}
