using System.Text;
using System.Text.Json;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Scoring;

namespace Provenance.Tests.Pipeline;

/// <summary>The extreme records of a dump go through every stage in seconds, without a hang.</summary>
public class LargeInputTests
{
    private static readonly Lazy<WireCopyModel> Model = new(() => WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find())));

    private static PipelineResult Analyse(params (string Id, string Text)[] articles)
    {
        var path = Path.Combine(TestData.TempFolder(), "corpus.jsonl");
        File.WriteAllLines(path, articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, text = a.Text })));
        return new ProvenancePipeline(new PipelineOptions(), TestData.Words, Model.Value).Run([path]);
    }

    /// <summary>Varied sentences, so that the index sees text like a real story's rather than one repeated line.</summary>
    private static string Sentence(Random random) =>
        $"Officials in district {random.Next(100_000)} said the plan {random.Next(1000)} would cost {random.Next(1_000_000)} dollars by {random.Next(1990, 2030)}.";

    [Fact(Timeout = 60_000)]
    public async Task A_5_MB_single_paragraph_is_analysed_and_copied_in_part()
    {
        var random = new Random(1);
        var builder = new StringBuilder();
        while (builder.Length < 5_000_000) builder.Append(Sentence(random)).Append(' ');
        var huge = builder.ToString().TrimEnd();
        var result = await Task.Run(() => Analyse(("a-huge", huge), ("b-copy", huge[..2000].TrimEnd() + "\n\nSomething new entirely here.")));
        Assert.Equal(3, result.Rows.Count);
        Assert.Equal(huge, result.Rows.Single(r => r.ArticleId == "a-huge").Text);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_article_with_100000_paragraphs_is_analysed()
    {
        var random = new Random(2);
        var paragraphs = Enumerable.Range(0, 100_000).Select(_ => Sentence(random)).ToList();
        var result = await Task.Run(() => Analyse(("a-long", string.Join("\n\n", paragraphs)), ("b-short", string.Join("\n\n", paragraphs.Take(5)))));
        Assert.Equal(100_005, result.Rows.Count);
        Assert.Equal(5, result.Rows.Count(r => r.ArticleId == "b-short" && r.Status == "copied"));
    }
}
