namespace Provenance.Alignment;

/// <summary>
/// An article's sentences with, for each bigram, the sentences holding it: coverage by lookup, not by
/// scanning. One flat array of (bigram, sentence) sorted and distinct, built for one alignment and
/// dropped after it rather than kept for every article of the corpus.
/// </summary>
public sealed class SentenceIndex
{
    private readonly (ulong Bigram, int Sentence)[] _entries;

    public SentenceIndex(IReadOnlyList<SentenceProfile> sentences)
    {
        Sentences = sentences;
        var entries = new (ulong, int)[sentences.Sum(s => s.Bigrams.Length)];
        var next = 0;
        for (var j = 0; j < sentences.Count; j++)
            foreach (var bigram in sentences[j].Bigrams) entries[next++] = (bigram, j);
        Array.Sort(entries);
        // A bigram repeated inside one sentence counts once for it.
        var distinct = 0;
        for (var i = 0; i < entries.Length; i++)
            if (distinct == 0 || entries[i] != entries[distinct - 1]) entries[distinct++] = entries[i];
        _entries = entries[..distinct];
    }

    public IReadOnlyList<SentenceProfile> Sentences { get; }

    /// <summary>For each sentence, how many of <paramref name="bigrams"/> (counted with repeats) it holds.</summary>
    public int[] Hits(ulong[] bigrams)
    {
        var hits = new int[Sentences.Count];
        foreach (var bigram in bigrams)
            for (var at = FirstOf(bigram); at < _entries.Length && _entries[at].Bigram == bigram; at++)
                hits[_entries[at].Sentence]++;
        return hits;
    }

    private int FirstOf(ulong bigram)
    {
        int low = 0, high = _entries.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_entries[middle].Bigram < bigram) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
