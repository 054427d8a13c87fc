using Provenance.Normalization;

namespace Provenance.Alignment;

/// <summary>
/// The sentence-pair features (<see cref="SentencePairFeatures"/>) of an aligned sentence: the target
/// sentence against its source window (one sentence, or two when the target merged them). The same
/// code serves training (<c>train-sentences</c>) and the gray-zone decision in analysis
/// (<see cref="SentenceJudge"/>), so both see the same numbers. Word rarity and n-gram information are
/// not used (they would have to be learnt from a corpus and shipped), nor capitalisation (the
/// sentence index does not carry the text): those features are constant here.
/// </summary>
public static class AlignedSentenceFeatures
{
    public static float[] Extract(SentenceMatch match, Lexicon lexicon) =>
        SentencePairFeatures.Extract(match.Target.Tokens, SourceTokens(match), new SentencePairFeatures.Context(Lexicon: lexicon));

    /// <summary>The tokens of the source window the match was aligned with.</summary>
    private static IReadOnlyList<Token> SourceTokens(SentenceMatch match) =>
        match.SourceWindow is [var only] ? only.Tokens : [.. match.SourceWindow.SelectMany(s => s.Tokens)];
}
