namespace Provenance.Alignment;

/// <summary>An article's sentences with, for each bigram, the sentences holding it: coverage by lookup, not by scanning.</summary>
public sealed class SentenceIndex
{
    private readonly Dictionary<ulong, int[]> _sentencesByBigram;

    public SentenceIndex(IReadOnlyList<SentenceProfile> sentences)
    {
        Sentences = sentences;
        var lists = new Dictionary<ulong, List<int>>();
        for (var j = 0; j < sentences.Count; j++)
        {
            foreach (var bigram in sentences[j].DistinctBigrams)
            {
                if (!lists.TryGetValue(bigram, out var list)) lists[bigram] = list = [];
                list.Add(j);
            }
        }
        _sentencesByBigram = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public IReadOnlyList<SentenceProfile> Sentences { get; }

    /// <summary>For each sentence, how many of <paramref name="bigrams"/> (counted with repeats) it holds.</summary>
    public int[] Hits(ulong[] bigrams)
    {
        var hits = new int[Sentences.Count];
        foreach (var bigram in bigrams)
            if (_sentencesByBigram.TryGetValue(bigram, out var sentences))
                foreach (var j in sentences) hits[j]++;
        return hits;
    }
}
