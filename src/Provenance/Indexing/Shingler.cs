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
        if (span.Length < size && span.Length < MinWordsForShortShingle) return [];
        var hashes = span.Length <= 256 ? stackalloc ulong[span.Length] : new ulong[span.Length];
        NormalForms.CopyHashes(span, hashes);
        if (span.Length < size) return [Hash(hashes)];
        var shingles = new ulong[span.Length - size + 1];
        for (var i = 0; i < shingles.Length; i++) shingles[i] = Hash(hashes.Slice(i, size));
        return SortedHashes.Distinct(shingles);
    }

    private static ulong Hash(ReadOnlySpan<ulong> words)
    {
        var hash = (ulong)words.Length;
        foreach (var word in words) hash = StableHash.Combine(hash, word);
        return hash;
    }
}
