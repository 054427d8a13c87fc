using System.Collections.Concurrent;
using Provenance.Indexing;
using Provenance.Scoring;
using Provenance.Tracing;

namespace Provenance.Pipeline;

/// <summary>
/// The align and score stages for a set of target articles: each target's candidate pairs aligned, and
/// each of its paragraphs given its direct source, the model scoring as many of the paragraph's
/// candidates as that decision needs. Targets run in parallel; the links
/// come back in target order, so the result does not depend on the thread count.
/// </summary>
public sealed class ArticleLinker(PipelineOptions options, WireCopyModel model)
{
    private const int TargetsPerChunk = 16;

    public List<ParagraphLink> Link(IReadOnlyList<AnalyzedArticle> articles, ShingleIndex index, IReadOnlyList<int> targets,
        ProgressCounter? progress = null)
    {
        var finder = new PairFinder(articles, index, options, new DirectionInference());
        var decider = new ParagraphDecider(options.CopyThreshold);
        var perTarget = new ParagraphLink[targets.Count][];
        // Targets are handed out in small chunks in publication order (Parallel.For would start each thread
        // in its own part of the range): the sources a target needs were analysed recently, so with
        // bounded memory they are still held rather than analysed again.
        var inOrder = Partitioner.Create(0, targets.Count, TargetsPerChunk);
        Parallel.ForEach(inOrder, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, chunk =>
        {
            for (var i = chunk.Item1; i < chunk.Item2; i++) LinkOne(i);
        });
        return [.. perTarget.SelectMany(links => links)];

        void LinkOne(int i)
        {
            var target = articles[targets[i]];
            var candidates = finder.Find(target)
                .Where(pair => pair.CandidateIsSource)
                .ToLookup(pair => pair.Alignment.TargetParagraph);
            perTarget[i] = target.Paragraphs
                .Select(p => decider.Decide(new ParagraphRef(target.Ordinal, p.Index), [.. candidates[p.Index]], model.Probability))
                .ToArray();
            progress?.Advance();
        }
    }
}
