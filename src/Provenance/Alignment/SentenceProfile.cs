using Provenance.Normalization;

namespace Provenance.Alignment;

/// <summary>
/// One sentence prepared for alignment: where it is (paragraph, sentence within it), its normal
/// tokens (a view of the paragraph's) and its token bigrams in order (a one-word sentence uses its word).
/// </summary>
public sealed class SentenceProfile
{
    public SentenceProfile(int paragraph, int sentence, ArraySegment<Token> tokens)
    {
        Paragraph = paragraph;
        Sentence = sentence;
        Tokens = tokens;
        Bigrams = BigramsOf(tokens);
    }

    public int Paragraph { get; }
    public int Sentence { get; }
    public ArraySegment<Token> Tokens { get; }
    public ulong[] Bigrams { get; }

    /// <summary>Writes the numbers of the normal forms (<see cref="NormalForms"/>), for word diffs, to the start of <paramref name="destination"/>.</summary>
    public void CopyFormsTo(Span<int> destination)
    {
        for (var i = 0; i < Tokens.Count; i++) destination[i] = Tokens[i].Form;
    }

    public bool HasBigram(ulong bigram) => Array.IndexOf(Bigrams, bigram) >= 0;

    public static ulong Bigram(Token first, Token second) => Bigram(first.Hash, second.Hash);

    private static ulong Bigram(ulong first, ulong second) => StableHash.Combine(first, second);

    private static ulong[] BigramsOf(ArraySegment<Token> tokens)
    {
        if (tokens.Count == 1) return [tokens[0].Hash];
        var bigrams = new ulong[Math.Max(0, tokens.Count - 1)];
        if (bigrams.Length == 0) return bigrams;
        var hashes = tokens.Count <= 256 ? stackalloc ulong[tokens.Count] : new ulong[tokens.Count];
        NormalForms.CopyHashes(tokens, hashes);
        for (var i = 0; i < bigrams.Length; i++) bigrams[i] = Bigram(hashes[i], hashes[i + 1]);
        return bigrams;
    }
}
