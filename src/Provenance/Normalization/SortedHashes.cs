using System.Runtime.InteropServices;

namespace Provenance.Normalization;

/// <summary>Sets of hashes as sorted arrays: a fraction of a HashSet's memory, compared by merging.</summary>
public static class SortedHashes
{
    /// <summary>Sorts <paramref name="hashes"/> in place and returns its distinct values.</summary>
    public static ulong[] Distinct(ulong[] hashes)
    {
        var count = SortDistinct(hashes);
        return count == hashes.Length ? hashes : hashes[..count];
    }

    /// <summary>Sorts the list in place, cuts it to its distinct values and returns them (a view of the list).</summary>
    public static ReadOnlySpan<ulong> SortDistinct(List<ulong> hashes)
    {
        var count = SortDistinct(CollectionsMarshal.AsSpan(hashes));
        CollectionsMarshal.SetCount(hashes, count);
        return CollectionsMarshal.AsSpan(hashes);
    }

    /// <summary>Sorts <paramref name="hashes"/> in place, moves its distinct values to the front and returns how many there are.</summary>
    public static int SortDistinct(Span<ulong> hashes)
    {
        hashes.Sort();
        var count = 0;
        for (var i = 0; i < hashes.Length; i++)
            if (count == 0 || hashes[i] != hashes[count - 1]) hashes[count++] = hashes[i];
        return count;
    }

    /// <summary>How many values two sorted, distinct arrays have in common.</summary>
    public static int SharedCount(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return shared;
    }
}
