using Provenance.Evidence;
using Provenance.Pipeline;

namespace Provenance.Tests.Evidence;

/// <summary>The edits named between a copy and its source, from the words as written.</summary>
public class EvidenceBuilderTests
{
    private static readonly EvidenceBuilder Builder = new(TestData.Words, new PipelineOptions().Alignment);

    private static ParagraphEvidence Evidence(string source, string copy, int paragraph = 0, int sourceParagraph = 0, int[]? splitInto = null)
    {
        var target = TestData.Analyze(TestData.Article("copy", copy, "2024-01-02"), 1);
        var origin = TestData.Analyze(TestData.Article("wire", source, "2024-01-01"), 0);
        return Builder.Build(target, origin, Builder.Align(target, origin)[paragraph], sourceParagraph, splitInto ?? []);
    }

    private static string Kinds(ParagraphEvidence evidence) => string.Join(", ", evidence.Edits.Select(e => e.Kind.Describe()));

    [Fact]
    public void Honorifics_house_spelling_and_a_cut_dateline_are_named_with_examples()
    {
        var evidence = Evidence(
            "SEOUL, South Korea (AP) — Kim Jong Un and Vladimir Putin discussed military cooperation on Wednesday, officials in Seoul said.",
            "Mr Kim Jong Un and Mr Vladimir Putin discussed military co-operation on Wednesday, officials in Seoul said.");

        Assert.Equal("house style, honorifics added, dateline cut", Kinds(evidence));
        Assert.Equal("“co-operation” for “cooperation”", evidence.Edits[0].Detail);
        Assert.Equal("Mr Kim; Mr Vladimir", evidence.Edits[1].Detail);
        Assert.Equal("“SEOUL, South Korea (AP)”", evidence.Edits[2].Detail);
        Assert.Equal(["SEOUL", "South", "Korea", "AP", "cooperation"], evidence.Comparison.Removed.Select(w => w.Text));
    }

    [Fact]
    public void Words_cut_from_inside_a_quotation_are_a_trimmed_quote()
    {
        var evidence = Evidence(
            "“We will never accept this outcome, and we will fight it in every court in the land,” the minister said on Tuesday.",
            "“We will never accept this outcome,” the minister said on Tuesday.");

        Assert.Equal("quote trimmed", Kinds(evidence));
        Assert.Equal("“and we will fight it in every court in the land”", evidence.Edits[0].Detail);
    }

    [Fact]
    public void A_paragraph_made_of_two_source_paragraphs_is_compared_with_both()
    {
        var evidence = Evidence(
            "The central bank raised its main interest rate by half a point on Thursday.\n\nIt said inflation remained far above its target for the third year running.",
            "The central bank raised its main interest rate by half a point on Thursday. It said inflation remained far above its target for the third year running.");

        Assert.Equal([0, 1], evidence.SourceParagraphs.ToArray());
        Assert.Equal("merged paragraphs", Kinds(evidence));
        Assert.Empty(evidence.Comparison.Changes);
    }

    [Fact]
    public void A_source_paragraph_split_in_two_shows_only_the_part_each_half_took()
    {
        const string source = "Officials said the storm destroyed hundreds of homes along the coast overnight. Rescue teams were still searching for survivors in the worst-hit villages on Friday.";
        const string copy = "Officials said the storm destroyed hundreds of homes along the coast overnight.\n\nRescue teams were still searching for survivors in the worst-hit villages on Friday.";
        var second = Evidence(source, copy, paragraph: 1, splitInto: [0]);

        Assert.Equal("split paragraph", Kinds(second));
        Assert.Equal("its source paragraph also feeds paragraph 1", second.Edits[0].Detail);
        Assert.Empty(second.Comparison.Added);
        Assert.Equal("Officials said the storm destroyed hundreds of homes along the coast overnight",
            string.Join(' ', second.Comparison.Removed.Select(w => w.Text)));
    }

    [Fact]
    public void Words_that_mean_something_else_are_reworded_and_new_words_are_added()
    {
        var evidence = Evidence(
            "The company said profits fell sharply in the second quarter because of weak demand in Europe.",
            "The company said profits rose slightly in the second quarter because of weak demand in Europe, analysts noted.");

        Assert.Equal("reworded, text added", Kinds(evidence));
        Assert.Equal("“rose slightly” for “fell sharply”", evidence.Edits[0].Detail);
        Assert.Equal("“analysts noted”", evidence.Edits[1].Detail);
    }
}
