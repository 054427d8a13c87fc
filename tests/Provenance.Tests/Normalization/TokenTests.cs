using System.Runtime.CompilerServices;
using Provenance.Normalization;
using Provenance.Text;

namespace Provenance.Tests.Normalization;

/// <summary>A token packs whether it is quoted into its form's number: every field must come back as given.</summary>
public class TokenTests
{
    [Theory]
    [InlineData(0, 0, 0, false)]
    [InlineData(0, 0, 0, true)]
    [InlineData(17, 5, 3, true)]
    [InlineData(int.MaxValue - 1, 1, int.MaxValue, false)]
    [InlineData(int.MaxValue - 1, 1, int.MaxValue, true)]
    public void Keeps_its_span_form_and_quotation(int start, int length, int form, bool inQuote)
    {
        var token = new Token(new TextSpan(start, length), form, inQuote);
        Assert.Equal((new TextSpan(start, length), form, inQuote), (token.Span, token.Form, token.InQuote));
        Assert.NotEqual(token, new Token(new TextSpan(start, length), form, !inQuote));
    }

    [Fact]
    public void Takes_twelve_bytes_and_refuses_a_negative_form()
    {
        Assert.Equal(12, Unsafe.SizeOf<Token>());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(new TextSpan(0, 1), -1, false));
    }
}
