using System.Text.Json;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Scoring;

namespace Provenance.Tests.Pipeline;

/// <summary>A wire story carried by many outlets: each copy is aligned with a few candidates only, and still traced to the wire.</summary>
public class LargeClusterTests
{
    private static readonly Lazy<WireCopyModel> Model = new(() => WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find())));

    private const string Story =
        "SEOUL, Sept 14 (Reuters) - North Korean leader Kim Jong Un invited Russian President Vladimir Putin to visit North Korea at a convenient time, state media said on Thursday.\n\n" +
        "Putin accepted the invitation, the official KCNA news agency reported, after the two leaders held talks at a space launch centre in Russia's far east.\n\n" +
        "The summit has raised concerns in Washington and Seoul that Pyongyang could supply artillery shells to Moscow for its war in Ukraine.";

    [Fact]
    public void Forty_copies_are_all_traced_to_the_earliest_with_two_candidates_per_paragraph()
    {
        var path = Path.Combine(TestData.TempFolder(), "cluster.jsonl");
        // The wire first, then forty outlets over the day, each with a line of its own before the story.
        var records = Enumerable.Range(0, 41).Select(i => JsonSerializer.Serialize(new
        {
            id = i == 0 ? "wire" : $"outlet{i:D2}",
            published = $"2023-09-14T{8 + i / 6:D2}:{i % 6 * 10:D2}:00Z",
            text = i == 0 ? Story : $"Outlet {i} staff wrote this line about the {i}th visit of its own reporters to the region.\n\n{Story}",
        }));
        File.WriteAllLines(path, records);

        var options = new PipelineOptions { Threads = 2 };
        Assert.Equal(2, options.Index.MaxCandidatesPerParagraph);
        var result = new ProvenancePipeline(options, TestData.Words, Model.Value).Run([path]);

        var copied = result.Rows.Where(r => r.ArticleId != "wire" && r.Paragraph > 1).ToList();
        Assert.Equal(40 * 3, copied.Count);
        Assert.All(copied, row =>
        {
            Assert.Equal("copied", row.Status);
            Assert.Equal("wire", row.SourceArticleId);
        });
        Assert.All(result.Rows.Where(r => r.ArticleId == "wire"), row => Assert.Equal("original", row.Status));
    }
}
