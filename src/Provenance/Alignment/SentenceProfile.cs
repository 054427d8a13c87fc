using Provenance.Normalization;

namespace Provenance.Alignment;

/// <summary>
/// One sentence prepared for alignment: where it is (paragraph, sentence within it), its normal
/// tokens, its token bigrams in order (a one-word sentence uses its word) and the same bigrams
/// sorted and distinct, for lookups.
/// </summary>
public sealed class SentenceProfile
{
    public SentenceProfile(int paragraph, int sentence, ArraySegment<Token> tokens)
    {
        Paragraph = paragraph;
        Sentence = sentence;
        Tokens = tokens;
        Normals = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) Normals[i] = tokens[i].Normal;
        Bigrams = BigramsOf(tokens);
        DistinctBigrams = SortedHashes.Distinct((ulong[])Bigrams.Clone());
    }

    public int Paragraph { get; }
    public int Sentence { get; }
    public ArraySegment<Token> Tokens { get; }
    public string[] Normals { get; }
    public ulong[] Bigrams { get; }
    public ulong[] DistinctBigrams { get; }

    public bool HasBigram(ulong bigram) => Array.BinarySearch(DistinctBigrams, bigram) >= 0;

    public static ulong Bigram(Token first, Token second) => StableHash.Combine(first.Hash, second.Hash);

    private static ulong[] BigramsOf(ArraySegment<Token> tokens)
    {
        if (tokens.Count == 1) return [tokens[0].Hash];
        var bigrams = new ulong[Math.Max(0, tokens.Count - 1)];
        for (var i = 0; i + 1 < tokens.Count; i++) bigrams[i] = Bigram(tokens[i], tokens[i + 1]);
        return bigrams;
    }
}
