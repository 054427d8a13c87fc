using Provenance.Text;

namespace Provenance.Segmentation;

/// <summary>
/// Splits a body into paragraph spans at blank lines. A body with no blank line at all but several
/// lines is taken to use one paragraph per line, as some dumps do.
/// </summary>
public static class ParagraphSplitter
{
    public static IReadOnlyList<TextSpan> Split(SourceText text)
    {
        var paragraphs = new List<TextSpan>();
        SplitInto(text.AsSpan(), paragraphs);
        return paragraphs;
    }

    /// <summary>Appends the paragraphs of <paramref name="text"/> to <paramref name="paragraphs"/>.</summary>
    internal static void SplitInto(ReadOnlySpan<char> text, List<TextSpan> paragraphs)
    {
        var hasBlankLine = false;
        for (var at = 0; !hasBlankLine && NextLine(text, ref at, out var line);) hasBlankLine = IsBlank(text, line);
        int? start = null;
        var end = 0;
        for (var at = 0; NextLine(text, ref at, out var line);)
        {
            var blank = IsBlank(text, line);
            if (blank || (!hasBlankLine && start is not null))
            {
                if (start is int s) Add(text, TextSpan.FromBounds(s, end), paragraphs);
                start = blank ? null : line.Start;
                end = line.End;
                continue;
            }
            start ??= line.Start;
            end = line.End;
        }
        if (start is int last) Add(text, TextSpan.FromBounds(last, end), paragraphs);
    }

    private static void Add(ReadOnlySpan<char> text, TextSpan paragraph, List<TextSpan> paragraphs)
    {
        var trimmed = Trim(text, paragraph);
        if (!trimmed.IsEmpty) paragraphs.Add(trimmed);
    }

    /// <summary>The line starting at <paramref name="at"/>, without its break (CR, LF or CR LF); false past the last line.</summary>
    private static bool NextLine(ReadOnlySpan<char> text, ref int at, out TextSpan line)
    {
        if (at >= text.Length)
        {
            line = default;
            return false;
        }
        var length = text[at..].IndexOfAny('\r', '\n');
        if (length < 0)
        {
            line = TextSpan.FromBounds(at, text.Length);
            at = text.Length;
            return true;
        }
        line = new TextSpan(at, length);
        at += length;
        at += text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1;
        return true;
    }

    private static bool IsBlank(ReadOnlySpan<char> text, TextSpan line) => text.Slice(line.Start, line.Length).IsWhiteSpace();

    private static TextSpan Trim(ReadOnlySpan<char> text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
