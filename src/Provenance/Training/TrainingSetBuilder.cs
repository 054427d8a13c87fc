using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Indexing;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Text;
using Provenance.Training.Synthesis;

namespace Provenance.Training;

/// <summary>
/// Turns a synthetic corpus with known truth into labelled feature rows, through the very index and
/// align stages that analysis uses: every (paragraph, candidate) pair the pipeline would score
/// becomes a row, labelled a copy when the paragraph was copied and the candidate holds the same
/// story (the true source, or another copy of it).
/// </summary>
public static class TrainingSetBuilder
{
    public static List<FeatureRow> Build(SyntheticCorpus corpus, WordLists words, PipelineOptions options)
    {
        var truth = corpus.Truth.ToDictionary(t => (t.ArticleId, t.Paragraph));
        var paragraphCounts = corpus.Articles.ToDictionary(a => a.Id, a => a.Paragraphs.Length);
        var analysed = AnalyzedCorpus.Analyze(corpus.Articles.Select(ToArticle), new ArticleAnalyzer(words), options.Threads)
            .Where(a => a.Paragraphs.Length == paragraphCounts[a.Id])
            .ToArray();
        analysed = [.. analysed.Select((a, i) => a with { Ordinal = i })];

        var finder = new PairFinder(analysed, ShingleIndex.Build(analysed, options.Index), options);
        var perTarget = new List<FeatureRow>[analysed.Length];
        Parallel.For(0, analysed.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, i =>
        {
            perTarget[i] = finder.Find(analysed[i])
                .Select(pair => new FeatureRow
                {
                    Features = pair.Features,
                    Label = IsCopyOf(truth, analysed[i].Id, pair.Alignment.TargetParagraph, analysed[pair.SourceOrdinal].Id, pair.Alignment.SourceParagraph),
                })
                .ToList();
        });
        return [.. perTarget.SelectMany(rows => rows)];
    }

    private static bool IsCopyOf(Dictionary<(string, int), ParagraphTruth> truth, string target, int paragraph, string source, int sourceParagraph)
    {
        var copied = truth[(target, paragraph + 1)];
        if (copied.Label == ParagraphLabels.Original || copied.SourceArticleId is null) return false;
        return StoryOf(truth, source, sourceParagraph) == copied.SourceArticleId;
    }

    /// <summary>The base article a paragraph's text comes from: its true source, or its own article when original.</summary>
    private static string StoryOf(Dictionary<(string, int), ParagraphTruth> truth, string article, int paragraph) =>
        truth.TryGetValue((article, paragraph + 1), out var t) && t.Label != ParagraphLabels.Original && t.SourceArticleId is not null
            ? t.SourceArticleId
            : article;

    public static Article ToArticle(SyntheticArticle article) => new(
        article.Id,
        article.Outlet,
        article.Published is { } p ? new PublishedTime(p, false) : null,
        article.Title,
        SourceText.From(string.Join("\n\n", article.Paragraphs)),
        new Location("synthetic", 0));
}
