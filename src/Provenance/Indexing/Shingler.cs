using System.Collections.Immutable;
using Provenance.Normalization;

namespace Provenance.Indexing;

/// <summary>
/// Hashed word n-grams of a paragraph's tokens, sorted and distinct; a paragraph shorter than n gives
/// one shingle of all its words (if it has at least three).
/// </summary>
public static class Shingler
{
    private const int MinWordsForShortShingle = 3;

    public static ulong[] Shingles(ImmutableArray<Token> tokens, int size)
    {
        var span = tokens.AsSpan();
        if (span.Length < size)
            return span.Length >= MinWordsForShortShingle ? [Hash(span)] : [];
        var shingles = new ulong[span.Length - size + 1];
        for (var i = 0; i < shingles.Length; i++) shingles[i] = Hash(span.Slice(i, size));
        return SortedHashes.Distinct(shingles);
    }

    private static ulong Hash(ReadOnlySpan<Token> tokens)
    {
        var hash = (ulong)tokens.Length;
        foreach (var token in tokens) hash = StableHash.Combine(hash, token.Hash);
        return hash;
    }
}
