using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CallOutcomeReport;

/// <summary>
/// Streams the records of an RFC 4180 file (LF, CRLF or CR line ends; spaces around fields trimmed outside quotes)
/// with the exact lines each spans. Memory is bounded: a record longer than the limit is read to its end but not
/// kept (<see cref="TooLong"/>), so one huge line costs no more than a short one.
/// </summary>
internal sealed class CsvRecords(TextReader reader, int maxChars) : IDisposable
{
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _pos, _len;
    private long _line = 1;
    private bool _started; // the current field has a character (or an opening quote)

    /// <summary>The current record's fields (none when it is <see cref="TooLong"/>).</summary>
    public List<string> Fields { get; } = new();

    /// <summary>The lines the current record starts and ends on (a quoted field may span lines).</summary>
    public long Line { get; private set; }
    public long LastLine { get; private set; }

    /// <summary>A quote inside an unquoted field, text after a closing quote, or a quote never closed.</summary>
    public bool Malformed { get; private set; }
    public bool TooLong { get; private set; }

    /// <summary>The file ends inside a quoted field (a truncated file, or a quote never closed).</summary>
    public bool Unclosed { get; private set; }
    public int MaxChars => maxChars;

    /// <summary>How much of the file has been read, 0 to 1 (0 when the length is not known).</summary>
    public double Fraction => reader is StreamReader { BaseStream: { CanSeek: true, Length: > 0 } s } ? (double)s.Position / s.Length : 0;

    /// <summary>Moves to the next record that is not a blank line; false at the end of the file.</summary>
    public bool Read()
    {
        bool found;
        do
        {
            found = ReadRecord();
        }
        while (found && !TooLong && !Malformed && Fields is [""]);
        return found;
    }

    public void Dispose() => reader.Dispose();

    private bool ReadRecord()
    {
        (Line, Malformed, TooLong, Unclosed, _started) = (_line, false, false, false, false);
        Fields.Clear();
        long chars = 0;
        bool quoted = false, inQuotes = false, lastWasBreak = false;
        for (var c = Next(); ; c = Next())
        {
            if (c < 0)
            {
                LastLine = inQuotes && lastWasBreak ? _line - 1 : _line; // an unclosed quote's final line break ends the file
                Malformed |= inQuotes;
                Unclosed = inQuotes;
                EndField(quoted);
                return chars > 0;
            }

            bool isBreak = c is '\n' or '\r', crlf = c == '\r' && Peek() == '\n';
            if ((inQuotes || !isBreak) && ++chars > maxChars && !TooLong)
            {
                TooLong = true; // the line break that ends the record is not counted
                Fields.Clear();
            }

            if (inQuotes)
            {
                lastWasBreak = isBreak && !crlf; // inside quotes a CRLF is kept as two characters and counted at its LF
                _line += lastWasBreak ? 1 : 0;
                inQuotes = c != '"' || Peek() == '"';
                _pos += c == '"' && inQuotes ? 1 : 0; // a doubled quote is one quote
                Append(inQuotes, c);
            }
            else if (c == ',' || isBreak)
            {
                EndField(quoted);
                quoted = false;
                _pos += crlf ? 1 : 0;
                if (isBreak)
                {
                    LastLine = _line++;
                    return true;
                }
            }
            else if (c == '"' && !_started)
            {
                quoted = inQuotes = _started = true;
            }
            else
            {
                Malformed |= c == '"' || quoted; // a quote in an unquoted field, or text after a closing quote
                Append(c != ' ' || (_started && !quoted), c); // spaces before and after a field are not part of it
            }
        }
    }

    private void Append(bool append, int c)
    {
        _started |= append;
        if (append && !TooLong)
        {
            _field.Append((char)c);
        }
    }

    private void EndField(bool quoted)
    {
        if (!TooLong)
        {
            Fields.Add(quoted ? _field.ToString() : _field.ToString().TrimEnd(' '));
        }

        _field.Clear();
        _started = false;
    }

    private int Peek()
    {
        (_pos, _len) = _pos < _len ? (_pos, _len) : (0, reader.Read(_buffer, 0, _buffer.Length));
        return _len == 0 ? -1 : _buffer[_pos];
    }

    private int Next() => Peek() < 0 ? -1 : _buffer[_pos++];
}
