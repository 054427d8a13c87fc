using System.IO.Compression;
using System.Text;
using Provenance.Corpus;
using Provenance.Diagnostics;

namespace Provenance.Tests.Corpus;

public class JsonLinesReaderTests
{
    private static (List<CorpusItem> Items, DiagnosticBag Diagnostics) Read(string content, string name = "corpus.jsonl")
    {
        var path = Path.Combine(TestData.TempFolder(), name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        var diagnostics = new DiagnosticBag();
        return (CorpusReader.Read([path], diagnostics).ToList(), diagnostics);
    }

    [Fact]
    public void Reads_fields_and_their_aliases()
    {
        var (items, _) = Read("""
            {"id":"a","outlet":"AP","published":"2023-09-14T08:00:00+09:00","title":"T","text":"One.\n\nTwo."}
            {"id":"b","source":"BBC","date":"2023-09-14","body":"Body b"}
            {"id":"c","publisher":"X","published_at":null,"content":"Body c"}
            {"id":"d","series":"Y","text":"Body d"}
            """);
        var articles = items.Select(i => i.Article!).ToList();
        Assert.Equal(["a", "b", "c", "d"], articles.Select(a => a.Id));
        Assert.Equal(["AP", "BBC", "X", "Y"], articles.Select(a => a.Outlet));
        Assert.Equal("2023-09-14T08:00:00+09:00", articles[0].Published.ToString());
        Assert.True(articles[1].Published!.Value.IsDateOnly);
        Assert.Null(articles[2].Published);
        Assert.Equal("One.\n\nTwo.", articles[0].Body.ToString());
        Assert.Equal(new Location(articles[1].Location.Path, 2), articles[1].Location);
    }

    [Fact]
    public void Bad_records_are_rejected_with_file_and_line_and_the_rest_is_read()
    {
        var (items, diagnostics) = Read("""
            {"id":"a","text":"fine"}
            {"id":"b","text":
            [1,2]
            {"text":"no id"}
            {"id":7,"text":"numeric id"}
            {"id":"e","text":""}
            {"id":"a","text":"again"}
            {"id":"g","text":"bad date","published":"yesterday"}
            """);
        Assert.Equal(["a", "g"], items.Where(i => i.Article is not null).Select(i => i.Article!.Id));
        var rejected = items.Where(i => i.Rejected is not null).Select(i => i.Rejected!).ToList();
        Assert.Equal(["PRV1001", "PRV1002", "PRV1003", "PRV1005", "PRV1004", "PRV1006"], rejected.Select(r => r.Diagnostic.Id));
        Assert.Equal([2, 3, 4, 5, 6, 7], rejected.Select(r => r.Diagnostic.Location.Line));
        Assert.Equal("[1,2]", rejected[1].Raw);
        Assert.Matches(@"corpus\.jsonl\(2,\d+\): error PRV1001: ", rejected[0].Diagnostic.ToString());
        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal("PRV1007", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Reads_gzip_and_a_byte_order_mark()
    {
        var path = Path.Combine(TestData.TempFolder(), "corpus.jsonl.gz");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"id\":\"z\",\"text\":\"“curly”\"}\n")).ToArray();
            gzip.Write(bytes);
        }
        var item = Assert.Single(CorpusReader.Read([path], new DiagnosticBag()));
        Assert.Equal("“curly”", item.Article!.Body.ToString());
    }
}
