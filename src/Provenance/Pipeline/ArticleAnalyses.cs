using System.Collections;
using System.Collections.Concurrent;
using Provenance.Corpus;
using Provenance.Segmentation;

namespace Provenance.Pipeline;

/// <summary>
/// A corpus's articles in publication order with their segmentation, and their analyses (normal tokens,
/// sentence profiles) made when first asked for. At most <c>capacity</c> analyses are kept at once, the
/// oldest leaving first, so a corpus too large to hold analysed is aligned from its text and segmentation
/// alone, an article being analysed again when it is a candidate once more. Analysis is a pure function
/// of the article, so what was kept never changes a result, only the time.
/// </summary>
public sealed class ArticleAnalyses : IReadOnlyList<AnalyzedArticle>
{
    private readonly SegmentedArticle[] _segmented;
    private readonly ArticleAnalyzer _analyzer;
    private readonly AnalyzedArticle?[] _kept;
    private readonly ConcurrentQueue<int> _keptOrder = new();
    private readonly int _capacity;
    private int _keptCount;

    public ArticleAnalyses(SegmentedArticle[] segmented, ArticleAnalyzer analyzer, int capacity)
    {
        _segmented = segmented;
        _analyzer = analyzer;
        _capacity = Math.Max(1, capacity);
        _kept = new AnalyzedArticle?[segmented.Length];
        Articles = Array.ConvertAll(segmented, s => s.Article);
    }

    /// <summary>The articles themselves, index = ordinal (no analysis needed to read their fields).</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The segmentation of each article, index = ordinal.</summary>
    public IReadOnlyList<SegmentedArticle> Segmented => _segmented;

    public int Count => _segmented.Length;

    public AnalyzedArticle this[int ordinal] => Volatile.Read(ref _kept[ordinal]) ?? Keep(ordinal, _analyzer.Analyze(_segmented[ordinal], ordinal));

    /// <summary>Keeps an analysis made elsewhere (the segment stage's), within the capacity.</summary>
    public AnalyzedArticle Keep(int ordinal, AnalyzedArticle analysed)
    {
        if (Interlocked.CompareExchange(ref _kept[ordinal], analysed, null) is { } existing) return existing;
        _keptOrder.Enqueue(ordinal);
        if (Interlocked.Increment(ref _keptCount) > _capacity && _keptOrder.TryDequeue(out var oldest))
        {
            Volatile.Write(ref _kept[oldest], null);
            Interlocked.Decrement(ref _keptCount);
        }
        return analysed;
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
