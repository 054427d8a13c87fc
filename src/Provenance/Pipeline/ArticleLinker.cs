using Provenance.Indexing;
using Provenance.Normalization;
using Provenance.Scoring;
using Provenance.Tracing;

namespace Provenance.Pipeline;

/// <summary>
/// The align and score stages for a set of target articles: each target's candidate pairs scored by
/// the model, and each of its paragraphs given its direct source. Targets run in parallel; the links
/// come back in target order, so the result does not depend on the thread count.
/// </summary>
public sealed class ArticleLinker(PipelineOptions options, WordLists words, WireCopyModel model)
{
    public List<ParagraphLink> Link(IReadOnlyList<AnalyzedArticle> articles, ShingleIndex index, IReadOnlyList<int> targets,
        ProgressCounter? progress = null)
    {
        var finder = new PairFinder(articles, index, options, new DirectionInference(words));
        var decider = new ParagraphDecider(options.CopyThreshold);
        var perTarget = new ParagraphLink[targets.Count][];
        Parallel.For(0, targets.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, i =>
        {
            var target = articles[targets[i]];
            var scored = finder.Find(target)
                .Where(pair => pair.CandidateIsSource)
                .Select(pair => new ScoredCandidate(pair.SourceOrdinal, pair.Alignment, model.Probability(pair.Features), true, pair.Basis))
                .ToLookup(c => c.Alignment.TargetParagraph);
            perTarget[i] = target.Paragraphs
                .Select(p => decider.Decide(new ParagraphRef(target.Ordinal, p.Index), [.. scored[p.Index]]))
                .ToArray();
            progress?.Advance();
        });
        return [.. perTarget.SelectMany(links => links)];
    }
}
