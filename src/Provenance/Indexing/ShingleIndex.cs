using Provenance.Pipeline;

namespace Provenance.Indexing;

/// <summary>
/// An inverted index from shingle to the articles (by ordinal, ascending) whose paragraphs contain it.
/// Shingles found in more than <see cref="IndexOptions.MaxDocumentFrequency"/> articles are dropped.
/// Stored flat: one array of postings and, per shingle, where its run starts and how long it is,
/// rather than an array per shingle (millions of them on a large corpus).
/// </summary>
public sealed class ShingleIndex
{
    private readonly Dictionary<ulong, (int Start, int Count)> _runs;
    private readonly int[] _postings;

    private ShingleIndex(Dictionary<ulong, (int Start, int Count)> runs, int[] postings)
    {
        _runs = runs;
        _postings = postings;
    }

    public int ShingleCount => _runs.Count;

    /// <summary>An index over postings gathered elsewhere (the nightly state's), each ascending and already within the frequency cap.</summary>
    public static ShingleIndex FromPostings(Dictionary<ulong, int[]> postings)
    {
        var runs = new Dictionary<ulong, (int, int)>(postings.Count);
        var flat = new int[postings.Values.Sum(p => p.Length)];
        var next = 0;
        foreach (var (shingle, ordinals) in postings)
        {
            ordinals.CopyTo(flat, next);
            runs[shingle] = (next, ordinals.Length);
            next += ordinals.Length;
        }
        return new ShingleIndex(runs, flat);
    }

    /// <param name="articles">Every article, in ordinal order.</param>
    /// <param name="threads">How many threads compute the articles' shingles.</param>
    public static ShingleIndex Build(IReadOnlyList<AnalyzedArticle> articles, IndexOptions options, int threads = 1)
    {
        var perArticle = new ulong[articles.Count][];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
            i => perArticle[i] = SortedShinglesOf(articles[i], options.ShingleSize));
        var sorted = new (ulong Shingle, int Ordinal)[perArticle.Sum(s => s.Length)];
        var next = 0;
        for (var i = 0; i < articles.Count; i++)
            foreach (var shingle in perArticle[i]) sorted[next++] = (shingle, articles[i].Ordinal);
        // Sorting by shingle then ordinal lays each posting list out ascending, ready to slice.
        Array.Sort(sorted);

        var runs = new Dictionary<ulong, (int, int)>();
        var postings = new int[sorted.Length];
        next = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var end = i;
            while (end < sorted.Length && sorted[end].Shingle == sorted[i].Shingle) end++;
            if (end - i <= options.MaxDocumentFrequency)
            {
                runs[sorted[i].Shingle] = (next, end - i);
                for (var k = i; k < end; k++) postings[next++] = sorted[k].Ordinal;
            }
            i = end;
        }
        return new ShingleIndex(runs, postings[..next]);
    }

    /// <summary>The ordinals of the articles containing the shingle, ascending; empty for boilerplate.</summary>
    public ReadOnlySpan<int> Postings(ulong shingle) =>
        _runs.TryGetValue(shingle, out var run) ? _postings.AsSpan(run.Start, run.Count) : ReadOnlySpan<int>.Empty;

    private static ulong[] SortedShinglesOf(AnalyzedArticle article, int size)
    {
        var all = article.Paragraphs.SelectMany(p => p.Shingles(size)).ToArray();
        return Normalization.SortedHashes.Distinct(all);
    }
}
