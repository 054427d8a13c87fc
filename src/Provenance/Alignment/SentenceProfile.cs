using Provenance.Normalization;

namespace Provenance.Alignment;

/// <summary>
/// One sentence prepared for alignment: where it is (paragraph, sentence within it), its normal
/// tokens, and the set of its token bigrams (a one-word sentence uses its word).
/// </summary>
public sealed class SentenceProfile
{
    public SentenceProfile(int paragraph, int sentence, ArraySegment<Token> tokens)
    {
        Paragraph = paragraph;
        Sentence = sentence;
        Tokens = tokens;
        Normals = tokens.Select(t => t.Normal).ToArray();
        Bigrams = [.. BigramsOf(tokens)];
        BigramSet = [.. Bigrams];
    }

    public int Paragraph { get; }
    public int Sentence { get; }
    public ArraySegment<Token> Tokens { get; }
    public string[] Normals { get; }
    public ulong[] Bigrams { get; }
    public HashSet<ulong> BigramSet { get; }

    public static ulong Bigram(Token first, Token second) => StableHash.Combine(first.Hash, second.Hash);

    private static IEnumerable<ulong> BigramsOf(ArraySegment<Token> tokens)
    {
        if (tokens.Count == 1) yield return tokens[0].Hash;
        for (var i = 0; i + 1 < tokens.Count; i++) yield return Bigram(tokens[i], tokens[i + 1]);
    }
}
