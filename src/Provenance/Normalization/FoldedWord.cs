using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>A scanned word with its fold, and whether it is written with a capital (which the honorific rule reads).</summary>
internal readonly record struct FoldedWord(TextSpan Span, bool InQuote, bool Capitalised, WordFold Fold);
