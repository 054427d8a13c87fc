using Provenance.Indexing;
using Provenance.Pipeline;

namespace Provenance.Tests.Indexing;

public class CandidateSelectorTests
{
    private const string Story = "North Korea and Russia discussed military cooperation issues including satellite development during their summit on Wednesday.";

    /// <summary>Articles published a day apart in the order given, or undated where the date is null.</summary>
    private static AnalyzedArticle[] Corpus(params (string Text, bool Dated)[] articles) =>
        articles.Select((a, i) => TestData.Analyze(TestData.Article($"a{i}", a.Text, a.Dated ? $"2023-09-{10 + i}" : null), i)).ToArray();

    private static CandidateSelector Selector(AnalyzedArticle[] corpus, IndexOptions? options = null) =>
        new(corpus, ShingleIndex.Build(corpus, options ?? new IndexOptions()), options ?? new IndexOptions());

    [Fact]
    public void Only_articles_not_published_later_that_share_shingles_are_candidates()
    {
        var corpus = Corpus((Story, true), ("An unrelated paragraph about the weather in Paris this spring and summer.", true), ("Mr Kim said " + Story, true), (Story, true));
        var selector = Selector(corpus);

        Assert.Empty(selector.Select(corpus[0]));
        Assert.Equal([0], selector.Select(corpus[2]));
        Assert.Equal([0, 2], selector.Select(corpus[3]));
    }

    [Fact]
    public void Undated_articles_are_candidates_both_ways()
    {
        var corpus = Corpus((Story, true), (Story, false));
        var selector = Selector(corpus);
        Assert.Equal([1], selector.Select(corpus[0]));
        Assert.Equal([0], selector.Select(corpus[1]));
    }

    [Fact]
    public void Shingles_in_too_many_articles_are_not_evidence()
    {
        var corpus = Corpus((Story, true), (Story, true), (Story, true), (Story, true));
        Assert.Empty(Selector(corpus, new IndexOptions { MaxDocumentFrequency = 3 }).Select(corpus[3]));
    }

    [Fact]
    public void A_paragraph_repeating_one_shingle_needs_only_that_one_shared()
    {
        // Seven words, three shingles of five, all the same: one distinct shingle, which both articles share.
        const string chant = "Ha ha ha ha ha ha ha.";
        var corpus = Corpus((chant, true), ("Other words entirely, none of them shared with the chant.", true), (chant, true));
        var selector = Selector(corpus, new IndexOptions { MinSharedShingles = 2 });
        Assert.Equal([0], selector.Select(corpus[2]));
    }

    [Fact]
    public void Ties_keep_the_earliest_articles()
    {
        var corpus = Corpus((Story, true), (Story, true), (Story, true), (Story, true), (Story, true));
        Assert.Equal([0, 1], Selector(corpus, new IndexOptions { MaxCandidatesPerParagraph = 2 }).Select(corpus[4]));
    }
}
