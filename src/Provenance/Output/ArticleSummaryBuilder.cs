using System.Collections.Frozen;
using System.Globalization;
using Provenance.Corpus;
using Provenance.Pipeline;
using Provenance.Tracing;

namespace Provenance.Output;

/// <summary>
/// Summarises each article from its paragraphs' links: the share of its words copied (the matched words
/// of its copied and partial paragraphs), the source that supplied most of them, how many distinct
/// sources it drew on, whether that source is a wire service (<c>data/wordlists/wire-outlets.tsv</c>),
/// and the earliest and latest publication among the article, its sources and the articles that copied it.
/// </summary>
public static class ArticleSummaryBuilder
{
    public static IEnumerable<ArticleSummaryRow> Build(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<ParagraphLink> links,
        FrozenDictionary<string, string> wireOutlets)
    {
        var byArticle = links.ToLookup(l => l.Target.Ordinal);
        var fields = ArticleAnalyses.ArticlesOf(articles);
        var related = Enumerable.Range(0, articles.Count).Select(o => new List<int> { o }).ToArray();
        foreach (var link in links)
        {
            if (link.Source is not { } source) continue;
            related[link.Target.Ordinal].Add(source.Ordinal);
            related[source.Ordinal].Add(link.Target.Ordinal);
        }

        foreach (var article in articles)
        {
            var words = article.Paragraphs.Sum(p => p.Tokens.Length);
            var copiedBySource = byArticle[article.Ordinal]
                .Where(l => l.Source is not null)
                .GroupBy(l => l.Source!.Value.Ordinal)
                .Select(g => (Ordinal: g.Key, Words: g.Sum(l => l.Similarity * article.Paragraphs[l.Target.Paragraph].Tokens.Length)))
                .OrderByDescending(s => s.Words).ThenBy(s => s.Ordinal)
                .ToList();
            var copiedWords = copiedBySource.Sum(s => s.Words);
            var primary = copiedBySource.Count == 0 ? null : fields[copiedBySource[0].Ordinal];
            var times = related[article.Ordinal].Distinct().Select(o => fields[o].Published).OfType<PublishedTime>().ToList();

            yield return new ArticleSummaryRow
            {
                ArticleId = article.Id,
                Outlet = article.Article.Outlet,
                Published = article.Article.Published?.ToString() ?? "",
                Paragraphs = article.Paragraphs.Length,
                Words = words,
                CopiedShare = (words == 0 ? 0 : copiedWords / words).ToString("0.000", CultureInfo.InvariantCulture),
                PrimarySourceArticleId = primary?.Id ?? "",
                PrimarySourceOutlet = primary?.Outlet ?? "",
                PrimarySourceIsWire = primary is null ? "" : IsWire(primary.Outlet, wireOutlets) ? "true" : "false",
                DistinctSources = copiedBySource.Count,
                EarliestRelated = times.Count == 0 ? "" : times.MinBy(t => t.SortKey).ToString(),
                LatestRelated = times.Count == 0 ? "" : times.MaxBy(t => t.SortKey).ToString(),
            };
        }
    }

    public static bool IsWire(string outlet, FrozenDictionary<string, string> wireOutlets) =>
        wireOutlets.ContainsKey(outlet.Trim().ToLowerInvariant().Replace('’', '\''));
}
