using System.Collections;
using Provenance.Segmentation;
using Provenance.Tracing;

namespace Provenance.Output;

/// <summary>
/// The rows of a run, one per resolved link, each built when it is read: writing the CSV holds one row
/// (and its copy of the paragraph text) at a time instead of every row of the corpus. An article's
/// publication time is written out once, not for each of its paragraphs and each paragraph it is the source of.
/// </summary>
public sealed class ProvenanceRows : IReadOnlyList<ProvenanceRow>
{
    private readonly IReadOnlyList<ParagraphLink> _links;
    private readonly IReadOnlyList<SegmentedArticle> _articles;
    private readonly string?[] _published;
    private readonly Func<int, string> _publishedOf;

    public ProvenanceRows(IReadOnlyList<ParagraphLink> links, IReadOnlyList<SegmentedArticle> articles)
    {
        _links = links;
        _articles = articles;
        _published = new string?[articles.Count];
        // Rows are built on several threads; two making the same article's text at once store equal strings.
        _publishedOf = ordinal => _published[ordinal] ??= RowBuilder.Published(articles[ordinal].Article);
    }

    public int Count => _links.Count;

    public ProvenanceRow this[int index] => RowBuilder.Build(_links[index], _articles, _publishedOf);

    public IEnumerator<ProvenanceRow> GetEnumerator()
    {
        foreach (var link in _links) yield return RowBuilder.Build(link, _articles, _publishedOf);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
