using Provenance.Corpus;
using Provenance.Diagnostics;

namespace Provenance.Tests.Corpus;

public class TextFolderReaderTests
{
    [Fact]
    public void Seeds_give_ids_dates_and_titles()
    {
        var articles = CorpusReader.Read([TestData.SeedsFolder], new DiagnosticBag()).Select(i => i.Article!).ToList();
        Assert.Equal(["000_3cc5272284a1228b", "001_bb021152318748f4"], articles.Select(a => a.Id));

        var british = articles[0];
        Assert.Equal("2023-09-14", british.Published.ToString());
        Assert.Equal("Vladimir Putin and Kim Jong Un shake hands", british.Title);
        Assert.StartsWith("South Korea has expressed", british.Body.ToString().TrimStart());

        var wire = articles[1];
        Assert.Null(wire.Published);
        Assert.Equal("S Korea worried over military talks between Kim and Putin", wire.Title);
    }

    [Theory]
    [InlineData("S Korea worried over military talks between Kim and Putin", true)]
    [InlineData("South Korea said on Thursday it was worried.", false)]
    [InlineData("“We are worried,” he said", true)]
    public void A_title_is_a_short_line_without_closing_punctuation(string line, bool isTitle)
    {
        Assert.Equal(isTitle, TextFolderReader.IsTitleLine(line));
    }

    [Fact]
    public void An_unreadable_or_empty_file_is_rejected_not_fatal()
    {
        var folder = TestData.TempFolder();
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Body text.");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "   \n");
        var items = CorpusReader.Read([folder], new DiagnosticBag()).ToList();
        Assert.Equal("a", items[0].Article!.Id);
        Assert.Equal("PRV1004", items[1].Rejected!.Diagnostic.Id);
    }
}
