namespace Provenance.Alignment;

/// <summary>
/// A target sentence aligned with a window of one or two consecutive source sentences (<see cref="SourceWindow"/>).
/// <see cref="Coverage"/> is the share of the target's bigrams found in the window; a sentence with at
/// least half of them there is <see cref="IsWellCovered"/>: taken from the source, reworded or not,
/// unless the trained sentence decision (<see cref="SentenceJudge"/>) has <see cref="Judged"/> it.
/// </summary>
public sealed record SentenceMatch(
    SentenceProfile Target,
    SentenceProfile[] SourceWindow,
    int SourceParagraph,
    double Coverage,
    WordDiff Diff)
{
    private const double WellCoveredShare = 0.5;

    public SentenceProfile SourceFirst => SourceWindow[0];

    public int SourceTokenCount { get; } = CountTokens(SourceWindow);

    public int MatchedTokens => Diff.MatchedCount;

    public int MatchedInQuote { get; } = CountMatchedInQuote(Target, Diff);

    /// <summary>The trained sentence decision, for a match whose coverage is in its gray zone; null when the rule decides.</summary>
    public bool? Judged { get; init; }

    public bool IsWellCovered => Judged ?? Coverage >= WellCoveredShare;

    // A loop rather than LINQ, which would make an enumerator for every match.
    private static int CountTokens(SentenceProfile[] window)
    {
        var count = 0;
        foreach (var sentence in window) count += sentence.Tokens.Count;
        return count;
    }

    private static int CountMatchedInQuote(SentenceProfile target, WordDiff diff)
    {
        var count = 0;
        for (var i = 0; i < diff.TargetMatched.Length; i++)
            if (diff.TargetMatched[i] && target.Tokens[i].InQuote) count++;
        return count;
    }
}
