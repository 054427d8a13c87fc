using System.Collections.Immutable;

namespace Provenance.Training.Synthesis;

/// <summary>Synthetic articles plus one <see cref="ParagraphTruth"/> row per article paragraph, in article order.</summary>
public sealed record SyntheticCorpus(ImmutableArray<SyntheticArticle> Articles, ImmutableArray<ParagraphTruth> Truth);
