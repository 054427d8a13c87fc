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
        Func<float[], float> probability = model.Probability;
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
            var pairs = finder.Find(target);
            var candidates = t_candidates ??= [];
            var links = new ParagraphLink[target.Paragraphs.Length];
            for (var p = 0; p < links.Length; p++)
            {
                // The paragraph's pairs whose candidate can be its source, in the order found.
                var paragraph = target.Paragraphs[p].Index;
                candidates.Clear();
                foreach (var pair in pairs)
                    if (pair.CandidateIsSource && pair.Alignment.TargetParagraph == paragraph) candidates.Add(pair);
                links[p] = decider.Decide(new ParagraphRef(target.Ordinal, paragraph), candidates, probability);
            }
            perTarget[i] = links;
            progress?.Advance();
        }
    }

    [ThreadStatic] private static List<CandidatePair>? t_candidates;
}
