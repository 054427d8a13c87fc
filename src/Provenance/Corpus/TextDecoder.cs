using System.Buffers;
using System.Text.Unicode;

namespace Provenance.Corpus;

/// <summary>Decodes record bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8.</summary>
public static class TextDecoder
{
    /// <summary>The text; <paramref name="invalidAt"/> is the offset of the first byte that is not UTF-8, or -1.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out int invalidAt)
    {
        // UTF-8 never takes fewer bytes than the UTF-16 code units it decodes to.
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                invalidAt = -1;
                return new string(chars, 0, written);
            }
            invalidAt = read;
            return Windows1252.Decode(bytes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Whether bytes hold a NUL, which no text record does: a binary file, or UTF-16.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) => bytes.Contains((byte)0);
}
