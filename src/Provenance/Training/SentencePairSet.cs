using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Training.Synthesis;

namespace Provenance.Training;

/// <summary>
/// Labelled sentence pairs for the trained sentence decision (<see cref="SentenceJudge"/>), taken where
/// analysis takes them: each target sentence the align stage pairs with a source window whose coverage
/// lies in <see cref="BandBottom"/> (the least coverage aligned) to <see cref="BandTop"/>, a band wider
/// than the judge's gray zone so that the zone can be tuned without leaving the training data.
/// From a generated corpus, a pair is a positive when its paragraphs are a true copy (text of the same
/// base story) and a negative otherwise (a shared quote, a same-topic story, an inserted original); a
/// copy with an original sentence appended is left out, since that sentence was not taken from the
/// source. From a wire corpus's updated re-sends (<see cref="ResendPairs"/>), every pair is a positive.
/// </summary>
public static class SentencePairSet
{
    public const double BandTop = 0.75;
    private const string AppendedOriginal = "appended_original";

    /// <summary>A labelled sentence pair, with the article it came from (the held-out split is drawn by article).</summary>
    public sealed record Row(string TargetId, double Coverage, FeatureRow Features);

    public static double BandBottom(PipelineOptions options) => options.Alignment.MinCoverage;

    public static List<Row> FromSynthetic(SyntheticCorpus corpus, WordLists words, PipelineOptions options, Lexicon lexicon) =>
        TrainingSetBuilder.Collect(corpus, words, options, candidate =>
            candidate.IsCopy && candidate.Edits.Split(';').Contains(AppendedOriginal)
                ? []
                : InBand(candidate.Target.Id, candidate.Pair, candidate.Source, candidate.IsCopy, lexicon, options));

    public static List<Row> FromResends(string corpusPath, WordLists words, PipelineOptions options, Lexicon lexicon) =>
        ResendPairs.Collect(corpusPath, words, options, (update, earlier, pair) => InBand(update.Id, pair, earlier, true, lexicon, options));

    private static IEnumerable<Row> InBand(string targetId, CandidatePair pair, AnalyzedArticle source, bool label, Lexicon lexicon, PipelineOptions options) =>
        pair.Alignment.Matches
            .Where(m => m.Coverage >= BandBottom(options) && m.Coverage < BandTop)
            .Select(m => new Row(targetId, m.Coverage,
                new FeatureRow { Features = AlignedSentenceFeatures.Extract(m, lexicon), Label = label }))
            .ToList();
}
