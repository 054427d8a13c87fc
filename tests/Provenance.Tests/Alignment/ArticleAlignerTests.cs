using Provenance.Alignment;

namespace Provenance.Tests.Alignment;

public class ArticleAlignerTests
{
    private static readonly ArticleAligner Aligner = new(new AlignmentOptions());

    [Fact]
    public void A_split_sentence_aligns_with_the_long_source_sentence()
    {
        var source = TestData.Analyze(TestData.Article("s",
            "South Korea expressed concern over a meeting that was focused on expanding military cooperation as the two isolated leaders align over their confrontations with the United States."));
        var target = TestData.Analyze(TestData.Article("t",
            "South Korea has expressed concern over a meeting that was focused on expanding military co-operation.\n\nIt came as the two isolated leaders align over their confrontations with the US."), 1);

        var paragraphs = Aligner.Align(target, source);
        Assert.All(paragraphs, p => Assert.Equal(0, p.SourceParagraph));
        Assert.True(paragraphs[1].MatchedShare > 0.8);
        Assert.True(paragraphs[0].MatchedShare > 0.8);
    }

    [Fact]
    public void A_merged_paragraph_aligns_with_both_source_paragraphs_even_reordered()
    {
        var source = TestData.Analyze(TestData.Article("s",
            "Washington has warned that the summit could lead to a deal to supply ammunition.\n\nThere is widespread concern in Seoul that the North would receive advanced weapons technologies."));
        var target = TestData.Analyze(TestData.Article("t",
            "There’s widespread concern in Seoul that the North would receive advanced weapons technologies. Washington has warned that the summit could lead to a deal to supply ammunition."), 1);

        var paragraph = Assert.Single(Aligner.Align(target, source));
        Assert.Equal([1, 0], paragraph.Matches.Select(m => m.SourceParagraph));
        Assert.Equal(1.0, paragraph.MatchedShare, 3);
    }

    [Fact]
    public void Word_diff_counts_matches_runs_and_edits()
    {
        var diff = WordDiff.Compare(["a", "b", "c", "d", "e"], ["a", "b", "x", "d", "e", "f"]);
        Assert.Equal(4, diff.MatchedCount);
        Assert.Equal(2, diff.LongestRun);
        Assert.Equal(2, diff.EditBlocks);
        Assert.Equal([true, true, false, true, true, false], diff.TargetMatched);
    }

    [Fact]
    public void Unrelated_text_does_not_align()
    {
        var source = TestData.Analyze(TestData.Article("s", "The central bank raised interest rates by a quarter point on Tuesday."));
        var target = TestData.Analyze(TestData.Article("t", "Heavy rain flooded several villages in the north of the country overnight."), 1);
        Assert.Empty(Assert.Single(Aligner.Align(target, source)).Matches);
    }
}
