using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Provenance.Normalization;

namespace Provenance.Alignment;

/// <summary>
/// One sentence prepared for alignment: where it is (paragraph, sentence within it), its normal
/// tokens (a view of the paragraph's) and its token bigrams in order (a one-word sentence uses its word).
/// A value, not an object: an article's sentences are one array, and their bigrams one array viewed in
/// parts (<see cref="ForArticle"/>), so that the collector marks two objects per article rather than two
/// per sentence.
/// </summary>
public readonly struct SentenceProfile
{
    private readonly ulong[] _bigrams;
    private readonly int _bigramStart;
    private readonly int _bigramCount;

    public SentenceProfile(int paragraph, int sentence, ArraySegment<Token> tokens)
        : this(paragraph, sentence, tokens, new ulong[BigramCount(tokens.Count)], 0)
    {
    }

    /// <summary>A sentence whose bigrams are written to <paramref name="bigrams"/> from <paramref name="bigramStart"/>.</summary>
    private SentenceProfile(int paragraph, int sentence, ArraySegment<Token> tokens, ulong[] bigrams, int bigramStart)
    {
        Paragraph = paragraph;
        Sentence = sentence;
        Tokens = tokens;
        _bigrams = bigrams;
        _bigramStart = bigramStart;
        _bigramCount = BigramCount(tokens.Count);
        WriteBigrams(tokens, bigrams.AsSpan(bigramStart, _bigramCount));
    }

    /// <summary>
    /// The sentences with tokens of an article's paragraphs, in order, their bigrams sharing one array.
    /// </summary>
    public static ImmutableArray<SentenceProfile> ForArticle(ImmutableArray<TokenizedParagraph> paragraphs)
    {
        var count = 0;
        var bigramCount = 0;
        foreach (var paragraph in paragraphs)
            foreach (var range in paragraph.SentenceTokens)
            {
                var length = range.GetOffsetAndLength(paragraph.Tokens.Length).Length;
                if (length == 0) continue;
                count++;
                bigramCount += BigramCount(length);
            }
        var sentences = new SentenceProfile[count];
        var bigrams = new ulong[bigramCount];
        var next = 0;
        var nextBigram = 0;
        foreach (var paragraph in paragraphs)
        {
            // The sentences view the paragraph's own token array rather than a copy of it.
            var tokens = ImmutableCollectionsMarshal.AsArray(paragraph.Tokens)!;
            for (var s = 0; s < paragraph.SentenceTokens.Length; s++)
            {
                var (offset, length) = paragraph.SentenceTokens[s].GetOffsetAndLength(tokens.Length);
                if (length == 0) continue;
                sentences[next] = new SentenceProfile(paragraph.Index, s, new ArraySegment<Token>(tokens, offset, length), bigrams, nextBigram);
                nextBigram += sentences[next++]._bigramCount;
            }
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(sentences);
    }

    public int Paragraph { get; }
    public int Sentence { get; }
    public ArraySegment<Token> Tokens { get; }
    public ReadOnlySpan<ulong> Bigrams => _bigrams.AsSpan(_bigramStart, _bigramCount);

    /// <summary>Writes the numbers of the normal forms (<see cref="NormalForms"/>), for word diffs, to the start of <paramref name="destination"/>.</summary>
    public void CopyFormsTo(Span<int> destination)
    {
        for (var i = 0; i < Tokens.Count; i++) destination[i] = Tokens[i].Form;
    }

    public bool HasBigram(ulong bigram) => Bigrams.IndexOf(bigram) >= 0;

    public static ulong Bigram(Token first, Token second) => Bigram(first.Hash, second.Hash);

    private static ulong Bigram(ulong first, ulong second) => StableHash.Combine(first, second);

    private static int BigramCount(int tokens) => tokens == 1 ? 1 : Math.Max(0, tokens - 1);

    private static void WriteBigrams(ArraySegment<Token> tokens, Span<ulong> bigrams)
    {
        if (tokens.Count == 1)
        {
            bigrams[0] = tokens[0].Hash;
            return;
        }
        if (bigrams.Length == 0) return;
        var hashes = tokens.Count <= 256 ? stackalloc ulong[tokens.Count] : new ulong[tokens.Count];
        NormalForms.CopyHashes(tokens, hashes);
        for (var i = 0; i < bigrams.Length; i++) bigrams[i] = Bigram(hashes[i], hashes[i + 1]);
    }
}
