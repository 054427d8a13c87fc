using System.Numerics;

namespace Provenance.Alignment;

/// <summary>
/// An article's sentences with, for each bigram, the sentences holding it: coverage by lookup, not by
/// scanning. An open-addressing table from bigram to a chain of (sentence) entries, built in one pass
/// for the alignments of one article, then loaded with the next article's sentences rather than kept
/// for every article of the corpus. Not thread-safe: one index per thread.
/// </summary>
public sealed class SentenceIndex
{
    private ulong[] _keys = [];
    private int[] _heads = [];      // per slot: 1 + the newest entry of its chain; 0 for an empty slot
    private int[] _next = [];       // per entry: 1 + the next (older) entry of its chain; 0 at the end
    private int[] _holders = [];    // per entry: the sentence holding the bigram
    private int[] _hits = [];
    private int _mask;

    /// <summary>An empty index, to be <see cref="Load"/>ed (again and again: its arrays are reused).</summary>
    public SentenceIndex()
    {
        Sentences = [];
    }

    public SentenceIndex(IReadOnlyList<SentenceProfile> sentences) : this() => Load(sentences);

    public IReadOnlyList<SentenceProfile> Sentences { get; private set; }

    /// <summary>Indexes <paramref name="sentences"/> in place of what the index held.</summary>
    public SentenceIndex Load(IReadOnlyList<SentenceProfile> sentences)
    {
        Sentences = sentences;
        var total = 0;
        for (var j = 0; j < sentences.Count; j++) total += sentences[j].Bigrams.Length;
        // At most half full, so that probes stay short.
        var capacity = (int)Math.Max(16, BitOperations.RoundUpToPowerOf2((uint)total * 2));
        if (_keys.Length < capacity)
        {
            _keys = new ulong[capacity];
            _heads = new int[capacity];
        }
        else
        {
            Array.Clear(_heads, 0, capacity);
        }
        if (_next.Length < total)
        {
            _next = new int[total];
            _holders = new int[total];
        }
        if (_hits.Length < sentences.Count) _hits = new int[sentences.Count];
        _mask = capacity - 1;
        var entries = 0;
        for (var j = 0; j < sentences.Count; j++)
            foreach (var bigram in sentences[j].Bigrams)
            {
                var slot = SlotOf(bigram);
                var head = _heads[slot];
                // Sentences go in in order, so a bigram repeated inside one sentence finds it at the head: it counts once.
                if (head != 0 && _holders[head - 1] == j) continue;
                _keys[slot] = bigram;
                _holders[entries] = j;
                _next[entries] = head;
                _heads[slot] = ++entries;
            }
        return this;
    }

    /// <summary>
    /// For each sentence, how many of <paramref name="bigrams"/> (counted with repeats) it holds.
    /// The span is valid until the next call.
    /// </summary>
    public ReadOnlySpan<int> Hits(ReadOnlySpan<ulong> bigrams)
    {
        var hits = _hits.AsSpan(0, Sentences.Count);
        hits.Clear();
        foreach (var bigram in bigrams)
            for (var entry = _heads[SlotOf(bigram)]; entry != 0; entry = _next[entry - 1])
                hits[_holders[entry - 1]]++;
        return hits;
    }

    /// <summary>The slot holding <paramref name="bigram"/>, or the empty slot where it would go (linear probing).</summary>
    private int SlotOf(ulong bigram)
    {
        // Bigram hashes are already well mixed: their high bits are as good as any.
        var slot = (int)(bigram >> 32) & _mask;
        while (_heads[slot] != 0 && _keys[slot] != bigram) slot = (slot + 1) & _mask;
        return slot;
    }
}
