using Provenance.Corpus;

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
}
