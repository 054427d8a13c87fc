using System.Runtime.CompilerServices;

namespace Provenance.Normalization;

/// <summary>
/// One thread's distinct words, found by their characters: an open-addressed table of (hash, entry)
/// slots, so that a look-up reads one slot and, when the hashes agree, the word's text, where a
/// dictionary keyed by string reads a bucket, an entry and the key through its comparer's interface.
/// Holds at most <see cref="MaxWords"/> words; past that a new word is not pooled.
/// </summary>
internal sealed class WordPool
{
    public const int MaxWords = 1 << 18;

    private Slot[] _slots = new Slot[1 << 12];
    private int _count;

    private struct Slot
    {
        public int Hash;
        public PooledWord? Word;
    }

    public int Count => _count;

    /// <summary>The entry for <paramref name="word"/>, made on first sight; null once the pool is full.</summary>
    public PooledWord? Get(ReadOnlySpan<char> word)
    {
        var hash = HashOf(word);
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Word is null) return _count < MaxWords ? Add(ref slot, hash, word) : null;
            if (slot.Hash == hash && slot.Word.Text.AsSpan().SequenceEqual(word)) return slot.Word;
        }
    }

    private PooledWord Add(ref Slot slot, int hash, ReadOnlySpan<char> word)
    {
        var pooled = new PooledWord(word.ToString());
        slot.Hash = hash;
        slot.Word = pooled;
        // At most half full, so probe runs stay short.
        if (++_count * 2 > _slots.Length) Grow();
        return pooled;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Word is null) continue;
            var i = slot.Hash & mask;
            while (_slots[i].Word is not null) i = (i + 1) & mask;
            _slots[i] = slot;
        }
    }

    /// <summary>FNV-1a over the characters, then mixed so that the low bits (the slot) depend on all of them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HashOf(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ c) * 16777619u;
        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        hash ^= hash >> 12;
        return (int)(hash & int.MaxValue);
    }
}
