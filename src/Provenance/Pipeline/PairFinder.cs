using Provenance.Alignment;
using Provenance.Indexing;
using Provenance.Scoring;

namespace Provenance.Pipeline;

/// <summary>
/// The index and align stages for one target: its candidate sources from the shingle index, each
/// aligned paragraph by paragraph, with features. Used alike by analysis and by training.
/// </summary>
public sealed class PairFinder(IReadOnlyList<AnalyzedArticle> articles, ShingleIndex index, PipelineOptions options)
{
    private readonly CandidateSelector _candidates = new(index, options.Index);
    private readonly ArticleAligner _aligner = new(options.Alignment);

    public List<CandidatePair> Find(AnalyzedArticle target)
    {
        var pairs = new List<CandidatePair>();
        foreach (var ordinal in _candidates.Select(target))
        {
            var source = articles[ordinal];
            foreach (var alignment in _aligner.Align(target, source))
            {
                if (alignment.Matches.IsEmpty) continue;
                pairs.Add(new CandidatePair(target.Ordinal, ordinal, alignment, FeatureExtractor.Extract(alignment, target, source)));
            }
        }
        return pairs;
    }
}
