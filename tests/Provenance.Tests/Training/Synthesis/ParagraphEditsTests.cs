using System.Collections.Immutable;
using Provenance.Training.Synthesis;
using Xunit;

namespace Provenance.Tests.Training.Synthesis;

public sealed class ParagraphEditsTests
{
    private static readonly ImmutableArray<DraftParagraph> Taken =
    [
        .. new[] { "First one. It has two sentences.", "Second one.", "Third one.", "Fourth one." }
            .Select((text, index) => DraftParagraph.Original(text).CopiedFrom("wire-1", index + 1)),
    ];

    [Fact]
    public void TruncationKeepsTheFirstParagraphs()
    {
        var kept = ParagraphEdits.Truncate(Taken, 2);

        Assert.Equal(Taken.Take(2), kept.AsEnumerable());
    }

    [Fact]
    public void MergeJoinsTwoParagraphsAndKeepsTheFirstSource()
    {
        var merged = ParagraphEdits.Merge(Taken, 1);

        Assert.Equal(Taken.Length - 1, merged.Length);
        Assert.Contains("Second one.", merged[1].Text);
        Assert.Contains("Third one.", merged[1].Text);
        Assert.Equal((ParagraphLabels.Copied, 2), (merged[1].Label, merged[1].SourceParagraph));
        Assert.Equal("merge", merged[1].ToTruth("x", 2).Edits);
    }

    [Fact]
    public void SplitMakesTwoParagraphsWithTheSameSource()
    {
        var split = ParagraphEdits.Split(Taken, 0, new Random(1));

        Assert.Equal(["First one.", "It has two sentences."], split[..2].Select(paragraph => paragraph.Text));
        Assert.All(split[..2], paragraph => Assert.Equal((1, "split"), (paragraph.SourceParagraph!.Value, paragraph.ToTruth("x", 1).Edits)));
    }

    [Fact]
    public void OriginalTextMakesPartialAndOriginalParagraphs()
    {
        var edited = ParagraphEdits.InsertOriginal(ParagraphEdits.AppendOriginalSentence(Taken, 1, "Our own words."), 1, "Our own paragraph.");

        Assert.Equal((ParagraphLabels.Original, null), (edited[1].Label, edited[1].SourceParagraph));
        Assert.Equal((ParagraphLabels.Partial, 2), (edited[2].Label, edited[2].SourceParagraph));
        Assert.Equal("Second one. Our own words.", edited[2].Text);
    }

    [Fact]
    public void CopyOfACopyKeepsTheEarliestSource()
    {
        var chained = Taken[2].CopiedFrom("syn-000001", 3).ToTruth("syn-000002", 3);

        Assert.Equal(new ParagraphTruth("syn-000002", 3, ParagraphLabels.Copied, "wire-1", 3, "chain"), chained);
    }
}
