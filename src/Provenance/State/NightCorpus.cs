using System.Collections.Immutable;
using Provenance.Corpus;
using Provenance.Indexing;
using Provenance.Pipeline;
using Provenance.Segmentation;

namespace Provenance.State;

/// <summary>
/// Tonight's articles among the stored ones that share a shingle with them, in one publication order,
/// with the shingle index a run over every night would have for tonight's shingles: the same postings,
/// and the frequency cap decided on the state's frequencies plus tonight's. The stored articles that
/// tonight's could change (<see cref="ReopenedArticles"/>) come with every posting of their own
/// shingles too, so they can be decided again as that run would decide them, and every stored article
/// that a chain from here can reach through the stored links comes with its links. Stored articles are
/// stand-ins with their fields only (to order and rank them) until <see cref="LoadText"/> is called for
/// those that turn out to be needed.
/// </summary>
public sealed class NightCorpus
{
    private readonly Dictionary<int, long> _rowOf = [];
    private readonly Dictionary<long, int> _ordinalOf = [];
    private readonly HashSet<int> _standIns = [];
    private readonly HashSet<int> _tonight;

    private NightCorpus(AnalyzedArticle[] articles, ShingleIndex index, int[] tonight, List<StoredLink> links)
    {
        Articles = articles;
        Index = index;
        Tonight = tonight;
        _tonight = [.. tonight];
        Links = links;
    }

    /// <summary>Every article, index = ordinal.</summary>
    public AnalyzedArticle[] Articles { get; }

    public ShingleIndex Index { get; }

    /// <summary>The ordinal of each of tonight's articles, in tonight's order.</summary>
    public int[] Tonight { get; }

    /// <summary>The stored whole-copy links (direct) of the stored articles here.</summary>
    public List<StoredLink> Links { get; }

    /// <summary>The stored articles (ordinals, ascending) that tonight's articles may change the decision of.</summary>
    public int[] Reopened { get; private set; } = [];

    /// <summary>
    /// The index as it was before tonight, for the shingles of <see cref="Reopened"/>: without tonight's
    /// articles, and with the shingles tonight took over the frequency cap. A reopened article whose
    /// candidates are the same in this index as in <see cref="Index"/> keeps its decision.
    /// </summary>
    public ShingleIndex IndexBeforeTonight { get; private set; } = ShingleIndex.FromPostings([]);

    public long? RowOf(int ordinal) => _rowOf.TryGetValue(ordinal, out var row) ? row : null;

    public int? OrdinalOf(long row) => _ordinalOf.TryGetValue(row, out var ordinal) ? ordinal : null;

    /// <param name="tonight">Tonight's articles, analysed, ordinal = position in <paramref name="admitted"/>.</param>
    public static NightCorpus Gather(StateNight night, IReadOnlyList<TonightArticle> admitted, IReadOnlyList<AnalyzedArticle> tonight,
        IReadOnlyList<HashSet<ulong>> shingles, IndexOptions options)
    {
        var cap = options.MaxDocumentFrequency;
        var tonightHolding = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < shingles.Count; i++)
            foreach (var shingle in shingles[i])
            {
                if (!tonightHolding.TryGetValue(shingle, out var holders)) tonightHolding[shingle] = holders = [];
                holders.Add(i);
            }
        var stored = night.Frequencies(tonightHolding.Keys);
        var indexed = tonightHolding.Keys
            .Where(s => tonightHolding[s].Count + stored.GetValueOrDefault(s) <= cap)
            .ToList();
        var postings = night.Postings(indexed.Where(stored.ContainsKey));
        var overCap = night.Postings(ReopenedArticles.OverCapTonight(tonightHolding, stored, cap));

        var fields = new Dictionary<long, Article>();
        ReadFields(night, fields, postings.Values.SelectMany(rows => rows));
        var reopened = ReopenedArticles.Preceded(tonightHolding, postings, tonight, fields);
        reopened.UnionWith(overCap.Values.SelectMany(rows => rows));
        var theirShingles = night.Shingles(reopened).Values.SelectMany(s => s).ToHashSet();
        indexed.AddRange(AddTheirPostings(night, theirShingles, tonightHolding, postings, cap));

        var reRun = admitted.Where(a => a.Row is not null).Select(a => a.Row!.Value).ToHashSet();
        var links = LinksReachable(night, postings.Values.SelectMany(rows => rows).Concat(reopened), reRun, out var reachable);
        ReadFields(night, fields, reachable);
        var storedArticles = reachable.Where(fields.ContainsKey).Select(row => new StoredArticle(row, fields[row])).ToList();

        var order = PublicationOrder.Sort(storedArticles.Select(s => s.Article).Concat(tonight.Select(a => a.Article)))
            .Select((article, ordinal) => (article, ordinal))
            .ToDictionary(p => (object)p.article, p => p.ordinal, ReferenceEqualityComparer.Instance);
        var articles = new AnalyzedArticle[order.Count];
        var tonightOrdinals = new int[tonight.Count];
        for (var i = 0; i < tonight.Count; i++)
        {
            var ordinal = order[tonight[i].Article];
            articles[ordinal] = tonight[i] with { Ordinal = ordinal };
            tonightOrdinals[i] = ordinal;
        }
        var ordinalOfRow = storedArticles.ToDictionary(s => s.Row, s => order[s.Article]);
        foreach (var article in storedArticles)
            articles[ordinalOfRow[article.Row]] = StandIn(article.Article, ordinalOfRow[article.Row]);

        var index = new Dictionary<ulong, int[]>(indexed.Count);
        foreach (var shingle in indexed)
        {
            var ordinals = tonightHolding.TryGetValue(shingle, out var holders) ? holders.Select(i => tonightOrdinals[i]) : [];
            if (postings.TryGetValue(shingle, out var rows))
                ordinals = ordinals.Concat(rows.Select(row => ordinalOfRow[row]));
            index[shingle] = [.. ordinals.Order()];
        }

        var tonightSet = tonightOrdinals.ToHashSet();
        var before = theirShingles.Where(index.ContainsKey).ToDictionary(s => s, s => index[s].Where(o => !tonightSet.Contains(o)).ToArray());
        foreach (var (shingle, rows) in overCap) before[shingle] = [.. rows.Select(row => ordinalOfRow[row]).Order()];
        var corpus = new NightCorpus(articles, ShingleIndex.FromPostings(index), tonightOrdinals, links)
        {
            IndexBeforeTonight = ShingleIndex.FromPostings(before),
            Reopened = [.. reopened.Select(row => ordinalOfRow[row]).Order()],
        };
        foreach (var (row, ordinal) in ordinalOfRow)
        {
            corpus.Map(ordinal, row);
            corpus._standIns.Add(ordinal);
        }
        for (var i = 0; i < admitted.Count; i++)
            if (admitted[i].Row is { } row) corpus.Map(tonightOrdinals[i], row);
        return corpus;
    }

    /// <summary>
    /// Adds the postings of every shingle of the reopened articles that tonight's articles do not hold
    /// (those they hold are decided already), within the cap: a candidate is ranked among all the
    /// articles sharing shingles with its target. Returns the shingles added.
    /// </summary>
    private static List<ulong> AddTheirPostings(StateNight night, HashSet<ulong> theirShingles, Dictionary<ulong, List<int>> tonightHolding,
        Dictionary<ulong, List<long>> postings, int cap)
    {
        var theirs = theirShingles.Where(s => !tonightHolding.ContainsKey(s)).ToList();
        var frequencies = night.Frequencies(theirs);
        var indexed = theirs.Where(s => frequencies.GetValueOrDefault(s) <= cap).ToList();
        foreach (var (shingle, rows) in night.Postings(indexed)) postings[shingle] = rows;
        return indexed;
    }

    /// <summary>
    /// The stored links of these articles and of every stored article their links lead to, step by step,
    /// so any chain through them can be followed; <paramref name="reachable"/> gets all of those articles.
    /// Tonight's re-run articles are tonight's, not stored ones.
    /// </summary>
    private static List<StoredLink> LinksReachable(StateNight night, IEnumerable<long> rows, HashSet<long> reRun, out HashSet<long> reachable)
    {
        reachable = [.. rows];
        var known = reachable;
        var links = new List<StoredLink>();
        var next = reachable.ToList();
        while (next.Count > 0)
        {
            var found = night.CopiedLinks(next);
            links.AddRange(found);
            next = [.. found.Select(l => l.SourceRow).Where(row => !reRun.Contains(row) && known.Add(row))];
        }
        return links;
    }

    private static void ReadFields(StateNight night, Dictionary<long, Article> fields, IEnumerable<long> rows)
    {
        foreach (var stored in night.Articles(rows.Where(row => !fields.ContainsKey(row)).Distinct().ToList(), withText: false))
            fields[stored.Row] = stored.Article;
    }

    /// <summary>Whether the article at this ordinal came from the state rather than tonight's input.</summary>
    public bool IsStored(int ordinal) => _rowOf.ContainsKey(ordinal) && !_tonight.Contains(ordinal);

    /// <summary>Reads the text of the stored articles at these ordinals and analyses them in place.</summary>
    public void LoadText(StateNight night, IEnumerable<int> ordinals, ArticleAnalyzer analyzer)
    {
        var rows = ordinals.Distinct().Where(_standIns.Remove).Select(o => _rowOf[o]).ToList();
        foreach (var stored in night.Articles(rows, withText: true))
        {
            var ordinal = _ordinalOf[stored.Row];
            Articles[ordinal] = analyzer.Analyze(stored.Article, ordinal);
        }
    }

    /// <summary>Records where a stored article sits; tonight's articles are mapped when stored.</summary>
    public void Map(int ordinal, long row)
    {
        _rowOf[ordinal] = row;
        _ordinalOf[row] = ordinal;
    }

    private static AnalyzedArticle StandIn(Article article, int ordinal) =>
        new(ordinal, new SegmentedArticle(article, []), [], []);
}
