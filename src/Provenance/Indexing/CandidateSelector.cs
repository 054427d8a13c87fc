using System.Runtime.InteropServices;
using Provenance.Corpus;
using Provenance.Normalization;
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

    // Most shingles are in a handful of articles: their postings are checked one by one, not searched.
    private const int ShortPostings = 16;

    // Publication order puts dated articles first, by time, and undated ones last.
    private readonly int _firstUndated = FirstUndated(articles);
    private readonly ThreadLocal<SharedCounts> _counts = new(() => new SharedCounts(articles.Count));

    public IReadOnlyList<int> Select(AnalyzedArticle target)
    {
        var laterFrom = FirstDefinitelyLater(target);
        var counts = _counts.Value!;
        var held = index.Holds(target.Ordinal);
        var keptIds = held ? index.KeptShinglesOf(target.Ordinal) : default;
        var kept = held ? counts.KeptShingles(index, keptIds) : default;
        var selected = new List<int>();
        foreach (var paragraph in target.Paragraphs)
        {
            var shingles = counts.ShinglesOf(paragraph, options.ShingleSize);
            var ids = counts.Ids;
            ids.Clear();
            var from = 0;
            foreach (var shingle in shingles)
            {
                var id = held ? KeptId(kept, keptIds, shingle, ref from) : index.IdOf(shingle);
                if (id >= 0 && !index.PostingsAt(id).IsEmpty) ids.Add(id);
            }
            // No article shares more of the paragraph's shingles than the index keeps.
            var needed = Math.Min(options.MinSharedShingles, shingles.Length);
            if (ids.Count == 0 || ids.Count < needed) continue;
            if (TryTakeSharingAll(target.Ordinal, laterFrom, options.MaxCandidatesPerParagraph, counts, selected)) continue;
            foreach (var id in ids)
            {
                var postings = index.PostingsAt(id);
                if (postings.Length <= ShortPostings)
                {
                    foreach (var ordinal in postings)
                        if (ordinal != target.Ordinal && (ordinal < laterFrom || ordinal >= _firstUndated)) counts.Add(ordinal);
                    continue;
                }
                // Postings ascend: the articles known to be later are one run of them, skipped whole.
                var laterStart = FirstAtLeast(postings, laterFrom);
                var laterEnd = Math.Max(laterStart, FirstAtLeast(postings, _firstUndated));
                foreach (var ordinal in postings[..laterStart])
                    if (ordinal != target.Ordinal) counts.Add(ordinal);
                foreach (var ordinal in postings[laterEnd..])
                    if (ordinal != target.Ordinal) counts.Add(ordinal);
            }
            counts.AddBest(needed, options.MaxCandidatesPerParagraph, selected);
            counts.Clear();
        }
        // The union of every paragraph's best, ascending; when there are too many, the earliest.
        selected.Sort();
        var distinct = new List<int>(Math.Min(selected.Count, options.MaxCandidatesPerArticle));
        foreach (var ordinal in selected)
        {
            if (distinct.Count == options.MaxCandidatesPerArticle) break;
            if (distinct.Count == 0 || distinct[^1] != ordinal) distinct.Add(ordinal);
        }
        return distinct;
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

    /// <summary>
    /// The id of a shingle of the target, found among its kept shingles; -1 when not kept. A paragraph asks
    /// for its shingles in ascending order, so each search starts where the last ended and gallops: a
    /// paragraph costs about its shingles times the logarithm of the steps between them, whatever the
    /// article's length.
    /// </summary>
    private static int KeptId(ReadOnlySpan<ulong> kept, ReadOnlySpan<int> ids, ulong shingle, ref int from)
    {
        from = FirstAtLeast(kept, from, shingle);
        return from < kept.Length && kept[from] == shingle ? ids[from] : -1;
    }

    // Rounds of the search for articles sharing every shingle before it gives way to counting.
    private const int MaxSharingAllRounds = 32;

    /// <summary>
    /// The paragraph's best candidates without counting, when at least <paramref name="take"/> possible
    /// sources share every one of its shingles the index keeps (copies of a widely carried story, whose
    /// postings are the longest to count): no article can share more, and the earliest of them win the
    /// tie, so they are what counting would choose. Found by walking all the postings together (leapfrog
    /// intersection), galloping each to the largest ordinal seen. False, adding nothing, when fewer share
    /// them all or the walk takes too many rounds.
    /// </summary>
    private bool TryTakeSharingAll(int target, int laterFrom, int take, SharedCounts counts, List<int> selected)
    {
        var ids = counts.Ids;
        var cursors = counts.Cursors(ids.Count);
        var found = counts.Found;
        found.Clear();
        var ordinal = 0;
        for (var round = 0; found.Count < take; round++)
        {
            if (round == MaxSharingAllRounds) return false;
            if (ordinal >= laterFrom && ordinal < _firstUndated) ordinal = _firstUndated;
            if (ordinal == target)
            {
                ordinal++;
                continue;
            }
            var inAll = true;
            for (var i = 0; i < ids.Count; i++)
            {
                var postings = index.PostingsAt(ids[i]);
                var at = cursors[i] = FirstAtLeast(postings, cursors[i], ordinal);
                if (at == postings.Length) return false;
                if (postings[at] == ordinal) continue;
                ordinal = postings[at];
                inAll = false;
                break;
            }
            if (!inAll) continue;
            found.Add(ordinal);
            ordinal++;
        }
        selected.AddRange(found);
        return true;
    }

    /// <summary>The first place at or after <paramref name="from"/> holding at least <paramref name="value"/>, galloping.</summary>
    private static int FirstAtLeast<T>(ReadOnlySpan<T> ascending, int from, T value) where T : struct, IComparable<T>
    {
        var to = from;
        for (var step = 1; to < ascending.Length && ascending[to].CompareTo(value) < 0; step *= 2)
        {
            from = to + 1;
            to += step;
        }
        to = Math.Min(to, ascending.Length);
        while (from < to)
        {
            var middle = (from + to) >>> 1;
            if (ascending[middle].CompareTo(value) < 0) from = middle + 1;
            else to = middle;
        }
        return from;
    }

    private static int FirstAtLeast(ReadOnlySpan<int> ascending, int ordinal)
    {
        var at = ascending.BinarySearch(ordinal);
        return at >= 0 ? at : ~at;
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

        private readonly List<ulong> _shingles = [];
        private readonly List<ulong> _kept = [];
        private int[] _cursors = [];

        /// <summary>The ids of the paragraph's shingles the index keeps, ascending.</summary>
        public List<int> Ids { get; } = [];

        /// <summary>Articles found sharing every kept shingle of the paragraph.</summary>
        public List<int> Found { get; } = [];

        /// <summary>A place in each of <paramref name="lists"/> postings, all at the start.</summary>
        public Span<int> Cursors(int lists)
        {
            if (_cursors.Length < lists) _cursors = new int[Math.Max(lists, 2 * _cursors.Length)];
            var cursors = _cursors.AsSpan(0, lists);
            cursors.Clear();
            return cursors;
        }

        /// <summary>The kept shingles with these ids (an article's, ascending).</summary>
        public ReadOnlySpan<ulong> KeptShingles(ShingleIndex index, ReadOnlySpan<int> ids)
        {
            _kept.Clear();
            foreach (var id in ids) _kept.Add(index.ShingleAt(id));
            return CollectionsMarshal.AsSpan(_kept);
        }

        /// <summary>The paragraph's distinct shingles, ascending, in a buffer reused for the next paragraph.</summary>
        public ReadOnlySpan<ulong> ShinglesOf(TokenizedParagraph paragraph, int size)
        {
            _shingles.Clear();
            Shingler.AddTo(paragraph.Tokens, size, _shingles);
            return SortedHashes.SortDistinct(_shingles);
        }

        public void Add(int ordinal)
        {
            if (_counts[ordinal]++ == 0) _touched.Add(ordinal);
        }

        private readonly List<(int Count, int Ordinal)> _best = [];

        /// <summary>Adds to <paramref name="best"/> the <paramref name="take"/> articles sharing the most (at least <paramref name="needed"/>), the earlier first on a tie.</summary>
        public void AddBest(int needed, int take, List<int> best)
        {
            // A few are kept, in order, in one pass over the touched articles: no sort of them all.
            _best.Clear();
            foreach (var ordinal in _touched)
            {
                var count = _counts[ordinal];
                if (count < needed || take <= 0) continue;
                if (_best.Count == take && !RanksAbove(count, ordinal, _best[^1])) continue;
                if (_best.Count == take) _best.RemoveAt(take - 1);
                var at = _best.Count;
                while (at > 0 && RanksAbove(count, ordinal, _best[at - 1])) at--;
                _best.Insert(at, (count, ordinal));
            }
            foreach (var (_, ordinal) in _best) best.Add(ordinal);
        }

        private static bool RanksAbove(int count, int ordinal, (int Count, int Ordinal) other) =>
            count > other.Count || (count == other.Count && ordinal < other.Ordinal);

        public void Clear()
        {
            foreach (var ordinal in _touched) _counts[ordinal] = 0;
            _touched.Clear();
        }
    }
}
