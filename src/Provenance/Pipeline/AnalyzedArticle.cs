using System.Collections.Immutable;
using Provenance.Alignment;
using Provenance.Corpus;
using Provenance.Normalization;
using Provenance.Segmentation;

namespace Provenance.Pipeline;

/// <summary>
/// An article ready to be indexed and aligned: its place in publication order (<see cref="Ordinal"/>),
/// its body paragraphs with their normal tokens, and every sentence prepared for alignment.
/// </summary>
public sealed record AnalyzedArticle(
    int Ordinal,
    SegmentedArticle Segmented,
    ImmutableArray<TokenizedParagraph> Paragraphs,
    ImmutableArray<SentenceProfile> Sentences)
{
    private ILookup<int, SentenceProfile>? _sentencesByParagraph;

    public Article Article => Segmented.Article;

    /// <summary>The sentences of one paragraph (grouped once: the article is aligned against each of its candidates).</summary>
    public IEnumerable<SentenceProfile> SentencesOf(int paragraph) =>
        LazyInitializer.EnsureInitialized(ref _sentencesByParagraph, () => Sentences.ToLookup(s => s.Paragraph))[paragraph];

    public string Id => Article.Id;
}
