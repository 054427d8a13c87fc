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
            var (candidates, starts) = ByParagraph(finder.Find(target), target.Paragraphs.Length);
            var links = new ParagraphLink[target.Paragraphs.Length];
            for (var p = 0; p < links.Length; p++)
                links[p] = decider.Decide(new ParagraphRef(target.Ordinal, target.Paragraphs[p].Index),
                    new ArraySegment<CandidatePair>(candidates, starts[p], starts[p + 1] - starts[p]), probability);
            perTarget[i] = links;
            progress?.Advance();
        }
    }

    /// <summary>
    /// The pairs whose candidate can be the source, grouped by target paragraph (a paragraph's index is its
    /// place among the body paragraphs), each group in the order found: paragraph p's are those from
    /// <c>starts[p]</c> to <c>starts[p + 1]</c>. A counting sort: linear in the pairs, however many paragraphs.
    /// </summary>
    private static (CandidatePair[] Candidates, int[] Starts) ByParagraph(List<CandidatePair> pairs, int paragraphs)
    {
        var starts = new int[paragraphs + 1];
        foreach (var pair in pairs)
            if (pair.CandidateIsSource) starts[pair.Alignment.TargetParagraph + 1]++;
        for (var p = 0; p < paragraphs; p++) starts[p + 1] += starts[p];
        var candidates = new CandidatePair[starts[paragraphs]];
        var next = starts[..paragraphs];
        foreach (var pair in pairs)
            if (pair.CandidateIsSource) candidates[next[pair.Alignment.TargetParagraph]++] = pair;
        return (candidates, starts);
    }
}
