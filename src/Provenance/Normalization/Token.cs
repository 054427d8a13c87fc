using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>A word of the text: where it is, its normal form for matching, and whether it lies inside a quotation.</summary>
public readonly record struct Token(TextSpan Span, string Normal, bool InQuote)
{
    public ulong Hash { get; } = StableHash.Of(Normal);
}
