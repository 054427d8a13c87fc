using Provenance.Scoring;

namespace Provenance.Training;

/// <summary>A training row with where it came from: target paragraph (1-based), candidate, label and features.</summary>
public sealed record LabelledPair(string TargetId, int TargetParagraph, string SourceId, int SourceParagraph, string Edits, FeatureRow Row);
