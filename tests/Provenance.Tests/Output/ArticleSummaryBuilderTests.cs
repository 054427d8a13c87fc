using System.Collections.Immutable;
using Provenance.Normalization;
using Provenance.Output;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Text;

namespace Provenance.Tests.Output;

public class ArticleSummaryBuilderTests
{
    private const string Wire =
        "Officials in Seoul expressed deep concern on Thursday over the summit between the two leaders in the far east.\n\n" +
        "The foreign ministry said any cooperation on satellites would breach United Nations Security Council resolutions.\n\n" +
        "Analysts expect the talks to continue next month in the capital.";

    private static ImmutableArray<ArticleSummaryRow> Summaries(params Provenance.Corpus.Article[] articles)
    {
        var folder = TestData.TempFolder();
        var path = Path.Combine(folder, "corpus.jsonl");
        File.WriteAllLines(path, articles.Select(a => System.Text.Json.JsonSerializer.Serialize(new
        {
            id = a.Id, outlet = a.Outlet, published = a.Published?.ToString(), text = a.Body.ToString(),
        })));
        using var model = WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find()));
        var result = new ProvenancePipeline(new PipelineOptions(), TestData.Words, model).Run([path]);
        return [.. ArticleSummaryBuilder.Build(result.Articles, result.Links, TestData.Words.WireOutlets)];
    }

    [Fact]
    public void A_copy_of_wire_copy_names_the_wire_as_primary_source()
    {
        var summaries = Summaries(
            TestData.Article("ap-1", Wire, "2023-09-14T08:00:00Z", "The Associated Press"),
            TestData.Article("paper-1", Wire.Replace("cooperation", "co-operation") + "\n\nOur own reporter adds that nobody in the city was surprised by the outcome today.",
                "2023-09-14T10:00:00Z", "Daily Ledger"));

        var copy = summaries.Single(s => s.ArticleId == "paper-1");
        Assert.Equal("ap-1", copy.PrimarySourceArticleId);
        Assert.Equal("true", copy.PrimarySourceIsWire);
        Assert.Equal(1, copy.DistinctSources);
        Assert.InRange(double.Parse(copy.CopiedShare, System.Globalization.CultureInfo.InvariantCulture), 0.6, 0.9);
        Assert.Equal("2023-09-14T08:00:00+00:00", copy.EarliestRelated);
        Assert.Equal("2023-09-14T10:00:00+00:00", copy.LatestRelated);

        var wire = summaries.Single(s => s.ArticleId == "ap-1");
        Assert.Equal("", wire.PrimarySourceArticleId);
        Assert.Equal("0.000", wire.CopiedShare);
        Assert.Equal("2023-09-14T10:00:00+00:00", wire.LatestRelated);
    }

    [Theory]
    [InlineData("AP", true)]
    [InlineData("Associated Press", true)]
    [InlineData("reuters", true)]
    [InlineData("Agence France-Presse", true)]
    [InlineData("Daily Ledger", false)]
    public void Wire_outlets_are_recognised_by_their_aliases(string outlet, bool isWire)
    {
        Assert.Equal(isWire, ArticleSummaryBuilder.IsWire(outlet, TestData.Words.WireOutlets));
    }
}
