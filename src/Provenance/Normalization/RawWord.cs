using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>A word as written, before normalisation.</summary>
public readonly record struct RawWord(TextSpan Span, string Text, bool InQuote);
