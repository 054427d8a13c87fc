namespace Provenance.Corpus;

/// <summary>
/// One line of a file as bytes, without its line break. A line longer than the reader's limit is
/// cut: <see cref="Bytes"/> then holds only its start, and <see cref="Length"/> its full length.
/// </summary>
public readonly record struct RawLine(int Number, byte[] Bytes, long Length)
{
    public bool IsCut => Bytes.Length < Length;

    public bool IsBlank => Bytes.AsSpan().IndexOfAnyExcept(" \t"u8) < 0 && !IsCut;
}
