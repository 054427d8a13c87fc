using System.Collections.Immutable;
using Provenance.Indexing;
using Provenance.Segmentation;

namespace Provenance.Normalization;

/// <summary>A paragraph's normal tokens, for each of its sentences the range of those tokens, and its house style.</summary>
public sealed record TokenizedParagraph(Paragraph Paragraph, ImmutableArray<Token> Tokens, ImmutableArray<Range> SentenceTokens)
{
    public int Index => Paragraph.Index;

    /// <summary>Sentences that have at least one token.</summary>
    public int WordySentences { get; } = CountWordy(SentenceTokens, Tokens.Length);

    public int TokensInQuote { get; } = CountInQuote(Tokens);

    /// <summary>The house-style marks of the paragraph's words as written (counted when it is tokenised).</summary>
    public HouseStyle Style { get; init; }

    /// <summary>
    /// The distinct shingles of <paramref name="size"/> words, made at each call (kept with every analysis
    /// they would add a fifth to its memory). The index and the candidate search, which need them for every
    /// paragraph, write them into per-thread buffers instead (<see cref="Shingler.AddTo"/>).
    /// </summary>
    public ulong[] Shingles(int size) => Shingler.Shingles(Tokens, size);

    // Loops rather than LINQ, which boxes an ImmutableArray.
    private static int CountWordy(ImmutableArray<Range> sentences, int tokens)
    {
        var wordy = 0;
        foreach (var range in sentences)
            if (range.GetOffsetAndLength(tokens).Length > 0) wordy++;
        return wordy;
    }

    private static int CountInQuote(ImmutableArray<Token> tokens)
    {
        var inQuote = 0;
        foreach (var token in tokens)
            if (token.InQuote) inQuote++;
        return inQuote;
    }
}
