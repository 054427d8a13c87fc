using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>A word of a text as the scanner finds it: where it is, and whether it lies inside a quotation.</summary>
public readonly record struct ScannedWord(TextSpan Span, bool InQuote);
