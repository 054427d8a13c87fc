namespace Provenance.Alignment;

/// <summary>
/// A target sentence aligned with a window of one or two consecutive source sentences.
/// <see cref="Coverage"/> is the share of the target's bigrams found in the window.
/// </summary>
public sealed record SentenceMatch(
    SentenceProfile Target,
    SentenceProfile SourceFirst,
    int SourceSentenceCount,
    int SourceParagraph,
    int SourceTokenCount,
    double Coverage,
    WordDiff Diff)
{
    public int MatchedTokens => Diff.MatchedCount;

    public int MatchedInQuote
    {
        get
        {
            var count = 0;
            for (var i = 0; i < Diff.TargetMatched.Length; i++)
                if (Diff.TargetMatched[i] && Target.Tokens[i].InQuote) count++;
            return count;
        }
    }
}
