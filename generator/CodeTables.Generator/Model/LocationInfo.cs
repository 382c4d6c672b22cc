using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeTables.Generator.Model;

/// <summary>A place in a table file, kept as plain data (a <see cref="Location"/> would defeat caching).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>1-based line number, as build output and the messages show it.</summary>
    public int Line => LineSpan.Start.Line + 1;
}
