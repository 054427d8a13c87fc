using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>
/// A word of the text: where it is, its normal form for matching (by its number in
/// <see cref="NormalForms"/>) and that form's <see cref="StableHash"/>, and whether it lies inside a
/// quotation. Holds no references: an analysis keeps millions of tokens.
/// </summary>
public readonly record struct Token
{
    public Token(TextSpan span, string normal, bool inQuote) : this(span, NormalForms.NumberOf(normal), inQuote, StableHash.Of(normal))
    {
    }

    /// <param name="form">The number of the normal form in <see cref="NormalForms"/>.</param>
    /// <param name="hash">The <see cref="StableHash"/> of the normal form.</param>
    public Token(TextSpan span, int form, bool inQuote, ulong hash)
    {
        Span = span;
        Form = form;
        InQuote = inQuote;
        Hash = hash;
    }

    public TextSpan Span { get; }

    /// <summary>The number of the normal form: equal numbers, equal forms.</summary>
    public int Form { get; }

    public bool InQuote { get; }
    public ulong Hash { get; }

    public string Normal => NormalForms.Of(Form);
}
