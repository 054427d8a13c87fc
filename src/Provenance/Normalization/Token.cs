using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>
/// A word of the text: where it is, its normal form for matching (by its number in
/// <see cref="NormalForms"/>), and whether it lies inside a quotation. Holds no references and takes
/// 16 bytes: an analysis keeps millions of tokens.
/// </summary>
public readonly record struct Token
{
    public Token(TextSpan span, string normal, bool inQuote) : this(span, NormalForms.NumberOf(normal), inQuote)
    {
    }

    /// <param name="form">The number of the normal form in <see cref="NormalForms"/>.</param>
    public Token(TextSpan span, int form, bool inQuote)
    {
        Span = span;
        Form = form;
        InQuote = inQuote;
    }

    public TextSpan Span { get; }

    /// <summary>The number of the normal form: equal numbers, equal forms.</summary>
    public int Form { get; }

    public bool InQuote { get; }
    /// <summary>The <see cref="StableHash"/> of the normal form.</summary>
    public ulong Hash => NormalForms.HashOf(Form);

    public string Normal => NormalForms.Of(Form);
}
