using System.Text.Json;
using System.Text.RegularExpressions;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Reporting;
using Provenance.Scoring;

namespace Provenance.Tests.Reporting;

/// <summary>The HTML report: one self-contained file whose embedded data carries the evidence.</summary>
public class ProvenanceReportTests
{
    private static JsonElement Articles(string page) =>
        JsonDocument.Parse(Regex.Match(page, "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value).RootElement;

    [Fact]
    public void The_page_loads_nothing_from_the_network()
    {
        var page = SeedsReport.Page;
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", page);
        Assert.DoesNotMatch(@"(src|href)\s*=\s*""(https?:)?//", page);
        Assert.DoesNotContain("<link", page);
        Assert.DoesNotContain("@import", page);
        Assert.DoesNotContain("url(", page);
        Assert.Equal(2, Regex.Matches(page, "<script").Count);
        Assert.True(page.Length < 100_000, $"the seeds report is {page.Length} characters");
    }

    [Fact]
    public void The_overview_counts_paragraphs_and_shows_the_wire_story_cluster()
    {
        var overview = OverviewBuilder.Build(SeedsReport.Result);
        Assert.Equal(2, overview.Articles);
        Assert.Equal(25, overview.Paragraphs);
        Assert.Equal(9, overview.Copied + overview.Partial);
        var source = Assert.Single(overview.TopSources);
        Assert.Equal(SeedsReport.Wire, SeedsReport.Result.Articles[source.Article].Id);
        Assert.Equal(9, source.Paragraphs);
        var cluster = Assert.Single(overview.Clusters);
        Assert.Equal([SeedsReport.British, SeedsReport.Wire], cluster.Members.Select(m => SeedsReport.Result.Articles[m.Article].Id));
        Assert.Contains("<dt>copied</dt><dd>36%</dd>", SeedsReport.Page);
    }

    [Fact]
    public void A_copied_paragraph_carries_its_source_the_words_changed_and_the_edits_named()
    {
        var page = SeedsReport.Page;
        var articles = Articles(page);
        var british = articles.EnumerateArray().Single(a => a.GetProperty("id").GetString() == SeedsReport.British);
        var fourth = british.GetProperty("p")[3];
        Assert.Equal("copied", fourth.GetProperty("s").GetString());
        Assert.Equal(SeedsReport.Wire, articles[fourth.GetProperty("src").GetInt32()].GetProperty("id").GetString());
        Assert.Equal(1, fourth.GetProperty("sp").GetInt32());

        var text = fourth.GetProperty("x").GetString()!;
        var added = fourth.GetProperty("add").EnumerateArray().Select(e => e.GetInt32()).Chunk(2).Select(r => text.Substring(r[0], r[1]));
        Assert.Equal(["There is", "Mr", "programme"], added);
        var edits = fourth.GetProperty("e").EnumerateArray().Select(e => e[0].GetString()).ToList();
        Assert.Equal(["house style", "honorifics added", "split paragraph"], edits);
    }

    [Fact]
    public void Article_text_cannot_close_the_script_element()
    {
        var folder = TestData.TempFolder();
        var corpus = Path.Combine(folder, "corpus.jsonl");
        File.WriteAllText(corpus, """{"id":"x","outlet":"<b>Outlet</b>","text":"He wrote </script><script>alert(1)</script> in a comment & left."}""" + "\n");
        using var model = WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find()));
        var page = SeedsReport.Html(new ProvenancePipeline(new PipelineOptions(), TestData.Words, model).Run([corpus]));

        Assert.Equal(2, Regex.Matches(page, "</script>").Count);
        Assert.DoesNotContain("<b>Outlet</b>", page);
        Assert.Equal("He wrote </script><script>alert(1)</script> in a comment & left.", Articles(page)[0].GetProperty("p")[0].GetProperty("x").GetString());
    }
}
