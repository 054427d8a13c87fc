using Provenance.Pipeline;

namespace Provenance.Tracing;

/// <summary>
/// Decides a paragraph's direct source: of the candidates the classifier calls copies and that can
/// be its source (not derived from it), the earliest in publication order. A copy of this paragraph
/// made by a candidate does not make the paragraph a copy, so it is not counted as evidence. A copy is partial when some of its sentences, or most of its words, were not found.
/// </summary>
public sealed class ParagraphDecider(double threshold)
{
    private const double MinCopiedShare = 0.6;

    public ParagraphLink Decide(ParagraphRef target, IReadOnlyList<ScoredCandidate> candidates)
    {
        // The earliest copy; and, for an original, the closest candidate (most probable, then earliest).
        ScoredCandidate? source = null, closest = null;
        foreach (var candidate in candidates)
        {
            if (!candidate.CanBeSource) continue;
            if (candidate.Probability >= threshold && (source is null || candidate.SourceOrdinal < source.SourceOrdinal)) source = candidate;
            if (closest is null || candidate.Probability > closest.Probability
                || (candidate.Probability == closest.Probability && candidate.SourceOrdinal < closest.SourceOrdinal))
                closest = candidate;
        }
        if (source is null)
            return new ParagraphLink(target, ParagraphStatus.Original, null, closest?.Alignment.MatchedShare ?? 0, closest?.Probability ?? 0);

        var alignment = source.Alignment;
        var status = alignment.WellCoveredSentences >= alignment.TargetSentences && alignment.MatchedShare >= MinCopiedShare
            ? ParagraphStatus.Copied
            : ParagraphStatus.Partial;
        return new ParagraphLink(target, status, new ParagraphRef(source.SourceOrdinal, alignment.SourceParagraph),
            alignment.MatchedShare, source.Probability, source.Basis);
    }

    /// <summary>
    /// The same link as <see cref="Decide(ParagraphRef, IReadOnlyList{ScoredCandidate})"/> for candidates that
    /// can be sources, with the classifier asked only where its answer can matter: they are scored earliest
    /// first (stable on equal ordinals), and once one is a copy no later one can be the source, and no
    /// closest candidate is needed. Only an original paragraph has every candidate scored.
    /// </summary>
    public ParagraphLink Decide(ParagraphRef target, IReadOnlyList<CandidatePair> candidates, Func<float[], float> probability)
    {
        var scored = new ScoredCandidate[candidates.Count];
        foreach (var i in EarliestFirst(candidates))
        {
            var pair = candidates[i];
            scored[i] = new ScoredCandidate(pair.SourceOrdinal, pair.Alignment, probability(pair.Features), true, pair.Basis);
            if (scored[i].Probability >= threshold) return Decide(target, [scored[i]]);
        }
        return Decide(target, scored);
    }

    private static int[] EarliestFirst(IReadOnlyList<CandidatePair> candidates)
    {
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            // Insertion sort: a paragraph has a handful of candidates, and equal ordinals keep their order.
            var at = i;
            for (; at > 0 && candidates[order[at - 1]].SourceOrdinal > candidates[i].SourceOrdinal; at--) order[at] = order[at - 1];
            order[at] = i;
        }
        return order;
    }
}
