using System.Collections.Immutable;
using System.Text.Json;
using Provenance.Training.Synthesis;
using Xunit;

namespace Provenance.Tests.Training.Synthesis;

public sealed class SyntheticCorpusJsonlTests
{
    private static byte[] SynthesizeJsonl(int seed)
    {
        var corpus = CorpusSynthesizer.Synthesize(
            FallbackText.Generate(seed: 1, count: 5), FallbackText.Generate(seed: 2, count: 5, idPrefix: "pool"),
            new SynthesisOptions { Seed = seed, ArticleCount = 30 });
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, SyntheticCorpusJsonl.Encoding))
        {
            SyntheticCorpusJsonl.WriteArticles(corpus.Articles, writer);
            SyntheticCorpusJsonl.WriteTruth(corpus.Truth, writer);
        }

        return stream.ToArray();
    }

    [Fact]
    public void SameSeedGivesTheSameBytes()
    {
        Assert.Equal(SynthesizeJsonl(21), SynthesizeJsonl(21));
    }

    [Fact]
    public void DifferentSeedsGiveDifferentCorpora()
    {
        Assert.NotEqual(SynthesizeJsonl(21), SynthesizeJsonl(22));
    }

    [Fact]
    public void ArticlesAreOneJsonObjectPerLine()
    {
        SyntheticArticle[] articles =
        [
            new("a-1", "Northern Echo Online", new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(9)), "“Big” news", ["One “quoted” line.", "Two."]),
            new("a-2", "AP", null, null, ["Only."]),
        ];
        var text = new StringWriter();

        SyntheticCorpusJsonl.WriteArticles(articles, text);

        var lines = text.ToString().Split('\n');
        Assert.Equal(
            """{"id":"a-1","outlet":"Northern Echo Online","published":"2024-03-05T09:30:00+09:00","title":"“Big” news","text":"One “quoted” line.\n\nTwo."}""",
            lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("published").ValueKind);
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public void TruthIsCsvWithQuotedFieldsWhereNeeded()
    {
        ImmutableArray<ParagraphTruth> truth =
        [
            new("syn-000001", 2, "partial", "wire-0001", 3, "merge;appended_original"),
            new("odd,\"id\"", 1, "original", null, null, ""),
        ];
        var text = new StringWriter();

        SyntheticCorpusJsonl.WriteTruth(truth, text);

        Assert.Equal(
            "article_id,paragraph,label,source_article_id,source_paragraph,edits\n"
            + "syn-000001,2,partial,wire-0001,3,merge;appended_original\n"
            + "\"odd,\"\"id\"\"\",1,original,,,\n",
            text.ToString());
    }
}
