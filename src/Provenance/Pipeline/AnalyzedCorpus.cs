using Provenance.Corpus;
using Provenance.Indexing;
using Provenance.Normalization;

namespace Provenance.Pipeline;

/// <summary>The segment stage over a whole corpus: articles put in publication order, then analysed in parallel.</summary>
public static class AnalyzedCorpus
{
    public static AnalyzedArticle[] Analyze(IEnumerable<Article> articles, ArticleAnalyzer analyzer, int threads,
        IProgress<StageProgress>? progress = null)
    {
        var ordered = PublicationOrder.Sort(articles);
        var analysed = new AnalyzedArticle[ordered.Count];
        var counter = new ProgressCounter(progress, "segment", ordered.Count);
        Parallel.For(0, ordered.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
        {
            analysed[i] = analyzer.Analyze(ordered[i], i);
            counter.Advance();
        });
        return analysed;
    }

    /// <summary>
    /// The segment stage for a corpus that may be too large to hold analysed: every article segmented and
    /// its shingles taken for the index, but only up to <paramref name="keptAnalyses"/> analyses kept; the
    /// others keep their tokens packed, for the align stage to unpack rather than tokenise them again.
    /// </summary>
    public static (ArticleAnalyses Articles, ulong[][] Shingles) Prepare(IEnumerable<Article> articles, ArticleAnalyzer analyzer,
        int threads, int keptAnalyses, int shingleSize, IProgress<StageProgress>? progress = null)
    {
        var ordered = PublicationOrder.Sort(articles);
        var segmented = new Segmentation.SegmentedArticle[ordered.Count];
        var shingles = new ulong[ordered.Count][];
        var analysed = new AnalyzedArticle[ordered.Count];
        var packed = new byte[]?[ordered.Count];
        var counter = new ProgressCounter(progress, "segment", ordered.Count);
        Parallel.For(0, ordered.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
        {
            segmented[i] = analyzer.Segment(ordered[i]);
            if (i < keptAnalyses)
            {
                analysed[i] = analyzer.Analyze(segmented[i], i);
                shingles[i] = ShingleIndex.SortedShinglesOf(analysed[i], shingleSize);
            }
            else
            {
                var paragraphs = analyzer.Tokenize(segmented[i]);
                shingles[i] = ShingleIndex.SortedShinglesOf(paragraphs, shingleSize);
                packed[i] = PackedTokens.Pack(paragraphs);
            }
            counter.Advance();
        });
        var store = new ArticleAnalyses(segmented, analyzer, keptAnalyses, packed);
        for (var i = 0; i < Math.Min(keptAnalyses, analysed.Length); i++) store.Keep(i, analysed[i]);
        return (store, shingles);
    }
}
