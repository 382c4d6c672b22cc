using System.Text;

namespace CodeTables.Generator.Emit;

/// <summary>Writes indented C# lines into a presized buffer. Line breaks are always "\n", so output is the same on every OS.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _buffer;
    private int _indent;

    public SourceWriter(int capacity) => _buffer = new StringBuilder(capacity);

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _buffer.Append(' ', _indent * 4).Append(text);
        }

        _buffer.Append('\n');
        return this;
    }

    /// <summary>Writes "{" and indents what follows.</summary>
    public SourceWriter Open(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Outdents and writes "}" (or e.g. "};").</summary>
    public SourceWriter Close(string closing = "}")
    {
        _indent--;
        return Line(closing);
    }

    /// <summary>Indents what follows without a brace (the statements under a case label).</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _buffer.ToString();
}
