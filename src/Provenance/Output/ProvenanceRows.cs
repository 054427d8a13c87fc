using System.Collections;
using Provenance.Segmentation;
using Provenance.Tracing;

namespace Provenance.Output;

/// <summary>
/// The rows of a run, one per resolved link, each built when it is read: writing the CSV holds one row
/// (and its copy of the paragraph text) at a time instead of every row of the corpus.
/// </summary>
public sealed class ProvenanceRows(IReadOnlyList<ParagraphLink> links, IReadOnlyList<SegmentedArticle> articles) : IReadOnlyList<ProvenanceRow>
{
    public int Count => links.Count;

    public ProvenanceRow this[int index] => RowBuilder.Build(links[index], articles);

    public IEnumerator<ProvenanceRow> GetEnumerator()
    {
        foreach (var link in links) yield return RowBuilder.Build(link, articles);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
