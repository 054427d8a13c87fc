using System.Text;
using Provenance.Normalization;
using Provenance.Output;
using Provenance.Pipeline;
using Provenance.Scoring;
using static Provenance.Tests.Snapshots.Verifier;

namespace Provenance.Tests.Pipeline;

/// <summary>The canonical example: an AP story as republished in British house style (000) and close to the wire (001).</summary>
public class SeedsTests
{
    private const string British = "000_3cc5272284a1228b";
    private const string Wire = "001_bb021152318748f4";

    private static readonly Lazy<PipelineResult> Result = new(() =>
    {
        using var model = WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find()));
        return new ProvenancePipeline(new PipelineOptions(), TestData.Words, model).Run([TestData.SeedsFolder]);
    });

    private static ProvenanceRow Row(string article, int paragraph) =>
        Result.Value.Rows.Single(r => r.ArticleId == article && r.Paragraph == paragraph);

    [Theory]
    [InlineData(1, 1)] // South Korea has expressed ...
    [InlineData(2, 1)] // It came as the two isolated ...
    [InlineData(3, 2)] // Washington has warned ...
    [InlineData(4, 2)] // There is widespread concern ...
    [InlineData(5, 3)] // “We express our deep concern ...”
    [InlineData(6, 4)] // “Any science and technology ...”
    [InlineData(7, 5)] // Mr Lim also pointed out ...
    [InlineData(8, 5)] // Mr Lim said Moscow should realise ...
    [InlineData(9, 6)] // Seoul’s unification minister ...
    public void Each_wire_paragraph_of_the_british_article_links_to_its_wire_paragraph(int paragraph, int sourceParagraph)
    {
        var row = Row(British, paragraph);
        Assert.Equal("copied", row.Status);
        Assert.Equal(Wire, row.SourceArticleId);
        Assert.Equal(sourceParagraph, row.SourceParagraph);
        Assert.Equal("inferred", row.DirectionBasis);
        Assert.True(double.Parse(row.WireProbability, System.Globalization.CultureInfo.InvariantCulture) >= 0.5);
    }

    [Fact]
    public void The_paragraphs_the_wire_text_lacks_are_original()
    {
        Assert.Equal(19, Result.Value.Rows.Count(r => r.ArticleId == British));
        Assert.All(Enumerable.Range(10, 10), p =>
        {
            var row = Row(British, p);
            Assert.Equal("original", row.Status);
            Assert.Equal("", row.SourceArticleId);
            Assert.Null(row.SourceParagraph);
        });
    }

    [Fact]
    public void The_undated_wire_article_is_the_source_and_has_no_source_itself()
    {
        var rows = Result.Value.Rows.Where(r => r.ArticleId == Wire).ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal("original", r.Status));
        Assert.DoesNotContain(rows, r => r.Text.StartsWith("Image courtesy", StringComparison.Ordinal));
    }

    [Fact]
    public Task Seeds_csv_matches_the_snapshot()
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(stream, Result.Value.Rows, new CsvOutputOptions { ByteOrderMark = false });
        return Verify(Encoding.UTF8.GetString(stream.ToArray()), "csv");
    }

    [Fact]
    public void Output_does_not_depend_on_thread_count()
    {
        using var model = WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find()));
        var one = new ProvenancePipeline(new PipelineOptions { Threads = 1 }, TestData.Words, model).Run([TestData.SeedsFolder]);
        Assert.Equal(Result.Value.Rows.Select(Line), one.Rows.Select(Line));
    }

    private static string Line(ProvenanceRow r) =>
        string.Join('|', r.ArticleId, r.Paragraph, r.Status, r.SourceArticleId, r.SourceParagraph, r.Similarity, r.WireProbability);
}
