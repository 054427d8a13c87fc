using Provenance.Indexing;
using Provenance.Pipeline;

namespace Provenance.Tests.Indexing;

public class CandidateSelectorTests
{
    private const string Story = "North Korea and Russia discussed military cooperation issues including satellite development during their summit on Wednesday.";

    private static AnalyzedArticle[] Corpus(params string[] texts) =>
        texts.Select((t, i) => TestData.Analyze(TestData.Article($"a{i}", t), i)).ToArray();

    [Fact]
    public void Only_earlier_articles_sharing_shingles_are_candidates()
    {
        var corpus = Corpus(Story, "An unrelated paragraph about the weather in Paris this spring and summer.", "Mr Kim said " + Story, Story);
        var selector = new CandidateSelector(ShingleIndex.Build(corpus, new IndexOptions()), new IndexOptions());

        Assert.Empty(selector.Select(corpus[0]));
        Assert.Equal([0], selector.Select(corpus[2]));
        Assert.Equal([0, 2], selector.Select(corpus[3]));
    }

    [Fact]
    public void Shingles_in_too_many_articles_are_not_evidence()
    {
        var corpus = Corpus(Story, Story, Story, Story);
        var options = new IndexOptions { MaxDocumentFrequency = 3 };
        var selector = new CandidateSelector(ShingleIndex.Build(corpus, options), options);
        Assert.Empty(selector.Select(corpus[3]));
    }

    [Fact]
    public void Ties_keep_the_earliest_articles()
    {
        var corpus = Corpus(Story, Story, Story, Story, Story);
        var options = new IndexOptions { MaxCandidatesPerParagraph = 2 };
        var selector = new CandidateSelector(ShingleIndex.Build(corpus, options), options);
        Assert.Equal([0, 1], selector.Select(corpus[4]));
    }
}
