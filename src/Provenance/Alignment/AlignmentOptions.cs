namespace Provenance.Alignment;

/// <summary>
/// <see cref="MinCoverage"/>: the share of a target sentence's bigrams a source window must hold to be
/// compared word by word. <see cref="PairGain"/>: how much more a two-sentence window must cover
/// than the best single sentence to be preferred (a merged sentence). <see cref="Judge"/>: the trained
/// sentence decision for matches in its gray zone, or null to let the coverage rule decide every match.
/// </summary>
public sealed record AlignmentOptions
{
    public double MinCoverage { get; init; } = 0.2;
    public double PairGain { get; init; } = 0.1;
    public SentenceJudge? Judge { get; init; }
}
