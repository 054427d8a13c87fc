using Provenance.Scoring;

namespace Provenance.Alignment;

/// <summary>
/// The trained sentence-alignment decision (<c>data/models/sentences.zip</c>, or a model given with
/// <c>--sentence-model</c>): whether an aligned target sentence was taken from its source window,
/// reworded or not. It decides only where the coverage rule is unsure, for matches whose bigram
/// coverage lies in the gray zone [<see cref="AlignmentOptions.MinCoverage"/>, <see cref="GrayZoneTop"/>)
/// and at least <see cref="MinMatchedShare"/> of whose words the word diff found in order in the source
/// window (a sentence of a same-topic story shares a few bigrams, a reworded one most of its words);
/// the rule (<see cref="SentenceMatch.IsWellCovered"/>) decides the rest, which keeps the cost of the
/// features (about half a millisecond a sentence) to the sentences that need them. Safe to use from several threads.
/// </summary>
public sealed class SentenceJudge(WireCopyModel model, Lexicon lexicon, double grayZoneTop = SentenceJudge.DefaultGrayZoneTop,
    double minMatchedShare = SentenceJudge.DefaultMinMatchedShare) : IDisposable
{
    public const double DefaultGrayZoneTop = 0.5;
    public const double DefaultMinMatchedShare = 0.5;
    public const double TakenProbability = 0.5;
    public const string DefaultFileName = "sentences.zip";

    public double GrayZoneTop { get; } = grayZoneTop;
    public double MinMatchedShare { get; } = minMatchedShare;

    public static SentenceJudge Load(string modelPath, Lexicon lexicon, double grayZoneTop = DefaultGrayZoneTop, double minMatchedShare = DefaultMinMatchedShare) =>
        new(WireCopyModel.Load(modelPath, SentencePairFeatures.Names.Length), lexicon, grayZoneTop, minMatchedShare);

    public bool InGrayZone(SentenceMatch match) =>
        match.Coverage < GrayZoneTop && match.MatchedTokens >= MinMatchedShare * match.Target.Tokens.Count;

    /// <summary>The match with the model's decision when it is in the gray zone; otherwise the match as it is.</summary>
    public SentenceMatch Judge(SentenceMatch match) =>
        InGrayZone(match) ? match with { Judged = Probability(match) >= TakenProbability } : match;

    public float Probability(SentenceMatch match) => model.Probability(AlignedSentenceFeatures.Extract(match, lexicon));

    public void Dispose() => model.Dispose();
}
