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
        var lines = Lines(text);
        var hasBlankLine = lines.Any(line => IsBlank(text, line));
        var paragraphs = new List<TextSpan>();
        int? start = null;
        var end = 0;
        foreach (var line in lines)
        {
            if (IsBlank(text, line) || (!hasBlankLine && start is not null))
            {
                if (start is int s) paragraphs.Add(Trim(text, TextSpan.FromBounds(s, end)));
                start = IsBlank(text, line) ? null : line.Start;
                end = line.End;
                continue;
            }
            start ??= line.Start;
            end = line.End;
        }
        if (start is int last) paragraphs.Add(Trim(text, TextSpan.FromBounds(last, end)));
        return paragraphs.Where(p => !p.IsEmpty).ToList();
    }

    private static List<TextSpan> Lines(SourceText text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\r' or '\n')) continue;
            lines.Add(TextSpan.FromBounds(start, i));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(TextSpan.FromBounds(start, text.Length));
        return lines;
    }

    private static bool IsBlank(SourceText text, TextSpan line) => text.AsSpan(line).IsWhiteSpace();

    internal static TextSpan Trim(SourceText text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
