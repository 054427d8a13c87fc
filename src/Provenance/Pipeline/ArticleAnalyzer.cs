using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

    /// <summary>The normal tokens of each of the article's body paragraphs.</summary>
    public ImmutableArray<TokenizedParagraph> Tokenize(SegmentedArticle segmented)
    {
        var paragraphs = new TokenizedParagraph[segmented.Paragraphs.Length];
        for (var p = 0; p < paragraphs.Length; p++) paragraphs[p] = tokenizer.Tokenize(segmented.Text, segmented.Paragraphs[p]);
        return ImmutableCollectionsMarshal.AsImmutableArray(paragraphs);
    }

    public AnalyzedArticle Analyze(SegmentedArticle segmented, int ordinal) => Analyze(segmented, Tokenize(segmented), ordinal);

    /// <summary>The analysis of an article whose tokens were packed (<see cref="PackedTokens"/>): its text is not read again.</summary>
    public static AnalyzedArticle Unpack(SegmentedArticle segmented, byte[] packed, int ordinal) =>
        Analyze(segmented, PackedTokens.Unpack(packed, segmented.Paragraphs), ordinal);

    private static AnalyzedArticle Analyze(SegmentedArticle segmented, ImmutableArray<TokenizedParagraph> paragraphs, int ordinal) =>
        new(ordinal, segmented, paragraphs, SentenceProfile.ForArticle(paragraphs));
}
