using System.Numerics;
using Provenance.Normalization;
using Provenance.Pipeline;

namespace Provenance.Indexing;

/// <summary>
/// An inverted index from shingle to the articles (by ordinal, ascending) whose paragraphs contain it.
/// Shingles found in more than <see cref="IndexOptions.MaxDocumentFrequency"/> articles are dropped as
/// boilerplate, and so are those found in one article only: they cannot make another article a
/// candidate (most shingles are of this kind, so leaving them out halves the index).
/// Stored flat, without a dictionary: the shingles sorted in one array, their postings in another, and
/// a table of where each value of a shingle's top bits starts, so a lookup is a short binary search.
/// </summary>
public sealed class ShingleIndex
{
    private readonly ulong[] _shingles;
    private readonly int[] _starts;
    private readonly int[] _postings;
    private readonly int[] _buckets;
    private readonly int _shift;

    /// <param name="shingles">Distinct, ascending.</param>
    /// <param name="starts">Where each shingle's postings start in <paramref name="postings"/>, plus the end.</param>
    private ShingleIndex(ulong[] shingles, int[] starts, int[] postings)
    {
        _shingles = shingles;
        _starts = starts;
        _postings = postings;
        // About four shingles per bucket.
        var bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, shingles.Length)) - 2, 4, 24);
        _shift = 64 - bits;
        _buckets = new int[(1 << bits) + 1];
        var at = 0;
        for (var bucket = 0; bucket < _buckets.Length; bucket++)
        {
            while (at < shingles.Length && (int)(shingles[at] >> _shift) < bucket) at++;
            _buckets[bucket] = at;
        }
    }

    public int ShingleCount => _shingles.Length;

    /// <summary>An index over postings gathered elsewhere (the nightly state's), each ascending and already within the frequency cap.</summary>
    public static ShingleIndex FromPostings(Dictionary<ulong, int[]> postings)
    {
        var shingles = postings.Keys.ToArray();
        Array.Sort(shingles);
        var starts = new int[shingles.Length + 1];
        var flat = new int[postings.Values.Sum(p => p.Length)];
        var next = 0;
        for (var i = 0; i < shingles.Length; i++)
        {
            starts[i] = next;
            var ordinals = postings[shingles[i]];
            ordinals.CopyTo(flat, next);
            next += ordinals.Length;
        }
        starts[^1] = next;
        return new ShingleIndex(shingles, starts, flat);
    }

    /// <param name="articles">Every article, in ordinal order.</param>
    /// <param name="threads">How many threads compute the articles' shingles.</param>
    public static ShingleIndex Build(IReadOnlyList<AnalyzedArticle> articles, IndexOptions options, int threads = 1)
    {
        var perArticle = new ulong[articles.Count][];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
            i => perArticle[i] = SortedShinglesOf(articles[i], options.ShingleSize));
        return Build(perArticle, articles.Select(a => a.Ordinal).ToArray(), options, threads, release: true);
    }

    /// <param name="perArticle">Each article's distinct shingles.</param>
    /// <param name="ordinals">The ordinal of each article of <paramref name="perArticle"/>, ascending.</param>
    /// <param name="threads">How many threads sort the shingles.</param>
    /// <param name="release">
    /// Whether each article's shingles may be let go (its entry of <paramref name="perArticle"/>, an array,
    /// set to null) once read, so that they do not stay in memory beside the index being built.
    /// </param>
    public static ShingleIndex Build(IReadOnlyList<ulong[]> perArticle, IReadOnlyList<int> ordinals, IndexOptions options, int threads = 1,
        bool release = false)
    {
        var (keys, postings) = SortedPairs(perArticle, ordinals, threads, release);
        // One pass over the runs of equal shingles. Kept runs move to the front of the postings, never
        // past where they are still to be read from, each put in ordinal order; the shingle array is
        // compacted the same way, in place.
        var starts = new List<int>();
        int kept = 0, next = 0;
        for (var i = 0; i < keys.Length;)
        {
            var end = i + 1;
            while (end < keys.Length && keys[end] == keys[i]) end++;
            var count = end - i;
            if (count >= 2 && count <= options.MaxDocumentFrequency)
            {
                var run = postings.AsSpan(next, count);
                postings.AsSpan(i, count).CopyTo(run);
                run.Sort();
                keys[kept++] = keys[i];
                starts.Add(next);
                next += count;
            }
            i = end;
        }
        starts.Add(next);
        return new ShingleIndex(keys[..kept], [.. starts], postings[..next]);
    }

    /// <summary>
    /// Every (shingle, ordinal) pair, sorted by shingle. Sorting the shingles with their ordinals as a
    /// pair of primitive arrays is several times faster than sorting tuples; the pairs are first dealt
    /// into buckets by the shingle's top bits, which are then sorted on all threads. Within a shingle
    /// the ordinals are left unordered.
    /// </summary>
    private static (ulong[] Keys, int[] Ordinals) SortedPairs(IReadOnlyList<ulong[]> perArticle, IReadOnlyList<int> ordinals, int threads, bool release)
    {
        const int BucketBits = 8;
        const int Shift = 64 - BucketBits;
        var bucketStarts = new int[(1 << BucketBits) + 1];
        foreach (var shingles in perArticle)
            foreach (var shingle in shingles)
                bucketStarts[(int)(shingle >> Shift) + 1]++;
        for (var b = 1; b < bucketStarts.Length; b++) bucketStarts[b] += bucketStarts[b - 1];

        var total = bucketStarts[^1];
        var keys = new ulong[total];
        var postings = new int[total];
        var next = bucketStarts[..^1];
        for (var i = 0; i < perArticle.Count; i++)
        {
            foreach (var shingle in perArticle[i])
            {
                var at = next[(int)(shingle >> Shift)]++;
                keys[at] = shingle;
                postings[at] = ordinals[i];
            }
            if (release && perArticle is ulong[][] owned) owned[i] = null!;
        }
        Parallel.For(0, bucketStarts.Length - 1, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
            b => Array.Sort(keys, postings, bucketStarts[b], bucketStarts[b + 1] - bucketStarts[b]));
        return (keys, postings);
    }

    /// <summary>The ordinals of the articles containing the shingle, ascending; empty for boilerplate and for a shingle of one article.</summary>
    public ReadOnlySpan<int> Postings(ulong shingle)
    {
        var bucket = (int)(shingle >> _shift);
        var from = _buckets[bucket];
        var at = from + SortedHashes.LowerBound(_shingles.AsSpan(from, _buckets[bucket + 1] - from), shingle);
        return at < _shingles.Length && _shingles[at] == shingle
            ? _postings.AsSpan(_starts[at], _starts[at + 1] - _starts[at])
            : ReadOnlySpan<int>.Empty;
    }

    /// <summary>The distinct shingles of all the article's paragraphs, ascending.</summary>
    public static ulong[] SortedShinglesOf(AnalyzedArticle article, int size) => SortedShinglesOf(article.Paragraphs, size);

    /// <summary>The distinct shingles of all these paragraphs, ascending.</summary>
    public static ulong[] SortedShinglesOf(IEnumerable<TokenizedParagraph> paragraphs, int size) =>
        SortedHashes.Distinct([.. paragraphs.SelectMany(p => p.Shingles(size))]);
}
