using System.Collections.Immutable;
using Provenance.Training.Synthesis;
using Xunit;

namespace Provenance.Tests.Training.Synthesis;

public sealed class CorpusSynthesizerTests
{
    private static readonly ImmutableArray<SyntheticArticle> Wire = FallbackText.Generate(seed: 1, count: 8);
    private static readonly ImmutableArray<SyntheticArticle> Pool = FallbackText.Generate(seed: 2, count: 8, idPrefix: "pool");

    private static SyntheticCorpus Synthesize(SynthesisOptions options) => CorpusSynthesizer.Synthesize(Wire, Pool, options);

    [Fact]
    public void EveryParagraphHasExactlyOneTruthRow()
    {
        var corpus = Synthesize(new SynthesisOptions { Seed = 4, ArticleCount = 60 });

        var expected = corpus.Articles.SelectMany(article => Enumerable.Range(1, article.Paragraphs.Length).Select(paragraph => (article.Id, paragraph)));
        Assert.Equal(expected, corpus.Truth.Select(row => (row.ArticleId, row.Paragraph)));
        Assert.Equal(Wire.Length + 60, corpus.Articles.Length);
        Assert.Equal(corpus.Articles.Length, corpus.Articles.Select(article => article.Id).Distinct().Count());
    }

    [Fact]
    public void OriginalParagraphsAreNeverSharedEvenWhenThePoolRunsDry()
    {
        // A small pool runs dry after a few dozen copies; what follows must still be each outlet's own text.
        // Copies only: shared-quote articles repeat a quotation on purpose.
        var random = new Random(3);
        string Sentence() => string.Join(' ', Enumerable.Range(0, 10).Select(_ => $"w{random.Next(1_000_000)}")) + ".";
        SyntheticArticle[] pool = [.. Enumerable.Range(0, 3).Select(a => new SyntheticArticle(
            $"own-{a}", "BBC", null, null, [.. Enumerable.Range(0, 4).Select(_ => $"{Sentence()} {Sentence()} {Sentence()}")]))];
        var corpus = CorpusSynthesizer.Synthesize(Wire, pool, new SynthesisOptions { Seed = 5, ArticleCount = 300, CopyShare = 1 });
        var text = corpus.Articles.ToDictionary(article => article.Id);
        var originals = corpus.Truth
            .Where(row => row.Label == ParagraphLabels.Original && !row.ArticleId.StartsWith("wire", StringComparison.Ordinal))
            .Select(row => (row.ArticleId, Text: text[row.ArticleId].Paragraphs[row.Paragraph - 1]))
            .ToList();
        Assert.True(originals.Count > 12 * 3);

        // Runs of five words in the originals of two articles are chance (shuffled words that fall the same
        // way), not shared text: with the generated stories' templates used once the pool ran dry, 11% were.
        // Sentences with quotation marks are left out: the synthesizer repeats quoted statements on purpose.
        var runs = originals.SelectMany(o => FiveWordRuns(o.Text).Select(run => (Run: run, o.ArticleId))).ToList();
        var shared = runs.GroupBy(x => x.Run, x => x.ArticleId).Count(group => group.Distinct().Count() > 1);
        Assert.True(runs.Count > 10_000);
        Assert.True(shared < runs.Count / 1000, $"{shared} of {runs.Count} runs of five words are in two articles");
    }

    private static IEnumerable<string> FiveWordRuns(string text)
    {
        foreach (var sentence in text.Split(". ").Where(sentence => sentence.IndexOfAny(['"', '“', '”']) < 0))
        {
            var words = sentence.ToLowerInvariant().Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 5 <= words.Length; i++) yield return string.Join(' ', words[i..(i + 5)]);
        }
    }

    [Fact]
    public void BaseArticlesAppearUnchangedAndOriginal()
    {
        var corpus = Synthesize(new SynthesisOptions { Seed = 4, ArticleCount = 20 });

        foreach (var wire in Wire)
        {
            Assert.Equal(wire, corpus.Articles.Single(article => article.Id == wire.Id));
            Assert.All(corpus.Truth.Where(row => row.ArticleId == wire.Id), row => Assert.Equal(ParagraphLabels.Original, row.Label));
        }
    }

    [Fact]
    public void CopiesArePublishedAfterTheirSources()
    {
        var corpus = Synthesize(new SynthesisOptions { Seed = 9, ArticleCount = 80, ChainShare = 0.5 });
        var published = corpus.Articles.ToDictionary(article => article.Id, article => article.Published);

        var pairs = corpus.Truth
            .Where(row => row.SourceArticleId is not null)
            .Select(row => (Copy: published[row.ArticleId], Source: published[row.SourceArticleId!]))
            .Where(pair => pair.Copy is not null && pair.Source is not null)
            .ToArray();

        Assert.NotEmpty(pairs);
        Assert.All(pairs, pair => Assert.True(pair.Copy > pair.Source));
    }

    [Fact]
    public void TruthPointsToTheEarliestSourceEvenThroughChains()
    {
        var corpus = CorpusSynthesizer.Synthesize(
            Wire[..1], Pool, new SynthesisOptions { Seed = 5, ArticleCount = 8, CopyShare = 1, ChainShare = 1, MaxCopiesPerStory = 8 });
        var labels = corpus.Truth.ToDictionary(row => (row.ArticleId, row.Paragraph), row => row.Label);

        var chained = corpus.Truth.Where(row => row.Edits.Split(';').Contains("chain")).ToArray();
        Assert.Contains(chained, row => row.SourceArticleId == Wire[0].Id);
        Assert.All(
            corpus.Truth.Where(row => row.SourceArticleId is not null),
            row => Assert.Equal(ParagraphLabels.Original, labels[(row.SourceArticleId!, row.SourceParagraph!.Value)]));
    }

    [Fact]
    public void CopiedTruthNamesTheSourceParagraph()
    {
        var corpus = Synthesize(new SynthesisOptions { Seed = 11, ArticleCount = 60 });
        var wire = Wire.ToDictionary(article => article.Id);

        var verbatim = corpus.Truth.Where(row => row.Edits == "verbatim").ToArray();
        Assert.NotEmpty(verbatim);
        foreach (var row in verbatim)
        {
            var copy = corpus.Articles.Single(article => article.Id == row.ArticleId);
            Assert.Equal(wire[row.SourceArticleId!].Paragraphs[row.SourceParagraph!.Value - 1], copy.Paragraphs[row.Paragraph - 1]);
        }
    }

    [Fact]
    public void CopiesUseAllThreeLabels()
    {
        var corpus = Synthesize(new SynthesisOptions { Seed = 12, ArticleCount = 120 });

        var copyLabels = corpus.Truth.Where(row => row.ArticleId.StartsWith("syn-", StringComparison.Ordinal)).Select(row => row.Label).ToHashSet();

        Assert.Equal([ParagraphLabels.Copied, ParagraphLabels.Original, ParagraphLabels.Partial], copyLabels.Order());
    }

    [Fact]
    public void SharedQuoteArticlesRepeatABaseQuotationInOriginalText()
    {
        var corpus = Synthesize(new SynthesisOptions { Seed = 6, ArticleCount = 10, CopyShare = 0 });

        var sharedQuotes = corpus.Truth.Where(row => row.Edits == "shared_quote").ToArray();
        Assert.Equal(10, sharedQuotes.Length);
        Assert.All(corpus.Truth.Where(row => row.ArticleId.StartsWith("syn-", StringComparison.Ordinal)), row =>
        {
            Assert.Equal(ParagraphLabels.Original, row.Label);
            Assert.Null(row.SourceArticleId);
        });
        var paragraph = corpus.Articles.Single(article => article.Id == sharedQuotes[0].ArticleId).Paragraphs[sharedQuotes[0].Paragraph - 1];
        var quotation = paragraph[paragraph.IndexOfAny(['"', '“'])..];
        Assert.Contains(Wire.SelectMany(article => article.Paragraphs), text => text.Contains(quotation[1..15], StringComparison.Ordinal));
    }

    [Fact]
    public void UndatedShareLeavesGeneratedArticlesWithoutDate()
    {
        var corpus = Synthesize(new SynthesisOptions { Seed = 3, ArticleCount = 15, UndatedShare = 1 });

        Assert.All(corpus.Articles.Where(article => article.Id.StartsWith("syn-", StringComparison.Ordinal)), article => Assert.Null(article.Published));
    }

    [Fact]
    public void StoriesAreCopiedNoMoreThanAllowedAndThenOnlyQuoted()
    {
        var corpus = CorpusSynthesizer.Synthesize(
            Wire[..2], Pool, new SynthesisOptions { Seed = 8, ArticleCount = 10, CopyShare = 1, MaxCopiesPerStory = 3 });

        // The lede of a copy always comes from its base story.
        var copiesPerStory = corpus.Truth
            .Where(row => row.Paragraph == 1 && row.SourceArticleId is not null)
            .CountBy(row => row.SourceArticleId!)
            .ToDictionary();
        Assert.Equal(new Dictionary<string, int> { [Wire[0].Id] = 3, [Wire[1].Id] = 3 }, copiesPerStory);
        Assert.Equal(4, corpus.Truth.Count(row => row.Edits == "shared_quote"));
    }
}
