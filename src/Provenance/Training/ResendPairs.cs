using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Indexing;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Tracing;

namespace Provenance.Training;

/// <summary>
/// Real reuse for training: a wire service's own updated re-sends. Two stories of the base corpus are a
/// re-send when the later was published within <see cref="MaxLag"/> of the earlier and each holds at
/// least <see cref="MinSharedShare"/> of the other's shingles (an update of the same story, not a
/// template filled with other figures a day or a week later). Every (paragraph, candidate) pair the
/// index and align stages find from the update to its earlier version is a copy, by the rule the
/// generated pairs follow: both paragraphs carry text of the same story.
/// </summary>
public static class ResendPairs
{
    public static readonly TimeSpan MaxLag = TimeSpan.FromHours(24);
    public const double MinSharedShare = 0.5;

    public static List<LabelledPair> Build(string corpusPath, WordLists words, PipelineOptions options) =>
        Collect<LabelledPair>(corpusPath, words, options, (update, earlier, pair) => [new LabelledPair(update.Id, pair.Alignment.TargetParagraph + 1, earlier.Id,
            pair.Alignment.SourceParagraph + 1, "resend", new FeatureRow { Features = pair.Features, Label = true })]);

    /// <summary>Every candidate pair from an update to its earlier version, turned into rows by <paramref name="rows"/>, in corpus order.</summary>
    public static List<T> Collect<T>(string corpusPath, WordLists words, PipelineOptions options,
        Func<AnalyzedArticle, AnalyzedArticle, CandidatePair, IEnumerable<T>> rows)
    {
        var articles = CorpusReader.Read([corpusPath], new DiagnosticBag())
            .Where(item => item.Article?.Published is not null)
            .Select(item => item.Article!);
        var analysed = AnalyzedCorpus.Analyze(articles, new ArticleAnalyzer(words), options.Threads);
        var shingles = analysed.Select(a => ShingleIndex.SortedShinglesOf(a, options.Index.ShingleSize)).ToArray();
        var index = ShingleIndex.Build(shingles, [.. analysed.Select(a => a.Ordinal)], options.Index);
        var finder = new PairFinder(analysed, index, options, new DirectionInference());
        var perTarget = new List<T>[analysed.Length];
        Parallel.For(0, analysed.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, i =>
        {
            var update = analysed[i];
            perTarget[i] = [.. finder.Find(update)
                .Where(pair => IsResend(analysed[pair.SourceOrdinal], shingles[pair.SourceOrdinal], update, shingles[i]))
                .SelectMany(pair => rows(update, analysed[pair.SourceOrdinal], pair))];
        });
        return [.. perTarget.SelectMany(pairs => pairs)];
    }

    private static bool IsResend(AnalyzedArticle earlier, ulong[] earlierShingles, AnalyzedArticle later, ulong[] laterShingles)
    {
        var lag = later.Article.Published!.Value.Value - earlier.Article.Published!.Value.Value;
        if (lag <= TimeSpan.Zero || lag > MaxLag || earlierShingles.Length == 0 || laterShingles.Length == 0) return false;
        var shared = SortedHashes.SharedCount(earlierShingles, laterShingles);
        return shared >= MinSharedShare * earlierShingles.Length && shared >= MinSharedShare * laterShingles.Length;
    }
}
