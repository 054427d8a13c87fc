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
    public void Records_parsed_on_several_threads_come_in_order_with_the_same_diagnostics()
    {
        // Over two batches of lines, with blank lines, invalid JSON, a missing text and a duplicate id among them.
        var lines = Enumerable.Range(0, 2500).Select(i => i switch
        {
            _ when i % 97 == 0 => "",
            _ when i % 101 == 0 => "{\"id\": broken",
            _ when i % 103 == 0 => $"{{\"id\":\"n{i}\"}}",
            _ when i % 499 == 0 => "{\"id\":\"a1\",\"text\":\"Again.\"}",
            _ => $"{{\"id\":\"a{i}\",\"text\":\"Paragraph {i}.\"}}",
        });
        var path = Path.Combine(TestData.TempFolder(), "batches.jsonl");
        File.WriteAllLines(path, lines);
        (string[] Items, string[] Diagnostics) ReadWith(int threads)
        {
            var diagnostics = new DiagnosticBag();
            var items = CorpusReader.Read([path], diagnostics, threads: threads)
                .Select(i => i.Article is { } a ? $"{a.Id}@{a.Location}" : $"rejected@{i.Rejected!.Diagnostic.Location}").ToArray();
            return (items, [.. diagnostics.ToImmutableSorted().Select(d => d.ToString())]);
        }
        var serial = ReadWith(1);
        var parallel = ReadWith(3);
        Assert.Equal(serial.Items, parallel.Items);
        Assert.Equal(serial.Diagnostics, parallel.Diagnostics);
        Assert.Equal(2500 - 26, serial.Items.Length);
        Assert.Equal(24 + 24 + 5, serial.Items.Count(i => i.StartsWith("rejected@")));
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
