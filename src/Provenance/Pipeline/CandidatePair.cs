using Provenance.Alignment;
using Provenance.Tracing;

namespace Provenance.Pipeline;

/// <summary>
/// A target paragraph aligned with one candidate article, with the alignment's features, and whether
/// the candidate can be the target's source (and on what basis).
/// </summary>
public sealed record CandidatePair(
    int TargetOrdinal,
    int SourceOrdinal,
    ParagraphAlignment Alignment,
    float[] Features,
    bool CandidateIsSource,
    DirectionBasis Basis);
