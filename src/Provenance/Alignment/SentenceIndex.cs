using Provenance.Normalization;

namespace Provenance.Alignment;

/// <summary>
/// An article's sentences with, for each bigram, the sentences holding it: coverage by lookup, not by
/// scanning. Two parallel arrays of (bigram, sentence), sorted and distinct, built for the alignments
/// of one article and dropped after them rather than kept for every article of the corpus.
/// </summary>
public sealed class SentenceIndex
{
    private readonly ulong[] _bigrams;
    private readonly int[] _sentences;

    public SentenceIndex(IReadOnlyList<SentenceProfile> sentences)
    {
        Sentences = sentences;
        var total = 0;
        for (var j = 0; j < sentences.Count; j++) total += sentences[j].Bigrams.Length;
        var bigrams = new ulong[total];
        var holders = new int[total];
        var next = 0;
        for (var j = 0; j < sentences.Count; j++)
            foreach (var bigram in sentences[j].Bigrams)
            {
                bigrams[next] = bigram;
                holders[next++] = j;
            }
        // Sorting primitive arrays is several times faster than sorting tuples; each bigram's short run of
        // sentences is then sorted, and a bigram repeated inside one sentence counts once for it.
        Array.Sort(bigrams, holders);
        var distinct = 0;
        for (var i = 0; i < total;)
        {
            var end = i + 1;
            while (end < total && bigrams[end] == bigrams[i]) end++;
            holders.AsSpan(i, end - i).Sort();
            for (var k = i; k < end; k++)
            {
                if (k > i && holders[k] == holders[k - 1]) continue;
                bigrams[distinct] = bigrams[k];
                holders[distinct++] = holders[k];
            }
            i = end;
        }
        _bigrams = distinct == total ? bigrams : bigrams[..distinct];
        _sentences = distinct == total ? holders : holders[..distinct];
    }

    public IReadOnlyList<SentenceProfile> Sentences { get; }

    /// <summary>For each sentence, how many of <paramref name="bigrams"/> (counted with repeats) it holds.</summary>
    public int[] Hits(ulong[] bigrams)
    {
        var hits = new int[Sentences.Count];
        foreach (var bigram in bigrams)
            for (var at = FirstOf(bigram); at < _bigrams.Length && _bigrams[at] == bigram; at++)
                hits[_sentences[at]]++;
        return hits;
    }

    private int FirstOf(ulong bigram) => SortedHashes.LowerBound(_bigrams, bigram);
}
