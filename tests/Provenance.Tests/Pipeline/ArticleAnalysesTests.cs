using Provenance.Pipeline;

namespace Provenance.Tests.Pipeline;

/// <summary>
/// The bounded store of analyses hands out, for every article, the analysis tokenising it gives, whether
/// the analysis was kept, unpacked from the segment stage's packed tokens, packed when it left, or
/// unpacked after all were let go.
/// </summary>
public class ArticleAnalysesTests
{
    private static readonly string[] Bodies =
    [
        "Mr Kim said on Monday the talks would resume.\n\n“We will not wait,” he said. Officials agreed.",
        "The United States raised rates by 0.5 per cent. Markets fell 5,000 points.",
        "A third story, in one paragraph. It has two sentences.",
        "Mr Kim said on Monday the talks would resume.",
        "Nothing here is copied from anywhere at all.\n\nNor is this.",
        "The co-operation agreement was signed in the U.S. capital.",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    public void Every_article_gets_the_analysis_tokenising_gives(int capacity)
    {
        var analyzer = new ArticleAnalyzer(TestData.Words);
        var articles = Bodies.Select((body, i) => TestData.Article($"a{i}", body, $"2024-06-0{i + 1}T10:00:00Z")).ToList();
        var (store, _) = AnalyzedCorpus.Prepare(articles, analyzer, threads: 2, keptAnalyses: capacity, shingleSize: 3);

        void AssertFresh()
        {
            for (var ordinal = 0; ordinal < store.Count; ordinal++)
            {
                var fresh = analyzer.Analyze(store.Segmented[ordinal], ordinal);
                var given = store[ordinal];
                Assert.Equal(ordinal, given.Ordinal);
                Assert.Equal(fresh.Paragraphs.SelectMany(p => p.Tokens), given.Paragraphs.SelectMany(p => p.Tokens));
                Assert.Equal(fresh.Paragraphs.SelectMany(p => p.SentenceTokens), given.Paragraphs.SelectMany(p => p.SentenceTokens));
                Assert.Equal(fresh.Sentences.Select(s => (s.Paragraph, s.Sentence, s.Bigrams.ToArray())),
                    given.Sentences.Select(s => (s.Paragraph, s.Sentence, s.Bigrams.ToArray())));
            }
        }

        AssertFresh();
        AssertFresh(); // the second pass meets what the first let go, packed
        store.ReleaseIfBounded();
        AssertFresh();
    }
}
