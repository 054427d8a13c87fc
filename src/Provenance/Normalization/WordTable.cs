using System.Runtime.CompilerServices;

namespace Provenance.Normalization;

/// <summary>
/// One thread's distinct words for one normaliser, found by their characters, each with its fold. Flat
/// arrays (open-addressed slots of hash and number, the words' characters one after another, their
/// folds) rather than an object per word: a look-up reads a slot, the word's characters and its entry,
/// and the hundreds of thousands of words of a large run are a few arrays for the collector, not a
/// million objects to trace and copy. Holds at most <see cref="MaxWords"/> words; past that a new word
/// is folded each time it is met.
/// </summary>
internal sealed class WordTable
{
    public const int MaxWords = 1 << 20;

    // Pairs (hash, number + 1); 0 marks an empty slot. At most half full, so probe runs stay short.
    private int[] _slots = new int[2 << 12];
    private Entry[] _entries = new Entry[1 << 11];
    private char[] _chars = new char[1 << 15];
    private int _count;
    private int _charCount;

    private struct Entry
    {
        public int Start;
        public int Length;
        public WordFold Fold;
    }

    public int Count => _count;

    /// <summary>The fold of <paramref name="word"/>, made by <paramref name="fold"/> the first time the word is met.</summary>
    public WordFold FoldOf(ReadOnlySpan<char> word, Func<string, WordFold> fold)
    {
        var hash = HashOf(word);
        var mask = (_slots.Length >> 1) - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var number = _slots[2 * slot + 1] - 1;
            if (number < 0) return _count < MaxWords ? Add(slot, hash, word, fold(word.ToString())) : fold(word.ToString());
            if (_slots[2 * slot] != hash) continue;
            ref var entry = ref _entries[number];
            if (_chars.AsSpan(entry.Start, entry.Length).SequenceEqual(word)) return entry.Fold;
        }
    }

    private WordFold Add(int slot, int hash, ReadOnlySpan<char> word, WordFold fold)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, 2 * _entries.Length);
        if (_charCount + word.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(2 * _chars.Length, _charCount + word.Length));
        word.CopyTo(_chars.AsSpan(_charCount));
        _entries[_count] = new Entry { Start = _charCount, Length = word.Length, Fold = fold };
        _charCount += word.Length;
        _slots[2 * slot] = hash;
        _slots[2 * slot + 1] = ++_count;
        if (2 * _count > _slots.Length >> 1) Grow();
        return fold;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new int[2 * old.Length];
        var mask = (_slots.Length >> 1) - 1;
        for (var i = 0; i < old.Length; i += 2)
        {
            if (old[i + 1] == 0) continue;
            var slot = old[i] & mask;
            while (_slots[2 * slot + 1] != 0) slot = (slot + 1) & mask;
            _slots[2 * slot] = old[i];
            _slots[2 * slot + 1] = old[i + 1];
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
