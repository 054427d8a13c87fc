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

    /// <summary>The source paragraph that supplied most matched words (the first on a tie); -1 when nothing matched.</summary>
    public int SourceParagraph { get; } = MainSourceParagraph(Matches);

    private static int Sum(ImmutableArray<SentenceMatch> matches, Func<SentenceMatch, int> value)
    {
        var sum = 0;
        foreach (var match in matches) sum += value(match);
        return sum;
    }

    private static int MainSourceParagraph(ImmutableArray<SentenceMatch> matches)
    {
        int best = -1, bestWords = -1;
        foreach (var candidate in matches)
        {
            var paragraph = candidate.SourceParagraph;
            var words = 0;
            foreach (var match in matches)
                if (match.SourceParagraph == paragraph) words += match.MatchedTokens;
            if (words > bestWords || (words == bestWords && paragraph < best)) (best, bestWords) = (paragraph, words);
        }
        return best;
    }
}
