using System.Buffers;
using System.Collections.Frozen;
using Provenance.Text;

namespace Provenance.Segmentation;

/// <summary>
/// Splits a paragraph into sentences at '.', '!', '?' or '…' (with any closing quotes or brackets)
/// followed by white space and a capital, a digit or an opening quote, except after initials
/// ("F."), titles ("Mr.", "Lt. Gen.") and abbreviations ("U.S.") that are not followed by a
/// word that usually starts a sentence.
/// </summary>
public sealed class SentenceSplitter
{
    private static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at",
        "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "however",
        "meanwhile", "still", "yet", "so", "if", "when", "while", "as", "after", "before", "some",
        "many", "most", "officials", "mr", "mrs", "ms", "dr",
    }.ToFrozenSet();

    // Words are looked up by their characters, lower-cased on the stack: no string for each full stop.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    public SentenceSplitter(FrozenSet<string> abbreviations, FrozenSet<string> titles)
    {
        _abbreviations = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _titles = titles.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<TextSpan> Split(SourceText text, TextSpan paragraph)
    {
        var sentences = new List<TextSpan>();
        SplitInto(text.AsSpan(), paragraph, sentences);
        return sentences;
    }

    /// <summary>Appends the sentences of <paramref name="paragraph"/> to <paramref name="sentences"/>.</summary>
    internal void SplitInto(ReadOnlySpan<char> text, TextSpan paragraph, List<TextSpan> sentences)
    {
        var start = paragraph.Start;
        var end = paragraph.End;
        for (var i = start; i < end; i++)
        {
            // Most characters end nothing: the next that may is found a vector at a time.
            var skipped = text[i..end].IndexOfAny(Terminators);
            if (skipped < 0) break;
            i += skipped;
            var j = i + 1;
            while (j < end && IsTerminator(text[j])) j++;
            while (j < end && IsCloser(text[j])) j++;
            if (j >= end || !char.IsWhiteSpace(text[j])) continue;
            var next = j;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end || !StartsSentence(text[next])) continue;
            if (text[i] == '.' && j == i + 1 && IsAbbreviation(text, start, i, next, end)) continue;

            sentences.Add(TextSpan.FromBounds(start, j));
            start = next;
            i = next - 1;
        }
        if (start < end) sentences.Add(TextSpan.FromBounds(start, end));
    }

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…");

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';
    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';
    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '«' or '[';

    /// <summary>Whether the word ending at the period <paramref name="dot"/> is an abbreviation that does not end the sentence.</summary>
    private bool IsAbbreviation(ReadOnlySpan<char> text, int sentenceStart, int dot, int next, int end)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
            wordStart--;
        var written = text[wordStart..dot];
        if (written.IsEmpty) return false;
        Span<char> word = written.Length <= 64 ? stackalloc char[written.Length] : new char[written.Length];
        written.ToLowerInvariant(word);
        if (word.Length == 1 && char.IsLetter(word[0])) return true; // an initial
        if (_titles.Contains(word)) return true;

        var isDotted = word.Contains('.') && IsLettersAndDots(word);
        if (!_abbreviations.Contains(word) && !isDotted) return false;
        return !StartsUsualSentence(text, next, end);
    }

    private static bool IsLettersAndDots(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c) && c != '.') return false;
        return true;
    }

    /// <summary>Whether the next word (its letters, lower-cased) is one that usually starts a sentence.</summary>
    private static bool StartsUsualSentence(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && !char.IsLetter(text[start])) start++;
        var stop = start;
        while (stop < end && char.IsLetter(text[stop])) stop++;
        var written = text[start..stop];
        Span<char> word = written.Length <= 64 ? stackalloc char[written.Length] : new char[written.Length];
        written.ToLowerInvariant(word);
        return Starters.Contains(word);
    }
}
