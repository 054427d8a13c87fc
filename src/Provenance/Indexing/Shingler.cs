using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        var shingles = new ulong[CountOf(tokens.Length, size)];
        Write(tokens.AsSpan(), size, shingles);
        return SortedHashes.Distinct(shingles);
    }

    /// <summary>Appends the paragraph's shingles, unsorted and with repeats, to <paramref name="shingles"/>.</summary>
    public static void AddTo(ImmutableArray<Token> tokens, int size, List<ulong> shingles)
    {
        var count = CountOf(tokens.Length, size);
        var start = shingles.Count;
        CollectionsMarshal.SetCount(shingles, start + count);
        Write(tokens.AsSpan(), size, CollectionsMarshal.AsSpan(shingles).Slice(start, count));
    }

    private static int CountOf(int tokens, int size) =>
        tokens >= size ? tokens - size + 1 : tokens >= MinWordsForShortShingle ? 1 : 0;

    private static void Write(ReadOnlySpan<Token> tokens, int size, Span<ulong> shingles)
    {
        if (shingles.IsEmpty) return;
        var hashes = tokens.Length <= 256 ? stackalloc ulong[tokens.Length] : new ulong[tokens.Length];
        NormalForms.CopyHashes(tokens, hashes);
        if (tokens.Length < size)
        {
            shingles[0] = Hash(hashes);
            return;
        }
        for (var i = 0; i < shingles.Length; i++) shingles[i] = Hash(hashes.Slice(i, size));
    }

    private static ulong Hash(ReadOnlySpan<ulong> words)
    {
        var hash = (ulong)words.Length;
        foreach (var word in words) hash = StableHash.Combine(hash, word);
        return hash;
    }
}
