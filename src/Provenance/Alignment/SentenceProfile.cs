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

    /// <summary>The numbers of the normal forms (<see cref="NormalForms"/>), for word diffs.</summary>
    public int[] Forms()
    {
        var forms = new int[Tokens.Count];
        for (var i = 0; i < forms.Length; i++) forms[i] = Tokens[i].Form;
        return forms;
    }

    public bool HasBigram(ulong bigram) => Array.IndexOf(Bigrams, bigram) >= 0;

    public static ulong Bigram(Token first, Token second) => StableHash.Combine(first.Hash, second.Hash);

    private static ulong[] BigramsOf(ArraySegment<Token> tokens)
    {
        if (tokens.Count == 1) return [tokens[0].Hash];
        var bigrams = new ulong[Math.Max(0, tokens.Count - 1)];
        for (var i = 0; i + 1 < tokens.Count; i++) bigrams[i] = Bigram(tokens[i], tokens[i + 1]);
        return bigrams;
    }
}
