using Provenance.Corpus;

namespace Provenance.Pipeline;

/// <summary>
/// The order in which articles can be sources of one another: undated articles first (an article
/// whose time is unknown cannot be shown to be later than any other), then by publication time, then
/// by id (ordinal) so that ties are broken the same way in every run, whatever the input order.
/// </summary>
public static class PublicationOrder
{
    public static List<Article> Sort(IEnumerable<Article> articles) =>
        articles
            .OrderBy(a => a.Published is null ? 0 : 1)
            .ThenBy(a => a.Published?.SortKey ?? 0)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
}
