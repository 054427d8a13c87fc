using Provenance.Normalization;
using Provenance.Output;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Tests.State;

namespace Provenance.Tests.Pipeline;

/// <summary>A run that may hold only a few articles analysed at once re-analyses them as needed and writes the same bytes.</summary>
public class BoundedMemoryTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void A_small_analysis_budget_gives_the_same_csv(int keptAnalyses)
    {
        var corpus = NightlyCorpus.Write(TestData.TempFolder(), 120, 31);
        using var model = WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find()));
        string Csv(int kept) => TestData.Csv(new ProvenancePipeline(new PipelineOptions { KeptAnalyses = kept }, TestData.Words, model).Run([corpus.Both]));

        var unbounded = Csv(int.MaxValue);
        Assert.Contains(",copied,", unbounded);
        Assert.Equal(unbounded, Csv(keptAnalyses));
    }

    /// <summary>After alignment a bounded store lets its analyses go; the summary, which reads every article's, unpacks them.</summary>
    [Fact]
    public void A_small_analysis_budget_gives_the_same_article_summary()
    {
        var corpus = NightlyCorpus.Write(TestData.TempFolder(), 60, 37);
        using var model = WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find()));
        string Summary(int kept)
        {
            var result = new ProvenancePipeline(new PipelineOptions { KeptAnalyses = kept }, TestData.Words, model).Run([corpus.Both]);
            using var stream = new MemoryStream();
            CsvTableWriter.Write(stream, ArticleSummaryBuilder.Build(result.Articles, result.Links, TestData.Words.WireOutlets), new CsvOutputOptions());
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }

        var unbounded = Summary(int.MaxValue);
        Assert.Equal(61, unbounded.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(unbounded, Summary(3));
    }
}
