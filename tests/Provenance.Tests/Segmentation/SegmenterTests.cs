using Provenance.Segmentation;

namespace Provenance.Tests.Segmentation;

public class SegmenterTests
{
    private static readonly Segmenter Segmenter = new(TestData.Words);

    [Fact]
    public void Blank_lines_separate_paragraphs_and_credits_are_boilerplate()
    {
        var article = TestData.Article("a", "First paragraph here.\n\n\nSecond one.\nStill second.\n\nImage courtesy of US News\n");
        var segmented = Segmenter.Segment(article);
        Assert.Equal(2, segmented.Paragraphs.Length);
        Assert.Equal("Second one.\nStill second.", article.Body.ToString(segmented.Paragraphs[1].Span));
        Assert.Equal(2, segmented.Paragraphs[1].Sentences.Length);
    }

    [Fact]
    public void Without_blank_lines_each_line_is_a_paragraph()
    {
        var segmented = Segmenter.Segment(TestData.Article("a", "One.\r\nTwo.\r\nThree."));
        Assert.Equal(3, segmented.Paragraphs.Length);
        Assert.Equal([0, 1, 2], segmented.Paragraphs.Select(p => p.Index));
    }

    [Fact]
    public void Reporting_credits_are_not_story_text()
    {
        var segmented = Segmenter.Segment(TestData.Article("a", "Story text.\n\nReporting by Jane Doe; Editing by John Roe"));
        Assert.Single(segmented.Paragraphs);
    }
}
