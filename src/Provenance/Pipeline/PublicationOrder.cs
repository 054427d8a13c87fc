using Provenance.Corpus;

namespace Provenance.Pipeline;

/// <summary>
/// Publication order: dated articles by time, then undated ones, with ties broken by id (ordinal) so
/// that every run orders them the same way whatever the input order. Where neither the dates nor the
/// edits tell which of two articles came first, the earlier in this order is taken as the source:
/// wire feeds carry timestamps, while undated pages in scraped dumps are mostly reposts.
/// </summary>
public static class PublicationOrder
{
    public static List<Article> Sort(IEnumerable<Article> articles) =>
        articles
            .OrderBy(a => a.Published is null ? 1 : 0)
            .ThenBy(a => a.Published?.SortKey ?? 0)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
}
