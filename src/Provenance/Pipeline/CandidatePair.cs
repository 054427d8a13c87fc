using Provenance.Alignment;

namespace Provenance.Pipeline;

/// <summary>A target paragraph aligned with one earlier candidate article, with the alignment's features.</summary>
public sealed record CandidatePair(int TargetOrdinal, int SourceOrdinal, ParagraphAlignment Alignment, float[] Features);
