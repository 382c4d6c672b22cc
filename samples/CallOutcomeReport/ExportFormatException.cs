using System;

namespace CallOutcomeReport;

/// <summary>The export cannot be read at all (e.g. no header, or the header lacks a required column).</summary>
internal sealed class ExportFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line saying what is wrong.</param>
    public ExportFormatException(string message)
        : base(message)
    {
    }
}
