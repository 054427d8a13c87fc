using Provenance.Alignment;

namespace Provenance.Tracing;

/// <summary>One candidate source for a target paragraph, aligned and scored.</summary>
public sealed record ScoredCandidate(int SourceOrdinal, ParagraphAlignment Alignment, float Probability, bool CanBeSource = true, DirectionBasis Basis = DirectionBasis.Published);
