namespace Provenance.Tracing;

/// <summary>A paragraph of the source article, by article ordinal and 0-based paragraph index.</summary>
public readonly record struct ParagraphRef(int Ordinal, int Paragraph);

/// <summary>
/// The decision for one target paragraph: its status and, when copied, the paragraph it was copied
/// from. <see cref="Similarity"/> and <see cref="Probability"/> are those of that alignment, or of
/// the closest candidate when the paragraph is original (0 when there was none).
/// </summary>
public sealed record ParagraphLink(ParagraphRef Target, ParagraphStatus Status, ParagraphRef? Source, double Similarity, double Probability, DirectionBasis? Basis = null);
