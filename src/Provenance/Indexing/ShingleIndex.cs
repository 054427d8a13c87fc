using System.Runtime.InteropServices;
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
/// a table of where each value of a shingle's top bits starts, so a lookup is a short scan. An index
/// built from the articles also tells each of them which of its shingles it keeps (<see cref="KeptShinglesOf"/>).
/// </summary>
public sealed class ShingleIndex
{
    private readonly ulong[] _shingles;
    private readonly int _count;
    private readonly int[] _starts;
    private readonly int[] _postings;
    private readonly int[] _buckets;
    private readonly int _shift;
    private readonly ArticleShingles? _articles;

    /// <param name="shingles">Distinct, ascending: the first <paramref name="count"/>.</param>
    /// <param name="starts">Where each shingle's postings start in <paramref name="postings"/>, plus the end.</param>
    /// <param name="indexed">The ordinals of the articles it is built from; null when unknown (postings gathered elsewhere).</param>
    private ShingleIndex(ulong[] shingles, int count, int[] starts, int[] postings, IReadOnlyList<int>? indexed)
    {
        _shingles = shingles;
        _count = count;
        _starts = starts;
        _postings = postings;
        // About four shingles per bucket.
        var bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, count)) - 2, 4, 24);
        _shift = 64 - bits;
        _buckets = new int[(1 << bits) + 1];
        var at = 0;
        for (var bucket = 0; bucket < _buckets.Length; bucket++)
        {
            while (at < count && (int)(shingles[at] >> _shift) < bucket) at++;
            _buckets[bucket] = at;
        }
        if (indexed is not null) _articles = new ArticleShingles(indexed, count, starts, postings);
    }

    public int ShingleCount => _count;

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
        return new ShingleIndex(shingles, shingles.Length, starts, flat, indexed: null);
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

    /// <param name="perArticle">Each article's distinct shingles, ascending.</param>
    /// <param name="ordinals">The ordinal of each article of <paramref name="perArticle"/>, ascending.</param>
    /// <param name="threads">How many threads sort the shingles.</param>
    /// <param name="release">
    /// Whether each article's shingles may be let go (its entry of <paramref name="perArticle"/>, an array,
    /// set to null) once read, so that they do not stay in memory beside the index being built.
    /// </param>
    /// <remarks>
    /// The shingles are taken a quarter of the values of their top bits at a time: every article's
    /// shingles in that quarter (each article's are ascending, so they follow on from the last quarter's)
    /// dealt into ranges by their top bits (a block of articles per thread), each range sorted with its
    /// ordinals on all threads, then each run of equal shingles kept or dropped. Only a quarter of the
    /// (shingle, ordinal) pairs is held at once, and most of them (shingles of one article) are dropped:
    /// at 80,000 articles, 1.5 million shingles of 21 million are kept. Sorting pairs of primitive arrays
    /// is several times faster than sorting tuples.
    /// </remarks>
    public static ShingleIndex Build(IReadOnlyList<ulong[]> perArticle, IReadOnlyList<int> ordinals, IndexOptions options, int threads = 1,
        bool release = false)
    {
        var articles = perArticle as ulong[][] ?? [.. perArticle];
        var ordinalOf = ordinals as int[] ?? [.. ordinals];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        // The articles in consecutive blocks, one per thread, each counting and dealing its own shingles:
        // a block's pairs go after the blocks' before it, so the pairs lie as one thread would lay them.
        var blocks = Math.Max(1, Math.Min(threads, articles.Length));
        var blockStarts = Enumerable.Range(0, blocks + 1).Select(b => (int)((long)b * articles.Length / blocks)).ToArray();
        var blockRangeSizes = new int[blocks][];
        Parallel.For(0, blocks, parallel, b =>
        {
            var sizes = new int[Ranges];
            for (var i = blockStarts[b]; i < blockStarts[b + 1]; i++)
                foreach (var shingle in articles[i])
                    sizes[RangeOf(shingle)]++;
            blockRangeSizes[b] = sizes;
        });
        var rangeSizes = new int[Ranges];
        foreach (var sizes in blockRangeSizes)
            for (var r = 0; r < Ranges; r++) rangeSizes[r] += sizes[r];
        var largestRound = Enumerable.Range(0, Rounds).Max(round => rangeSizes.Skip(round * RangesPerRound).Take(RangesPerRound).Sum());
        var keys = new ulong[largestRound];
        var values = new int[largestRound];
        var kept = Enumerable.Range(0, RangesPerRound).Select(_ => new KeptRuns()).ToArray();
        var cursors = new int[articles.Length];
        var shingles = new GrowableArray<ulong>();
        var starts = new GrowableArray<int>();
        var postings = new GrowableArray<int>();
        for (var first = 0; first < Ranges; first += RangesPerRound)
        {
            var rangeStarts = new int[RangesPerRound + 1];
            for (var r = 0; r < RangesPerRound; r++) rangeStarts[r + 1] = rangeStarts[r] + rangeSizes[first + r];
            var blockNext = new int[blocks][];
            var next = rangeStarts[..^1];
            for (var b = 0; b < blocks; b++)
            {
                blockNext[b] = [.. next];
                for (var r = 0; r < RangesPerRound; r++) next[r] += blockRangeSizes[b][first + r];
            }
            var releasing = release && ReferenceEquals(articles, perArticle);
            Parallel.For(0, blocks, parallel, b =>
            {
                var slots = blockNext[b];
                for (var i = blockStarts[b]; i < blockStarts[b + 1]; i++)
                {
                    var article = articles[i];
                    if (article is null) continue; // released: all its shingles are dealt
                    var at = cursors[i];
                    for (; at < article.Length; at++)
                    {
                        var range = RangeOf(article[at]) - first;
                        if (range >= RangesPerRound) break;
                        var slot = slots[range]++;
                        keys[slot] = article[at];
                        values[slot] = ordinalOf[i];
                    }
                    cursors[i] = at;
                    if (releasing && at == article.Length) articles[i] = null!;
                }
            });
            Parallel.For(0, RangesPerRound, parallel, r =>
                kept[r].Find(keys.AsSpan(rangeStarts[r], rangeSizes[first + r]), values.AsSpan(rangeStarts[r], rangeSizes[first + r]), options.MaxDocumentFrequency));
            foreach (var runs in kept)
            {
                foreach (var start in runs.Starts) starts.Add(postings.Count + start);
                shingles.AddRange(CollectionsMarshal.AsSpan(runs.Shingles));
                postings.AddRange(CollectionsMarshal.AsSpan(runs.Postings));
            }
            if (first == 0)
            {
                // Shingles are hashes, spread evenly: the first quarter tells the size of the whole. Growing
                // the arrays step by step and copying them to size at the end cost four collections of
                // generation 2 at 20,000 articles, a third of a second.
                shingles.EnsureCapacity(shingles.Count * Rounds * 9 / 8);
                starts.EnsureCapacity(starts.Count * Rounds * 9 / 8 + 1);
                postings.EnsureCapacity(postings.Count * Rounds * 9 / 8);
            }
        }
        starts.Add(postings.Count);
        return new ShingleIndex(shingles.Items, shingles.Count, starts.Items, postings.Items, ordinalOf);
    }

    private const int RangeBits = 8;
    private const int Ranges = 1 << RangeBits;
    private const int Rounds = 4;
    private const int RangesPerRound = Ranges / Rounds;

    private static int RangeOf(ulong shingle) => (int)(shingle >> (64 - RangeBits));

    /// <summary>The runs of equal shingles of one range that the index keeps.</summary>
    private sealed class KeptRuns
    {
        public List<ulong> Shingles { get; } = [];
        public List<int> Starts { get; } = [];
        public List<int> Postings { get; } = [];

        /// <summary>
        /// Sorts the pairs by shingle and keeps the shingles of at least two and at most
        /// <paramref name="maxFrequency"/> articles, each with its ordinals ascending.
        /// </summary>
        public void Find(Span<ulong> shingles, Span<int> ordinals, int maxFrequency)
        {
            Shingles.Clear();
            Starts.Clear();
            Postings.Clear();
            SortByShingle(shingles, ordinals);
            for (var i = 0; i < shingles.Length;)
            {
                var end = i + 1;
                while (end < shingles.Length && shingles[end] == shingles[i]) end++;
                var count = end - i;
                if (count >= 2 && count <= maxFrequency)
                {
                    Shingles.Add(shingles[i]);
                    Starts.Add(Postings.Count);
                    var run = ordinals[i..end];
                    run.Sort();
                    Postings.AddRange(run);
                }
                i = end;
            }
        }
    }

    // The bits below a range's that deal its pairs into buckets before they are sorted.
    private const int BucketBits = 11;

    [ThreadStatic] private static ulong[]? t_bucketShingles;
    [ThreadStatic] private static int[]? t_bucketOrdinals;

    /// <summary>
    /// Sorts the pairs of a range by shingle (pairs of equal shingles in no particular order): dealt
    /// first into buckets by the next bits of the shingle, which are hashes and so spread evenly, then
    /// each bucket of a few dozen sorted on its own. At 80,000 articles about three times faster than
    /// sorting the range whole, and sorting was most of the index's time.
    /// </summary>
    private static void SortByShingle(Span<ulong> shingles, Span<int> ordinals)
    {
        const int buckets = 1 << BucketBits;
        if (shingles.Length < 4 * buckets)
        {
            shingles.Sort(ordinals);
            return;
        }
        const int shift = 64 - RangeBits - BucketBits;
        Span<int> starts = stackalloc int[buckets + 1];
        starts.Clear();
        foreach (var shingle in shingles) starts[BucketOf(shingle) + 1]++;
        for (var b = 0; b < buckets; b++) starts[b + 1] += starts[b];
        if ((t_bucketShingles?.Length ?? 0) < shingles.Length)
        {
            t_bucketShingles = new ulong[shingles.Length];
            t_bucketOrdinals = new int[shingles.Length];
        }
        var dealtShingles = t_bucketShingles.AsSpan(0, shingles.Length);
        var dealtOrdinals = t_bucketOrdinals.AsSpan(0, shingles.Length);
        Span<int> next = stackalloc int[buckets];
        starts[..buckets].CopyTo(next);
        for (var i = 0; i < shingles.Length; i++)
        {
            var at = next[BucketOf(shingles[i])]++;
            dealtShingles[at] = shingles[i];
            dealtOrdinals[at] = ordinals[i];
        }
        for (var b = 0; b < buckets; b++)
            dealtShingles[starts[b]..starts[b + 1]].Sort(dealtOrdinals[starts[b]..starts[b + 1]]);
        dealtShingles.CopyTo(shingles);
        dealtOrdinals.CopyTo(ordinals);

        static int BucketOf(ulong shingle) => (int)(shingle >> shift) & (buckets - 1);
    }

    /// <summary>The ordinals of the articles containing the shingle, ascending; empty for boilerplate and for a shingle of one article.</summary>
    public ReadOnlySpan<int> Postings(ulong shingle) => IdOf(shingle) is >= 0 and var id ? PostingsAt(id) : ReadOnlySpan<int>.Empty;

    /// <summary>The id of a kept shingle (see <see cref="PostingsAt"/>); -1 for one the index does not keep.</summary>
    public int IdOf(ulong shingle)
    {
        var bucket = (int)(shingle >> _shift);
        // A bucket holds a few shingles: a scan beats a binary search's unpredictable branches.
        var at = _buckets[bucket];
        var end = _buckets[bucket + 1];
        while (at < end && _shingles[at] < shingle) at++;
        return at < end && _shingles[at] == shingle ? at : -1;
    }

    /// <summary>Whether the index was built from this article, so that <see cref="KeptShinglesOf"/> can answer for it.</summary>
    public bool Holds(int ordinal) => _articles?.Holds(ordinal) ?? false;

    /// <summary>The ids of the shingles of an article the index was built from (<see cref="Holds"/>) that it keeps, ascending as the shingles do.</summary>
    public ReadOnlySpan<int> KeptShinglesOf(int ordinal) =>
        Holds(ordinal) ? _articles!.Of(ordinal) : throw new ArgumentOutOfRangeException(nameof(ordinal), "The index was not built from this article.");

    /// <summary>The shingle with this id (its place among the kept shingles, ascending).</summary>
    public ulong ShingleAt(int id) => _shingles[id];

    /// <summary>The postings of the shingle with this id, ascending.</summary>
    public ReadOnlySpan<int> PostingsAt(int id) => _postings.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    /// <summary>The distinct shingles of all the article's paragraphs, ascending.</summary>
    public static ulong[] SortedShinglesOf(AnalyzedArticle article, int size) => SortedShinglesOf(article.Paragraphs, size);

    /// <summary>The distinct shingles of all these paragraphs, ascending.</summary>
    public static ulong[] SortedShinglesOf(IEnumerable<TokenizedParagraph> paragraphs, int size)
    {
        var all = t_shingles ??= [];
        all.Clear();
        foreach (var paragraph in paragraphs) Shingler.AddTo(paragraph.Tokens, size, all);
        return SortedHashes.SortDistinct(all).ToArray();
    }

    // One scratch list per thread for an article's shingles before they are made distinct.
    [ThreadStatic] private static List<ulong>? t_shingles;
}
