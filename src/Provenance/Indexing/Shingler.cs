using Provenance.Normalization;

namespace Provenance.Indexing;

/// <summary>Hashed word n-grams of a paragraph's tokens; a paragraph shorter than n gives one shingle of all its words.</summary>
public static class Shingler
{
    private const int MinWordsForShortShingle = 3;

    public static HashSet<ulong> Shingles(IReadOnlyList<Token> tokens, int size)
    {
        var shingles = new HashSet<ulong>();
        if (tokens.Count < size)
        {
            if (tokens.Count >= MinWordsForShortShingle) shingles.Add(Hash(tokens, 0, tokens.Count));
            return shingles;
        }
        for (var i = 0; i + size <= tokens.Count; i++) shingles.Add(Hash(tokens, i, size));
        return shingles;
    }

    private static ulong Hash(IReadOnlyList<Token> tokens, int start, int length)
    {
        var hash = (ulong)length;
        for (var i = start; i < start + length; i++) hash = StableHash.Combine(hash, tokens[i].Hash);
        return hash;
    }
}
