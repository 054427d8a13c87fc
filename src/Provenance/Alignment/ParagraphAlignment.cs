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
    // Read by the features, the decision, the rows and the report: computed once.
    public int MatchedTokens { get; } = Matches.Sum(m => m.MatchedTokens);
    public int MatchedInQuote { get; } = Matches.Sum(m => m.MatchedInQuote);
    public int WellCoveredSentences { get; } = Matches.Count(m => m.IsWellCovered);
    public double MatchedShare => TargetTokens == 0 ? 0 : (double)MatchedTokens / TargetTokens;

    /// <summary>The source paragraph that supplied most matched words; -1 when nothing matched.</summary>
    public int SourceParagraph { get; } = Matches.IsEmpty
        ? -1
        : Matches.GroupBy(m => m.SourceParagraph)
            .OrderByDescending(g => g.Sum(m => m.MatchedTokens)).ThenBy(g => g.Key)
            .First().Key;
}
