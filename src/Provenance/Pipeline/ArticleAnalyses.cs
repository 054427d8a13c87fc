using System.Collections;
using System.Collections.Concurrent;
using Provenance.Corpus;
using Provenance.Normalization;
using Provenance.Segmentation;

namespace Provenance.Pipeline;

/// <summary>
/// A corpus's articles in publication order with their segmentation, and their analyses (normal tokens,
/// sentence profiles) made when first asked for. At most <c>capacity</c> analyses are kept at once, the
/// oldest leaving first, so a corpus too large to hold analysed is aligned from its segmentation and each
/// article's tokens packed (<see cref="PackedTokens"/>, a fifth of an analysis), an article being unpacked
/// again when it is a candidate once more. Analysis is a pure function of the article, so what was kept
/// never changes a result, only the time.
/// </summary>
public sealed class ArticleAnalyses : IReadOnlyList<AnalyzedArticle>
{
    private readonly SegmentedArticle[] _segmented;
    private readonly ArticleAnalyzer _analyzer;
    private readonly AnalyzedArticle?[] _kept;
    private readonly byte[]?[] _packed;
    private readonly ConcurrentQueue<int> _keptOrder = new();
    private readonly int _capacity;
    private int _keptCount;

    /// <param name="packed">Each article's packed tokens, when the segment stage packed them; an article
    /// without is tokenised when first asked for, and packed when its analysis leaves.</param>
    public ArticleAnalyses(SegmentedArticle[] segmented, ArticleAnalyzer analyzer, int capacity, byte[]?[]? packed = null)
    {
        _segmented = segmented;
        _analyzer = analyzer;
        _capacity = Math.Max(1, capacity);
        _kept = new AnalyzedArticle?[segmented.Length];
        _packed = packed ?? new byte[]?[segmented.Length];
        Articles = Array.ConvertAll(segmented, s => s.Article);
    }

    /// <summary>The articles themselves, index = ordinal (no analysis needed to read their fields).</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The segmentation of each article, index = ordinal.</summary>
    public IReadOnlyList<SegmentedArticle> Segmented => _segmented;

    public int Count => _segmented.Length;

    public AnalyzedArticle this[int ordinal] => Volatile.Read(ref _kept[ordinal]) ?? Keep(ordinal, Analyze(ordinal));

    private AnalyzedArticle Analyze(int ordinal) => Volatile.Read(ref _packed[ordinal]) is { } packed
        ? ArticleAnalyzer.Unpack(_segmented[ordinal], packed, ordinal)
        : _analyzer.Analyze(_segmented[ordinal], ordinal);

    /// <summary>Keeps an analysis made elsewhere (the segment stage's), within the capacity.</summary>
    public AnalyzedArticle Keep(int ordinal, AnalyzedArticle analysed)
    {
        if (Interlocked.CompareExchange(ref _kept[ordinal], analysed, null) is { } existing) return existing;
        _keptOrder.Enqueue(ordinal);
        if (Interlocked.Increment(ref _keptCount) > _capacity && _keptOrder.TryDequeue(out var oldest))
        {
            var leaving = Interlocked.Exchange(ref _kept[oldest], null);
            Interlocked.Decrement(ref _keptCount);
            PackIfNeeded(oldest, leaving);
        }
        return analysed;
    }

    /// <summary>
    /// After alignment, for a corpus larger than the capacity: lets every kept analysis go, its tokens
    /// packed first. The stages after alignment read the segmentation; the summary and the report, which
    /// want analyses, unpack them. The memory the analyses held is free for writing the CSV.
    /// </summary>
    public void ReleaseIfBounded()
    {
        if (Count <= _capacity) return;
        for (var ordinal = 0; ordinal < Count; ordinal++) PackIfNeeded(ordinal, Interlocked.Exchange(ref _kept[ordinal], null));
        _keptOrder.Clear();
        _keptCount = 0;
    }

    /// <summary>Packs the tokens of an analysis leaving the store, unless they were packed before.</summary>
    private void PackIfNeeded(int ordinal, AnalyzedArticle? leaving)
    {
        if (leaving is not null && Volatile.Read(ref _packed[ordinal]) is null) Volatile.Write(ref _packed[ordinal], PackedTokens.Pack(leaving.Paragraphs));
    }

    /// <summary>The articles of <paramref name="analysed"/> without analysing any (the store's own when it is one).</summary>
    public static IReadOnlyList<Article> ArticlesOf(IReadOnlyList<AnalyzedArticle> analysed) =>
        analysed is ArticleAnalyses store ? store.Articles : [.. analysed.Select(a => a.Article)];

    public IEnumerator<AnalyzedArticle> GetEnumerator()
    {
        for (var ordinal = 0; ordinal < Count; ordinal++) yield return this[ordinal];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
