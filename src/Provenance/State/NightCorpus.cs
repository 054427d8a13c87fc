using System.Collections.Immutable;
using Provenance.Corpus;
using Provenance.Indexing;
using Provenance.Pipeline;
using Provenance.Segmentation;

namespace Provenance.State;

/// <summary>
/// Tonight's articles among the stored ones that share a shingle with them, in one publication order,
/// with the shingle index a run over every night would have for tonight's shingles: the same postings,
/// and the frequency cap decided on the state's frequencies plus tonight's. Stored articles are
/// stand-ins with their fields only (to order and rank them) until <see cref="LoadText"/> is called for
/// those that turn out to be candidates or sources.
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

    /// <summary>The stored whole-copy links of the stored articles here.</summary>
    public List<StoredLink> Links { get; }

    public long? RowOf(int ordinal) => _rowOf.TryGetValue(ordinal, out var row) ? row : null;

    public int? OrdinalOf(long row) => _ordinalOf.TryGetValue(row, out var ordinal) ? ordinal : null;

    /// <param name="tonight">Tonight's articles, analysed, ordinal = position in <paramref name="admitted"/>.</param>
    public static NightCorpus Gather(StateNight night, IReadOnlyList<TonightArticle> admitted, IReadOnlyList<AnalyzedArticle> tonight,
        IReadOnlyList<HashSet<ulong>> shingles, IndexOptions options)
    {
        var tonightHolding = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < shingles.Count; i++)
            foreach (var shingle in shingles[i])
            {
                if (!tonightHolding.TryGetValue(shingle, out var holders)) tonightHolding[shingle] = holders = [];
                holders.Add(i);
            }
        var stored = night.Frequencies(tonightHolding.Keys);
        var indexed = tonightHolding.Keys
            .Where(s => tonightHolding[s].Count + stored.GetValueOrDefault(s) <= options.MaxDocumentFrequency)
            .ToList();
        var postings = night.Postings(indexed.Where(stored.ContainsKey));

        var sharing = postings.Values.SelectMany(rows => rows).ToHashSet();
        var links = night.CopiedLinks(sharing);
        var reRun = admitted.Where(a => a.Row is not null).Select(a => a.Row!.Value).ToHashSet();
        var chainEnds = links.Select(l => l.SourceRow).Where(row => !sharing.Contains(row) && !reRun.Contains(row));
        var storedArticles = night.Articles(sharing.Concat(chainEnds.Distinct()), withText: false);

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
            var ordinals = tonightHolding[shingle].Select(i => tonightOrdinals[i]);
            if (postings.TryGetValue(shingle, out var rows))
                ordinals = ordinals.Concat(rows.Select(row => ordinalOfRow[row]));
            index[shingle] = [.. ordinals.Order()];
        }

        var corpus = new NightCorpus(articles, ShingleIndex.FromPostings(index), tonightOrdinals, links);
        foreach (var (row, ordinal) in ordinalOfRow)
        {
            corpus.Map(ordinal, row);
            corpus._standIns.Add(ordinal);
        }
        for (var i = 0; i < admitted.Count; i++)
            if (admitted[i].Row is { } row) corpus.Map(tonightOrdinals[i], row);
        return corpus;
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
