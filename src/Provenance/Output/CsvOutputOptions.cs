namespace Provenance.Output;

/// <summary>
/// How the CSV is written. By default for spreadsheets: a UTF-8 byte-order mark (so Excel reads curly
/// quotes and accents), and cells that a spreadsheet would run as a formula prefixed with an apostrophe.
/// </summary>
public sealed record CsvOutputOptions
{
    public bool ByteOrderMark { get; init; } = true;
    public bool NeutraliseFormulas { get; init; } = true;

    /// <summary>How many threads format the rows of a table given as a list (the bytes are the same whatever the number).</summary>
    public int Threads { get; init; } = 1;
}
