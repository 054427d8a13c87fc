namespace Provenance.Corpus;

/// <summary>
/// Decodes Windows-1252, the usual encoding of text that is not UTF-8 in scraped dumps. The five
/// bytes the code page leaves undefined map to the C1 controls of the same value, as Windows does,
/// so every byte maps to one character and the original bytes can always be recovered.
/// </summary>
public static class Windows1252
{
    private static readonly char[] C1Range =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static string Decode(ReadOnlySpan<byte> bytes) => string.Create(bytes.Length, bytes, static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var b = source[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? C1Range[b - 0x80] : (char)b;
        }
    });
}
