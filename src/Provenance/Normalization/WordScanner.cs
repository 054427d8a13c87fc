using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>
/// Finds the words of a span: letters and digits, joined by inner apostrophes, hyphens and dots
/// ("Kim’s", "co-operation", "U.S", "3.5"); '%' and '&amp;' are words of their own. Tracks whether
/// each word lies inside a quotation (double quotes, or single quotes that open after a space).
/// </summary>
public static class WordScanner
{
    /// <summary>The words of <paramref name="span"/>, each with its text.</summary>
    public static List<RawWord> Scan(SourceText text, TextSpan span)
    {
        var found = new List<ScannedWord>(span.Length / 5 + 1);
        ScanInto(text.AsSpan(), span, found);
        var words = new List<RawWord>(found.Count);
        foreach (var word in found) words.Add(new RawWord(word.Span, text.ToString(word.Span), word.InQuote));
        return words;
    }

    /// <summary>Appends the words of <paramref name="span"/> of <paramref name="text"/> to <paramref name="words"/>.</summary>
    public static void ScanInto(ReadOnlySpan<char> text, TextSpan span, List<ScannedWord> words)
    {
        var inDouble = false;
        var inSingle = false;
        var end = span.End;
        for (var i = span.Start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i + 1 < end && (char.IsLetterOrDigit(text[i + 1]) || IsJoinerAt(text, i + 1, end)))
                    i++;
                words.Add(new ScannedWord(TextSpan.FromBounds(start, i + 1), inDouble || inSingle));
                continue;
            }
            switch (c)
            {
                case '“': inDouble = true; break;
                case '”': inDouble = false; break;
                case '"': inDouble = !inDouble; break;
                case '‘' or '\'' when i == span.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '—' or '-':
                    inSingle = true;
                    break;
                case '’' or '\'' when inSingle && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])):
                    inSingle = false;
                    break;
                case '%' or '&':
                    words.Add(new ScannedWord(new TextSpan(i, 1), inDouble || inSingle));
                    break;
            }
        }
    }

    /// <summary>A joiner between two word characters; a comma only between digits ("5,000").</summary>
    private static bool IsJoinerAt(ReadOnlySpan<char> text, int i, int end)
    {
        if (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])) return false;
        return text[i] switch
        {
            '\'' or '’' or '-' or '‐' or '‑' or '.' => true,
            ',' => char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]),
            _ => false,
        };
    }
}
