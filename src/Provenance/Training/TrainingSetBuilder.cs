using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Indexing;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Text;
using Provenance.Tracing;
using Provenance.Training.Synthesis;

namespace Provenance.Training;

/// <summary>
/// Turns a synthetic corpus with known truth into labelled feature rows, through the very index and
/// align stages that analysis uses: every (paragraph, candidate) pair the pipeline would score
/// becomes a row, labelled a copy when both paragraphs carry text of the same base story. The label
/// says whether the text was copied between them, not in which direction: direction is the trace
/// stage's business (an undated copy comes before its dated original in publication order).
/// </summary>
public static class TrainingSetBuilder
{
    /// <summary>A candidate pair with its truth: whether the two paragraphs carry text of the same base story, and the edits applied to the target paragraph.</summary>
    public sealed record LabelledCandidate(AnalyzedArticle Target, AnalyzedArticle Source, CandidatePair Pair, bool IsCopy, string Edits);

    public static List<LabelledPair> Build(SyntheticCorpus corpus, WordLists words, PipelineOptions options) =>
        Collect<LabelledPair>(corpus, words, options, candidate => [new LabelledPair(candidate.Target.Id, candidate.Pair.Alignment.TargetParagraph + 1,
            candidate.Source.Id, candidate.Pair.Alignment.SourceParagraph + 1, candidate.Edits,
            new FeatureRow { Features = candidate.Pair.Features, Label = candidate.IsCopy })]);

    /// <summary>Every candidate pair of the corpus, labelled, turned into rows by <paramref name="rows"/>, in target order.</summary>
    public static List<T> Collect<T>(SyntheticCorpus corpus, WordLists words, PipelineOptions options, Func<LabelledCandidate, IEnumerable<T>> rows)
    {
        var truth = corpus.Truth.ToDictionary(t => (t.ArticleId, t.Paragraph));
        var paragraphCounts = corpus.Articles.ToDictionary(a => a.Id, a => a.Paragraphs.Length);
        var analysed = AnalyzedCorpus.Analyze(corpus.Articles.Select(ToArticle), new ArticleAnalyzer(words), options.Threads)
            .Where(a => a.Paragraphs.Length == paragraphCounts[a.Id])
            .ToArray();
        analysed = [.. analysed.Select((a, i) => a with { Ordinal = i })];

        var finder = new PairFinder(analysed, ShingleIndex.Build(analysed, options.Index, options.Threads), options, new DirectionInference());
        var perTarget = new List<T>[analysed.Length];
        Parallel.For(0, analysed.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, i =>
        {
            var target = analysed[i];
            perTarget[i] = [.. finder.Find(target).SelectMany(pair =>
            {
                var source = analysed[pair.SourceOrdinal];
                var label = IsCopyOf(truth, target.Id, pair.Alignment.TargetParagraph, source.Id, pair.Alignment.SourceParagraph);
                return rows(new LabelledCandidate(target, source, pair, label, truth[(target.Id, pair.Alignment.TargetParagraph + 1)].Edits));
            })];
        });
        return [.. perTarget.SelectMany(r => r)];
    }

    private static bool IsCopyOf(Dictionary<(string, int), ParagraphTruth> truth, string target, int paragraph, string source, int sourceParagraph) =>
        StoryOf(truth, target, paragraph) == StoryOf(truth, source, sourceParagraph);

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
