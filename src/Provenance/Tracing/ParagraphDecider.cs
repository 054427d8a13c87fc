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
        var sources = candidates.Where(c => c.CanBeSource).ToList();
        var copies = sources.Where(c => c.Probability >= threshold).OrderBy(c => c.SourceOrdinal).ToList();
        if (copies.Count == 0)
        {
            var closest = sources.OrderByDescending(c => c.Probability).ThenBy(c => c.SourceOrdinal).FirstOrDefault();
            return new ParagraphLink(target, ParagraphStatus.Original, null,
                closest?.Alignment.MatchedShare ?? 0, closest?.Probability ?? 0);
        }

        var source = copies[0];
        var alignment = source.Alignment;
        var status = alignment.WellCoveredSentences >= alignment.TargetSentences && alignment.MatchedShare >= MinCopiedShare
            ? ParagraphStatus.Copied
            : ParagraphStatus.Partial;
        return new ParagraphLink(target, status, new ParagraphRef(source.SourceOrdinal, alignment.SourceParagraph),
            alignment.MatchedShare, source.Probability, source.Basis);
    }
}
