using Provenance.Corpus;
using Provenance.Pipeline;
using Provenance.Tracing;

namespace Provenance.Indexing;

/// <summary>
/// Finds the articles that may be sources of a target article: for each paragraph, the articles not
/// known to be published after it (earlier ones, undated ones, those within the same minute) that
/// share the most shingles with it. Ties go to the earlier article, so the earliest copy of a widely
/// carried story is always kept.
/// </summary>
public sealed class CandidateSelector(IReadOnlyList<Article> articles, ShingleIndex index, IndexOptions options)
{
    public CandidateSelector(IReadOnlyList<AnalyzedArticle> articles, ShingleIndex index, IndexOptions options)
        : this(ArticleAnalyses.ArticlesOf(articles), index, options)
    {
    }

    // Publication order puts dated articles first, by time, and undated ones last.
    private readonly int _firstUndated = FirstUndated(articles);
    private readonly ThreadLocal<SharedCounts> _counts = new(() => new SharedCounts(articles.Count));

    public IReadOnlyList<int> Select(AnalyzedArticle target)
    {
        var laterFrom = FirstDefinitelyLater(target);
        var counts = _counts.Value!;
        var selected = new SortedSet<int>();
        foreach (var paragraph in target.Paragraphs)
        {
            var shingles = paragraph.Shingles(options.ShingleSize);
            foreach (var shingle in shingles)
            {
                foreach (var ordinal in index.Postings(shingle))
                {
                    if (ordinal == target.Ordinal || (ordinal >= laterFrom && ordinal < _firstUndated)) continue;
                    counts.Add(ordinal);
                }
            }
            var needed = Math.Min(options.MinSharedShingles, shingles.Length);
            foreach (var ordinal in counts.Best(needed, options.MaxCandidatesPerParagraph)) selected.Add(ordinal);
            counts.Clear();
        }
        return selected.Count <= options.MaxCandidatesPerArticle
            ? [.. selected]
            : [.. selected.Take(options.MaxCandidatesPerArticle)];
    }

    /// <summary>The first ordinal from which dated articles are known to be later than the target (dates sort in order).</summary>
    private int FirstDefinitelyLater(AnalyzedArticle target)
    {
        if (target.Article.Published is null) return _firstUndated;
        var ordinal = target.Ordinal + 1;
        while (ordinal < _firstUndated && !TimeRelation.IsDefinitelyLater(articles[ordinal].Published, target.Article.Published))
            ordinal++;
        return ordinal;
    }

    private static int FirstUndated(IReadOnlyList<Article> articles)
    {
        var ordinal = articles.Count;
        while (ordinal > 0 && articles[ordinal - 1].Published is null) ordinal--;
        return ordinal;
    }

    /// <summary>Shingles shared per article, in an array indexed by ordinal, reset by the list of articles touched.</summary>
    private sealed class SharedCounts(int articles)
    {
        private readonly int[] _counts = new int[articles];
        private readonly List<int> _touched = [];

        public void Add(int ordinal)
        {
            if (_counts[ordinal]++ == 0) _touched.Add(ordinal);
        }

        public IEnumerable<int> Best(int needed, int take) => _touched
            .Where(o => _counts[o] >= needed)
            .OrderByDescending(o => _counts[o]).ThenBy(o => o)
            .Take(take)
            .ToList();

        public void Clear()
        {
            foreach (var ordinal in _touched) _counts[ordinal] = 0;
            _touched.Clear();
        }
    }
}
