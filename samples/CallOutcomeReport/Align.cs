namespace CallOutcomeReport;

/// <summary>How a <see cref="TextTable"/> column is aligned.</summary>
internal enum Align
{
    /// <summary>Text columns.</summary>
    Left,

    /// <summary>Number columns.</summary>
    Right,
}
