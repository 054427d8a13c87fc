using System.Collections.Frozen;
using Provenance.Text;

namespace Provenance.Segmentation;

/// <summary>
/// Splits a paragraph into sentences at '.', '!', '?' or '…' (with any closing quotes or brackets)
/// followed by white space and a capital, a digit or an opening quote, except after initials
/// ("F."), titles ("Mr.", "Lt. Gen.") and abbreviations ("U.S.") that are not followed by a
/// word that usually starts a sentence.
/// </summary>
public sealed class SentenceSplitter(FrozenSet<string> abbreviations, FrozenSet<string> titles)
{
    private static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at",
        "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "however",
        "meanwhile", "still", "yet", "so", "if", "when", "while", "as", "after", "before", "some",
        "many", "most", "officials", "mr", "mrs", "ms", "dr",
    }.ToFrozenSet();

    public IReadOnlyList<TextSpan> Split(SourceText text, TextSpan paragraph)
    {
        var sentences = new List<TextSpan>();
        var start = paragraph.Start;
        var end = paragraph.End;
        for (var i = start; i < end; i++)
        {
            if (!IsTerminator(text[i])) continue;
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
        return sentences;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';
    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';
    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '«' or '[';

    /// <summary>Whether the word ending at the period <paramref name="dot"/> is an abbreviation that does not end the sentence.</summary>
    private bool IsAbbreviation(SourceText text, int sentenceStart, int dot, int next, int end)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
            wordStart--;
        var word = text.ToString(TextSpan.FromBounds(wordStart, dot)).ToLowerInvariant();
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsLetter(word[0])) return true; // an initial
        if (titles.Contains(word)) return true;

        var isDotted = word.Contains('.') && word.All(c => char.IsLetter(c) || c == '.');
        if (!abbreviations.Contains(word) && !isDotted) return false;
        return !SentenceStarters.Contains(NextWord(text, next, end));
    }

    private static string NextWord(SourceText text, int start, int end)
    {
        while (start < end && !char.IsLetter(text[start])) start++;
        var stop = start;
        while (stop < end && char.IsLetter(text[stop])) stop++;
        return text.ToString(TextSpan.FromBounds(start, stop)).ToLowerInvariant();
    }
}
