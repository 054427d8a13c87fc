namespace Provenance.Tracing;

/// <summary>
/// Decides a paragraph's direct source: of the candidates the classifier calls copies, the earliest
/// in publication order. A copy is partial when some of its sentences, or most of its words, were not found.
/// </summary>
public sealed class ParagraphDecider(double threshold)
{
    private const double WellCoveredSentence = 0.5;
    private const double MinCopiedShare = 0.6;

    public ParagraphLink Decide(ParagraphRef target, IReadOnlyList<ScoredCandidate> candidates)
    {
        var copies = candidates.Where(c => c.Probability >= threshold).OrderBy(c => c.SourceOrdinal).ToList();
        if (copies.Count == 0)
        {
            var closest = candidates.OrderByDescending(c => c.Probability).ThenBy(c => c.SourceOrdinal).FirstOrDefault();
            return new ParagraphLink(target, ParagraphStatus.Original, null,
                closest?.Alignment.MatchedShare ?? 0, closest?.Probability ?? 0);
        }

        var source = copies[0];
        var alignment = source.Alignment;
        var wellCovered = alignment.Matches.Count(m => m.Coverage >= WellCoveredSentence);
        var status = wellCovered >= alignment.TargetSentences && alignment.MatchedShare >= MinCopiedShare
            ? ParagraphStatus.Copied
            : ParagraphStatus.Partial;
        return new ParagraphLink(target, status, new ParagraphRef(source.SourceOrdinal, alignment.SourceParagraph),
            alignment.MatchedShare, source.Probability);
    }
}
