using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Provenance.Segmentation;
using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>
/// An article's tokens packed into bytes, and unpacked into the very same tokens without scanning and
/// normalising its text again. A corpus too large to keep analysed keeps these instead: about 4 bytes a
/// token where a token takes 12 and its analysis 20, and unpacking costs a few percent of tokenising.
/// </summary>
/// <remarks>
/// For each paragraph: its token count, its sentence count and each sentence's token count, its three
/// house-style counts, then each token as the distance of its start from the last token's start (tokens
/// start in order), its length and its form's number with the quoted flag, all as variable-length
/// numbers (7 bits a byte).
/// </remarks>
public static class PackedTokens
{
    [ThreadStatic] private static byte[]? t_buffer;

    /// <summary>The packed tokens of an article's paragraphs; null when they do not have the shape tokenising gives them.</summary>
    public static byte[]? Pack(ImmutableArray<TokenizedParagraph> paragraphs)
    {
        // Room for the most bytes the numbers can take (5 each), so the writes need no checks.
        var numbers = 1;
        foreach (var paragraph in paragraphs) numbers += 5 + paragraph.SentenceTokens.Length + 3 * paragraph.Tokens.Length;
        if (t_buffer is null || t_buffer.Length < 5 * numbers) t_buffer = new byte[Math.Max(5 * numbers, 1 << 16)];
        var bytes = t_buffer;
        var at = 0;
        Write(bytes, ref at, (uint)paragraphs.Length);
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            Write(bytes, ref at, (uint)tokens.Length);
            Write(bytes, ref at, (uint)paragraph.SentenceTokens.Length);
            var next = 0;
            foreach (var range in paragraph.SentenceTokens)
            {
                if (range.Start.IsFromEnd || range.End.IsFromEnd || range.Start.Value != next || range.End.Value < next) return null;
                Write(bytes, ref at, (uint)(range.End.Value - next));
                next = range.End.Value;
            }
            if (next != tokens.Length) return null;
            var style = paragraph.Style;
            if (style.HonorificsBeforeNames < 0 || style.BritishSpellings < 0 || style.DottedAbbreviations < 0) return null;
            Write(bytes, ref at, (uint)style.HonorificsBeforeNames);
            Write(bytes, ref at, (uint)style.BritishSpellings);
            Write(bytes, ref at, (uint)style.DottedAbbreviations);
            var previous = paragraph.Paragraph.Span.Start;
            foreach (var token in tokens)
            {
                if (token.Span.Start < previous) return null;
                Write(bytes, ref at, (uint)(token.Span.Start - previous));
                Write(bytes, ref at, (uint)token.Span.Length);
                Write(bytes, ref at, ((uint)token.Form << 1) | (token.InQuote ? 1u : 0u));
                previous = token.Span.Start;
            }
        }
        return bytes.AsSpan(0, at).ToArray();
    }

    /// <summary>The tokenised paragraphs packed by <see cref="Pack"/> from the article whose body paragraphs are <paramref name="paragraphs"/>.</summary>
    public static ImmutableArray<TokenizedParagraph> Unpack(byte[] packed, ImmutableArray<Paragraph> paragraphs)
    {
        var at = 0;
        if (Read(packed, ref at) != paragraphs.Length)
            throw new ArgumentException("The packed tokens are of an article with another number of paragraphs.", nameof(packed));
        var tokenized = new TokenizedParagraph[paragraphs.Length];
        for (var p = 0; p < tokenized.Length; p++)
        {
            var tokens = new Token[Read(packed, ref at)];
            var ranges = new Range[Read(packed, ref at)];
            var next = 0;
            for (var s = 0; s < ranges.Length; s++)
            {
                var start = next;
                next += (int)Read(packed, ref at);
                ranges[s] = start..next;
            }
            var style = new HouseStyle((int)Read(packed, ref at), (int)Read(packed, ref at), (int)Read(packed, ref at));
            var previous = paragraphs[p].Span.Start;
            for (var t = 0; t < tokens.Length; t++)
            {
                var start = previous + (int)Read(packed, ref at);
                var length = (int)Read(packed, ref at);
                var formAndQuote = Read(packed, ref at);
                tokens[t] = new Token(new TextSpan(start, length), (int)(formAndQuote >> 1), (formAndQuote & 1) != 0);
                previous = start;
            }
            tokenized[p] = new TokenizedParagraph(paragraphs[p], ImmutableCollectionsMarshal.AsImmutableArray(tokens),
                ImmutableCollectionsMarshal.AsImmutableArray(ranges)) { Style = style };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(tokenized);
    }

    private static void Write(byte[] bytes, ref int at, uint value)
    {
        for (; value >= 0x80; value >>= 7) bytes[at++] = (byte)(value | 0x80);
        bytes[at++] = (byte)value;
    }

    private static uint Read(byte[] bytes, ref int at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }
}
