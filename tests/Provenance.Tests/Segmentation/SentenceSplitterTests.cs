using Provenance.Segmentation;
using Provenance.Text;

namespace Provenance.Tests.Segmentation;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new(TestData.Words.Abbreviations, TestData.Words.Honorifics);

    private static string[] Split(string text)
    {
        var source = SourceText.From(text);
        return Splitter.Split(source, source.FullSpan).Select(source.ToString).ToArray();
    }

    [Theory]
    [InlineData("The U.S. and the U.N. agreed on Tuesday. Talks resume today.", 2)]
    [InlineData("Mr. Kim met Lt. Gen. John Smith in Seoul. They spoke.", 2)]
    [InlineData("John F. Kennedy was president. He was shot.", 2)]
    [InlineData("Output rose 3.5 percent in May. Prices fell.", 2)]
    [InlineData("“We are ready,” he said. “So are we.”", 2)]
    [InlineData("He asked, “Why now?” and left.", 1)]
    [InlineData("Sales rose in the U.S. The rest of the world lagged.", 2)]
    [InlineData("Shares of Acme Inc. rose on Monday.", 1)]
    [InlineData("It was over. Really? Yes!", 3)]
    public void Splits_where_a_sentence_ends(string text, int expected)
    {
        Assert.Equal(expected, Split(text).Length);
    }

    [Fact]
    public void Sentences_cover_the_paragraph_in_order()
    {
        var sentences = Split("Mr Lim said so. “Any deal,” he said, “is bad.” It ended.");
        Assert.Equal(["Mr Lim said so.", "“Any deal,” he said, “is bad.”", "It ended."], sentences);
    }
}
