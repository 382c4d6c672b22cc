using CodeTables.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CodeTables.Generator.Parsing;

/// <summary>Turns character offsets in a table file into locations with line and column.</summary>
internal sealed class TextLocator
{
    private readonly string _path;
    private readonly SourceText _text;

    public TextLocator(string path, string text)
    {
        _path = path;
        _text = SourceText.From(text);
    }

    public LocationInfo At(int start, int length)
    {
        start = Clamp(start);
        var end = Clamp(start + length);
        var span = TextSpan.FromBounds(start, end);
        return new LocationInfo(_path, span, _text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>The whole line that contains <paramref name="offset"/>, without its line break.</summary>
    public LocationInfo LineAt(int offset)
    {
        var line = _text.Lines.GetLineFromPosition(Clamp(offset));
        return At(line.Start, line.End - line.Start);
    }

    public LocationInfo FileStart => At(0, 0);

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _text.Length ? _text.Length : offset;
}
