using Provenance.Corpus;

namespace Provenance.State;

/// <summary>A stored article by its row; its body is empty when only its fields were read.</summary>
public sealed record StoredArticle(long Row, Article Article);

/// <summary>A stored paragraph copied whole, and the paragraph it was copied from directly (the chain's next step).</summary>
public readonly record struct StoredLink(long Row, int Paragraph, long SourceRow, int SourceParagraph);

/// <summary>
/// How tonight's article stands against the state: <see cref="Row"/> is where it will be stored (its
/// stored row when the state already holds the same text, else null for a new row) and
/// <see cref="Version"/> its version (1 for an id never seen; one more than the last for changed text).
/// </summary>
public sealed record TonightArticle(Article Article, long? Row, int Version);
