using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeTables.Generator.Model;

/// <summary>A place in a table file, kept as plain data (a <see cref="Location"/> would defeat caching).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>No place: what the positions of a table handed to the writers are (<see cref="TableModel.WithoutPositions"/>).</summary>
    public static readonly LocationInfo None = new(string.Empty, default, default);

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>1-based line number, as build output and the messages show it.</summary>
    public int Line => LineSpan.Start.Line + 1;
}
