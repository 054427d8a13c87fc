using System.Text;
using Provenance.Corpus;
using Provenance.Diagnostics;

namespace Provenance.Tests.Corpus;

public class CsvCorpusReaderTests
{
    [Fact]
    public void Reads_quoted_multiline_text_and_rejects_ragged_rows()
    {
        var path = Path.Combine(TestData.TempFolder(), "corpus.csv");
        File.WriteAllText(path, "id,outlet,published,title,text\r\n" +
            "a,AP,2023-09-14,Title,\"First “para”, with comma.\n\nSecond.\"\r\n" +
            "b,BBC,,,only four\r\n" +
            "c,Reuters,2023-09-15T10:00:00Z,,Plain text\r\n", new UTF8Encoding(false));
        var items = CorpusReader.Read([path], new DiagnosticBag()).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("First “para”, with comma.\n\nSecond.", items[0].Article!.Body.ToString());
        Assert.Equal("AP", items[0].Article!.Outlet);
        Assert.Equal("Plain text", items[2].Article!.Body.ToString());
        Assert.Equal(6, items[2].Article!.Location.Line); // record a spans lines 2-4
    }

    [Fact]
    public void A_header_without_text_is_reported()
    {
        var path = Path.Combine(TestData.TempFolder(), "corpus.csv");
        File.WriteAllText(path, "id,outlet\r\na,AP\r\n");
        var diagnostics = new DiagnosticBag();
        Assert.Empty(CorpusReader.Read([path], diagnostics));
        Assert.Equal("PRV1009", Assert.Single(diagnostics.ToImmutableSorted()).Id);
    }
}
