using System.Collections.Immutable;

namespace Provenance.Alignment;

/// <summary>How one target paragraph aligns with one source article: the matches of its sentences.</summary>
public sealed record ParagraphAlignment(
    int TargetParagraph,
    int TargetTokens,
    int TargetSentences,
    int TargetTokensInQuote,
    ImmutableArray<SentenceMatch> Matches)
{
    // Read by the features, the decision, the rows and the report: computed once, by loops over the
    // array itself (LINQ over an ImmutableArray boxes it at every call).
    public int MatchedTokens { get; } = Sum(Matches, static m => m.MatchedTokens);
    public int MatchedInQuote { get; } = Sum(Matches, static m => m.MatchedInQuote);
    public int WellCoveredSentences { get; } = Sum(Matches, static m => m.IsWellCovered ? 1 : 0);
    public double MatchedShare => TargetTokens == 0 ? 0 : (double)MatchedTokens / TargetTokens;

    private readonly (int Main, int Distinct) _sourceParagraphs = SourceParagraphsOf(Matches);

    /// <summary>The source paragraph that supplied most matched words (the first on a tie); -1 when nothing matched.</summary>
    public int SourceParagraph => _sourceParagraphs.Main;

    /// <summary>How many source paragraphs the matches come from (more than one for a merged paragraph).</summary>
    public int DistinctSourceParagraphs => _sourceParagraphs.Distinct;

    private static int Sum(ImmutableArray<SentenceMatch> matches, Func<SentenceMatch, int> value)
    {
        var sum = 0;
        foreach (var match in matches) sum += value(match);
        return sum;
    }

    /// <summary>
    /// Matched words per source paragraph: compared pairwise for the handful of matches a paragraph
    /// usually has, summed in a dictionary for the tens of thousands a 5 MB paragraph can have.
    /// </summary>
    private static (int Main, int Distinct) SourceParagraphsOf(ImmutableArray<SentenceMatch> matches)
    {
        if (matches.Length > PairwiseMatches) return SourceParagraphsByTotals(matches);
        int best = -1, bestWords = -1, distinct = 0;
        for (var i = 0; i < matches.Length; i++)
        {
            var paragraph = matches[i].SourceParagraph;
            var seenBefore = false;
            for (var k = 0; k < i && !seenBefore; k++) seenBefore = matches[k].SourceParagraph == paragraph;
            if (seenBefore) continue;
            distinct++;
            var words = 0;
            for (var k = i; k < matches.Length; k++)
                if (matches[k].SourceParagraph == paragraph) words += matches[k].MatchedTokens;
            if (words > bestWords || (words == bestWords && paragraph < best)) (best, bestWords) = (paragraph, words);
        }
        return (best, distinct);
    }

    private const int PairwiseMatches = 16;

    private static (int Main, int Distinct) SourceParagraphsByTotals(ImmutableArray<SentenceMatch> matches)
    {
        var words = new Dictionary<int, int>();
        foreach (var match in matches)
            words[match.SourceParagraph] = words.GetValueOrDefault(match.SourceParagraph) + match.MatchedTokens;
        int best = -1, bestWords = -1;
        foreach (var (paragraph, total) in words)
            if (total > bestWords || (total == bestWords && paragraph < best)) (best, bestWords) = (paragraph, total);
        return (best, words.Count);
    }
}
