using System.Collections.Immutable;
using Provenance.Alignment;
using Provenance.Corpus;
using Provenance.Normalization;
using Provenance.Segmentation;

namespace Provenance.Pipeline;

/// <summary>
/// An article ready to be indexed and aligned: its place in publication order (<see cref="Ordinal"/>),
/// its body paragraphs with their normal tokens, and every sentence prepared for alignment, in paragraph order.
/// </summary>
public sealed record AnalyzedArticle(
    int Ordinal,
    SegmentedArticle Segmented,
    ImmutableArray<TokenizedParagraph> Paragraphs,
    ImmutableArray<SentenceProfile> Sentences)
{
    public Article Article => Segmented.Article;

    public string Id => Article.Id;
}
