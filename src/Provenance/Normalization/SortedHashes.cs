namespace Provenance.Normalization;

/// <summary>Sets of hashes as sorted arrays: a fraction of a HashSet's memory, looked up by binary search.</summary>
public static class SortedHashes
{
    /// <summary>Sorts <paramref name="hashes"/> in place and returns its distinct values.</summary>
    public static ulong[] Distinct(ulong[] hashes)
    {
        Array.Sort(hashes);
        var count = 0;
        for (var i = 0; i < hashes.Length; i++)
            if (count == 0 || hashes[i] != hashes[count - 1]) hashes[count++] = hashes[i];
        return count == hashes.Length ? hashes : hashes[..count];
    }
}
