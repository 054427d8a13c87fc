using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>A word of the text: where it is, its normal form for matching, and whether it lies inside a quotation.</summary>
public readonly record struct Token
{
    public Token(TextSpan span, string normal, bool inQuote) : this(span, normal, inQuote, StableHash.Of(normal))
    {
    }

    /// <param name="hash">The <see cref="StableHash"/> of <paramref name="normal"/>, when the caller already has it.</param>
    public Token(TextSpan span, string normal, bool inQuote, ulong hash)
    {
        Span = span;
        Normal = normal;
        InQuote = inQuote;
        Hash = hash;
    }

    public TextSpan Span { get; }
    public string Normal { get; }
    public bool InQuote { get; }
    public ulong Hash { get; }
}
