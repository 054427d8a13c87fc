using System.Numerics;

namespace Provenance.Normalization;

/// <summary>64-bit FNV-1a: the same value in every process, unlike <see cref="string.GetHashCode()"/>.</summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;
    private const ulong GoldenRatio = 0x9E3779B97F4A7C15;

    public static ulong Of(string text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return hash;
    }

    /// <summary>Combines hashes in order, so that (a, b) and (b, a) differ.</summary>
    public static ulong Combine(ulong seed, ulong value) => (BitOperations.RotateLeft(seed, 27) ^ value) * GoldenRatio;
}
