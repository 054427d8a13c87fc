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
            if (IsCloser(candidate, closest)) closest = candidate;
        }
        return source is null ? Original(target, closest) : CopiedFrom(target, source);
    }

    private static ParagraphLink Original(ParagraphRef target, ScoredCandidate? closest) =>
        new(target, ParagraphStatus.Original, null, closest?.Alignment.MatchedShare ?? 0, closest?.Probability ?? 0);

    private static ParagraphLink CopiedFrom(ParagraphRef target, ScoredCandidate source)
    {
        var alignment = source.Alignment;
        var status = alignment.WellCoveredSentences >= alignment.TargetSentences && alignment.MatchedShare >= MinCopiedShare
            ? ParagraphStatus.Copied
            : ParagraphStatus.Partial;
        return new ParagraphLink(target, status, new ParagraphRef(source.SourceOrdinal, alignment.SourceParagraph),
            alignment.MatchedShare, source.Probability, source.Basis);
    }

    /// <summary>The closest of two candidates: the more probable, then the earlier; the one met first on a full tie.</summary>
    private static bool IsCloser(ScoredCandidate candidate, ScoredCandidate? closest) =>
        closest is null || candidate.Probability > closest.Probability
        || (candidate.Probability == closest.Probability && candidate.SourceOrdinal < closest.SourceOrdinal);

    /// <summary>
    /// The same link as <see cref="Decide(ParagraphRef, IReadOnlyList{ScoredCandidate})"/> for candidates that
    /// can be sources, with the classifier asked only where its answer can matter: they are scored earliest
    /// first (stable on equal ordinals), and once one is a copy no later one can be the source, and no
    /// closest candidate is needed. Only an original paragraph has every candidate scored.
    /// </summary>
    public ParagraphLink Decide(ParagraphRef target, IReadOnlyList<CandidatePair> candidates, Func<float[], float> probability)
    {
        // The closest is found as the candidates are scored: the same one whatever the order, as ties go to the one met first
        // and equal ordinals keep their order.
        ScoredCandidate? closest = null;
        var order = candidates.Count <= 64 ? stackalloc int[candidates.Count] : new int[candidates.Count];
        EarliestFirst(candidates, order);
        foreach (var i in order)
        {
            var pair = candidates[i];
            var scored = new ScoredCandidate(pair.SourceOrdinal, pair.Alignment, probability(pair.Features), true, pair.Basis);
            if (scored.Probability >= threshold) return CopiedFrom(target, scored);
            if (IsCloser(scored, closest)) closest = scored;
        }
        return Original(target, closest);
    }

    private static void EarliestFirst(IReadOnlyList<CandidatePair> candidates, Span<int> order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            // Insertion sort: a paragraph has a handful of candidates, and equal ordinals keep their order.
            var at = i;
            for (; at > 0 && candidates[order[at - 1]].SourceOrdinal > candidates[i].SourceOrdinal; at--) order[at] = order[at - 1];
            order[at] = i;
        }
    }
}
