using System.Collections.Immutable;
using Provenance.Alignment;
using Provenance.Corpus;
using Provenance.Indexing;
using Provenance.Normalization;
using Provenance.Segmentation;

namespace Provenance.Pipeline;

/// <summary>Segments an article, normalises its words and prepares its sentences: a pure function of the article.</summary>
public sealed class ArticleAnalyzer(Segmenter segmenter, ParagraphTokenizer tokenizer)
{
    public ArticleAnalyzer(WordLists words) : this(new Segmenter(words), new ParagraphTokenizer(new Normalizer(words)))
    {
    }

    public AnalyzedArticle Analyze(Article article, int ordinal) => Analyze(Segment(article), ordinal);

    public SegmentedArticle Segment(Article article) => segmenter.Segment(article);

    /// <summary>The distinct shingles of all the article's paragraphs, ascending, without the rest of an analysis.</summary>
    public ulong[] Shingles(SegmentedArticle segmented, int size) =>
        ShingleIndex.SortedShinglesOf(segmented.Paragraphs.Select(p => tokenizer.Tokenize(segmented.Text, p)), size);

    public AnalyzedArticle Analyze(SegmentedArticle segmented, int ordinal)
    {
        var paragraphs = segmented.Paragraphs.Select(p => tokenizer.Tokenize(segmented.Text, p)).ToImmutableArray();
        return new AnalyzedArticle(ordinal, segmented, paragraphs, SentenceProfile.ForArticle(paragraphs));
    }
}
