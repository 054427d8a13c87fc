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
    public static float[] Extract(SentenceMatch match, IReadOnlyList<SentenceProfile> sourceSentences, Lexicon lexicon) =>
        SentencePairFeatures.Extract(match.Target.Tokens, SourceWindow(match, sourceSentences), new SentencePairFeatures.Context(Lexicon: lexicon));

    /// <summary>The tokens of the source window the match was aligned with.</summary>
    public static IReadOnlyList<Token> SourceWindow(SentenceMatch match, IReadOnlyList<SentenceProfile> sourceSentences)
    {
        if (match.SourceSentenceCount == 1) return match.SourceFirst.Tokens;
        var first = IndexOf(sourceSentences, match.SourceFirst);
        return [.. match.SourceFirst.Tokens, .. sourceSentences[first + 1].Tokens];
    }

    private static int IndexOf(IReadOnlyList<SentenceProfile> sentences, SentenceProfile sentence)
    {
        for (var i = 0; i < sentences.Count; i++)
            if (ReferenceEquals(sentences[i], sentence)) return i;
        throw new ArgumentException("The match's source sentence is not in the source's sentences.", nameof(sentence));
    }
}
