using Provenance.Text;

namespace Provenance.Tests.Text;

public class SourceTextTests
{
    [Fact]
    public void Span_is_half_open_and_validated()
    {
        var span = TextSpan.FromBounds(2, 5);
        Assert.Equal(3, span.Length);
        Assert.True(span.Contains(2));
        Assert.False(span.Contains(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 2));
        Assert.True(span.OverlapsWith(new TextSpan(4, 3)));
        Assert.False(span.OverlapsWith(new TextSpan(5, 3)));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(4, 1, 0)]
    [InlineData(9, 2, 0)]
    [InlineData(11, 3, 0)]
    public void Line_positions_handle_lf_crlf_and_lone_cr(int position, int line, int character)
    {
        var text = SourceText.From("abc\ndef\r\ng\rh");
        Assert.Equal(new LinePosition(line, character), text.GetLinePosition(position));
    }

    [Fact]
    public void Substrings_come_from_spans()
    {
        var text = SourceText.From("Hello world");
        Assert.Equal("world", text.ToString(new TextSpan(6, 5)));
        Assert.Equal("(1,7)", text.GetLinePosition(6).ToString());
    }
}
