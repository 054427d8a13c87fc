using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>
/// A word of the text: where it is, its normal form for matching (by its number in
/// <see cref="NormalForms"/>), and whether it lies inside a quotation. Holds no references and takes
/// 12 bytes (whether it is quoted rides in the sign bit of the form's number): an analysis keeps
/// millions of tokens, and they are most of its bytes.
/// </summary>
public readonly record struct Token
{
    private readonly int _start;
    private readonly int _length;
    private readonly int _formAndQuote;

    public Token(TextSpan span, string normal, bool inQuote) : this(span, NormalForms.NumberOf(normal), inQuote)
    {
    }

    /// <param name="form">The number of the normal form in <see cref="NormalForms"/>.</param>
    public Token(TextSpan span, int form, bool inQuote)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(form);
        _start = span.Start;
        _length = span.Length;
        _formAndQuote = inQuote ? form | int.MinValue : form;
    }

    public TextSpan Span => new(_start, _length);

    /// <summary>The number of the normal form: equal numbers, equal forms.</summary>
    public int Form => _formAndQuote & int.MaxValue;

    public bool InQuote => _formAndQuote < 0;

    /// <summary>The <see cref="StableHash"/> of the normal form.</summary>
    public ulong Hash => NormalForms.HashOf(Form);

    public string Normal => NormalForms.Of(Form);
}
