using System.Text;
using CsvHelper;
using Provenance.Output;

namespace Provenance.Tests.Output;

public class ProvenanceCsvWriterTests
{
    private static readonly ProvenanceRow Row = new()
    {
        ArticleId = "a", Outlet = "AP", Published = "2023-09-14", Paragraph = 1, Status = "copied",
        SourceArticleId = "b", SourceParagraph = 2, Similarity = "0.950", WireProbability = "0.990",
        Text = "“Deep concern,” he said, \"and regret\".\nSecond line — é",
    };

    private static byte[] Write(CsvOutputOptions options, params ProvenanceRow[] rows)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(stream, rows, options);
        return stream.ToArray();
    }

    [Fact]
    public void Writes_a_header_a_bom_and_curly_quotes_intact()
    {
        var bytes = Write(new CsvOutputOptions(), Row);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("article_id,outlet,published,paragraph,status,source_article_id,source_paragraph,source_published,source_outlet,direction_basis,similarity,wire_probability,text\r\n", text);
        Assert.Contains("“Deep concern,”", text);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Rows_formatted_on_several_threads_give_the_same_bytes(bool byteOrderMark, bool neutraliseFormulas)
    {
        // More chunks of rows than are formatted at once (two per thread), some rows needing quotes or
        // formula protection, so chunk edges are crossed and buffers reused.
        var rows = Enumerable.Range(0, 30_000)
            .Select(i => new ProvenanceRow
            {
                ArticleId = $"a{i}", Outlet = "AP", Paragraph = i, Status = "copied",
                Text = i % 7 == 0 ? $"=SUM({i})" : $"{Row.Text} {i}",
            })
            .ToArray();
        var one = Write(new CsvOutputOptions { ByteOrderMark = byteOrderMark, NeutraliseFormulas = neutraliseFormulas }, rows);
        var two = Write(new CsvOutputOptions { ByteOrderMark = byteOrderMark, NeutraliseFormulas = neutraliseFormulas, Threads = 2 }, rows);
        Assert.Equal(one, two);
        Assert.Equal(byteOrderMark, one.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()));
        Assert.Equal(30_000, Encoding.UTF8.GetString(one).Split("\r\n").Count(line => line.Contains(",AP,")));
    }

    [Fact]
    public void Round_trips_every_field()
    {
        var bytes = Write(new CsvOutputOptions { ByteOrderMark = false }, Row);
        using var reader = CsvReader.Create(bytes);
        Assert.True(reader.Read());
        Assert.Equal(Row.Text, reader.GetString("text"));
        Assert.Equal("2", reader.GetString("source_paragraph"));
        Assert.Equal("", reader.GetString("source_published"));
        Assert.False(reader.Read());
    }

    [Fact]
    public void Formula_cells_are_neutralised_unless_raw()
    {
        var formula = new ProvenanceRow { ArticleId = "=HYPERLINK(\"x\")", Text = "-5 points" };
        Assert.Contains("'=HYPERLINK", Encoding.UTF8.GetString(Write(new CsvOutputOptions(), formula)));
        Assert.DoesNotContain("'=HYPERLINK", Encoding.UTF8.GetString(Write(new CsvOutputOptions { NeutraliseFormulas = false }, formula)));
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_file_alone()
    {
        var path = Path.Combine(TestData.TempFolder(), "out.csv");
        File.WriteAllText(path, "yesterday");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("killed");
        }));
        Assert.Equal("yesterday", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
