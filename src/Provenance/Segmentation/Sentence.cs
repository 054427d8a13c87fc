using Provenance.Text;

namespace Provenance.Segmentation;

/// <summary>A sentence of a paragraph, as a span of the article's body.</summary>
public readonly record struct Sentence(TextSpan Span);
