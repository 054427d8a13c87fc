using System.Collections.Immutable;
using Provenance.Alignment;
using Provenance.Indexing;
using Provenance.Scoring;
using Provenance.Tracing;

namespace Provenance.Pipeline;

/// <summary>
/// The index and align stages for one target: its candidate sources from the shingle index, each
/// aligned paragraph by paragraph, with features, and the direction of each pair: by publication
/// time when the dates decide, else inferred from the edits (which needs the reverse alignment too),
/// else publication order. Used alike by analysis and by training.
/// </summary>
public sealed class PairFinder(IReadOnlyList<AnalyzedArticle> articles, ShingleIndex index, PipelineOptions options, DirectionInference direction)
{
    private readonly CandidateSelector _candidates = new(articles, index, options.Index);
    private readonly ArticleAligner _aligner = new(options.Alignment);

    // The direction inference reads which paragraphs align, never the sentence decision: no judge, no cost.
    private readonly ArticleAligner _reverseAligner = new(options.Alignment with { Judge = null });

    // Each thread reloads its own two indexes for every pair instead of allocating new ones.
    private readonly ThreadLocal<(SentenceIndex Source, SentenceIndex Target)> _indexes = new(() => (new(), new()));

    public List<CandidatePair> Find(AnalyzedArticle target)
    {
        var pairs = new List<CandidatePair>(2 * target.Paragraphs.Length);
        var (sourceIndex, targetIndex) = _indexes.Value;
        var targetLoaded = false;
        foreach (var ordinal in _candidates.Select(target))
        {
            var source = articles[ordinal];
            var alignments = _aligner.Align(target, sourceIndex.Load(source.Sentences));
            var (isSource, basis) = Direction(target, source, alignments, targetIndex, ref targetLoaded);
            foreach (var alignment in alignments)
            {
                if (alignment.Matches.IsEmpty) continue;
                pairs.Add(new CandidatePair(target.Ordinal, ordinal, alignment, FeatureExtractor.Extract(alignment, target, source), isSource, basis));
            }
        }
        return pairs;
    }

    /// <param name="targetIndex">This thread's index for the target's sentences, loaded (once per target) only if the edits must tell.</param>
    private (bool CandidateIsSource, DirectionBasis Basis) Direction(AnalyzedArticle target, AnalyzedArticle candidate, ImmutableArray<ParagraphAlignment> targetOnCandidate,
        SentenceIndex targetIndex, ref bool targetLoaded)
    {
        if (TimeRelation.Decides(target.Article.Published, candidate.Article.Published)) return (true, DirectionBasis.Published);
        if (!AnyMatches(targetOnCandidate)) return (candidate.Ordinal < target.Ordinal, DirectionBasis.Unknown);
        if (!targetLoaded) targetIndex.Load(target.Sentences);
        targetLoaded = true;
        var inferred = direction.Infer(target, candidate, targetOnCandidate, _reverseAligner.Align(candidate, targetIndex));
        return inferred == 0
            ? (candidate.Ordinal < target.Ordinal, DirectionBasis.Unknown)
            : (inferred > 0, DirectionBasis.Inferred);
    }

    private static bool AnyMatches(ImmutableArray<ParagraphAlignment> alignments)
    {
        foreach (var alignment in alignments)
            if (!alignment.Matches.IsEmpty) return true;
        return false;
    }
}
