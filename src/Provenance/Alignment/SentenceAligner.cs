namespace Provenance.Alignment;

/// <summary>
/// Pairs each target sentence with the source window (one sentence, or two consecutive ones when
/// the target merged them) that covers most of its bigrams, wherever it is in the source, so that
/// merged, split and reordered paragraphs still align; then diffs the pair word by word.
/// </summary>
public sealed class SentenceAligner(AlignmentOptions options)
{
    public SentenceMatch? Align(SentenceProfile target, SentenceIndex sourceIndex)
    {
        if (target.Bigrams.Length == 0) return null;
        var source = sourceIndex.Sentences;
        var hits = sourceIndex.Hits(target.Bigrams);
        int best = -1, bestCount = 1;
        double bestCoverage = 0;
        for (var j = 0; j < source.Count; j++)
        {
            var single = (double)hits[j] / target.Bigrams.Length;
            if (single > bestCoverage) (best, bestCount, bestCoverage) = (j, 1, single);
        }
        if (best < 0) return null;
        var bestSingle = best;
        for (var j = bestSingle - 1; j <= bestSingle; j++)
        {
            if (j < 0 || j + 1 >= source.Count) continue;
            // The pair can only hold what each sentence holds and the bigram across their boundary: when
            // even that falls short, the exact count (a scan of both sentences per bigram) is not needed.
            var boundary = SentenceProfile.Bigram(source[j].Tokens[^1], source[j + 1].Tokens[0]);
            var atMost = hits[j] + hits[j + 1] + target.Bigrams.Count(boundary);
            if ((double)atMost / target.Bigrams.Length < bestCoverage + options.PairGain) continue;
            var pair = PairCoverage(target, source[j], source[j + 1]);
            if (pair >= bestCoverage + options.PairGain) (best, bestCount, bestCoverage) = (j, 2, pair);
        }
        if (bestCoverage < options.MinCoverage) return null;

        SentenceProfile[] window = bestCount == 1 ? [source[best]] : [source[best], source[best + 1]];
        var diff = CompareForms(window, target);
        return new SentenceMatch(target, window, MainParagraph(window, diff), bestCoverage, diff);
    }

    // The forms of a window and its target, side by side: one array per thread instead of three per match.
    [ThreadStatic] private static int[]? t_forms;

    private static WordDiff CompareForms(SentenceProfile[] window, SentenceProfile target)
    {
        var sourceLength = window.Length == 1 ? window[0].Tokens.Count : window[0].Tokens.Count + window[1].Tokens.Count;
        var length = sourceLength + target.Tokens.Count;
        if (t_forms is null || t_forms.Length < length) t_forms = new int[Math.Max(length, 256)];
        var forms = t_forms.AsSpan(0, length);
        window[0].CopyFormsTo(forms);
        if (window.Length == 2) window[1].CopyFormsTo(forms[window[0].Tokens.Count..]);
        target.CopyFormsTo(forms[sourceLength..]);
        return WordDiff.CompareForms(forms[..sourceLength], forms[sourceLength..]);
    }

    /// <summary>Coverage by two consecutive sentences, counting the bigram that spans their boundary.</summary>
    private static double PairCoverage(SentenceProfile target, SentenceProfile first, SentenceProfile second)
    {
        var boundary = SentenceProfile.Bigram(first.Tokens[^1], second.Tokens[0]);
        var found = 0;
        foreach (var bigram in target.Bigrams)
            if (first.HasBigram(bigram) || second.HasBigram(bigram) || bigram == boundary) found++;
        return (double)found / target.Bigrams.Length;
    }

    /// <summary>The source paragraph that supplied most of the matched words (the first on a tie).</summary>
    private static int MainParagraph(SentenceProfile[] window, WordDiff diff)
    {
        if (window.Length == 1 || window[0].Paragraph == window[1].Paragraph) return window[0].Paragraph;
        var firstLength = window[0].Tokens.Count;
        int inFirst = 0, inSecond = 0;
        for (var i = 0; i < diff.SourceMatched.Length; i++)
        {
            if (!diff.SourceMatched[i]) continue;
            if (i < firstLength) inFirst++;
            else inSecond++;
        }
        return inSecond > inFirst ? window[1].Paragraph : window[0].Paragraph;
    }
}
