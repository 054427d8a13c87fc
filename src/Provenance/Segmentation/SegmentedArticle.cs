using System.Collections.Immutable;
using Provenance.Corpus;
using Provenance.Text;

namespace Provenance.Segmentation;

/// <summary>An article with its body paragraphs and sentences; boilerplate paragraphs are left out.</summary>
public sealed record SegmentedArticle(Article Article, ImmutableArray<Paragraph> Paragraphs)
{
    public SourceText Text => Article.Body;
}
