using System.Text;
using CsCheck;
using CsvHelper;
using Provenance.Output;

namespace Provenance.Tests.Output;

/// <summary>The CSV is safe to open in a spreadsheet by default, and exact for machines with raw cells.</summary>
public class SpreadsheetSafetyTests
{
    private static string Write(CsvOutputOptions options, params ProvenanceRow[] rows)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(stream, rows, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<string> ReadTexts(string csv)
    {
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(csv));
        var texts = new List<string>();
        while (reader.Read()) texts.Add(reader.GetString("text"));
        return texts;
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData(" =cmd|' /C calc'!A0")]
    [InlineData("\u00A0\n +1")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string text)
    {
        var csv = Write(new CsvOutputOptions(), new ProvenanceRow { Text = text, Outlet = text });
        var read = Assert.Single(ReadTexts(csv));
        Assert.Equal("'" + text, read);
        Assert.Equal([text], ReadTexts(Write(new CsvOutputOptions { NeutraliseFormulas = false }, new ProvenanceRow { Text = text })));
    }

    [Theory]
    [InlineData("Plain text")]
    [InlineData("“Quoted,” he said")]
    [InlineData("5 = 5")]
    [InlineData(" leading space")]
    public void Ordinary_cells_are_left_alone(string text)
    {
        Assert.Equal([text], ReadTexts(Write(new CsvOutputOptions(), new ProvenanceRow { Text = text })));
    }

    [Fact]
    public void A_cell_over_excels_limit_is_cut_with_a_visible_marker()
    {
        var text = "=" + new string('a', 40_000) + "😀" + new string('b', 5_000_000);
        var cell = Assert.Single(ReadTexts(Write(new CsvOutputOptions(), new ProvenanceRow { Text = text })));
        Assert.InRange(cell.Length, 32_000, SpreadsheetCells.MaxLength);
        Assert.StartsWith("'=aaa", cell);
        Assert.Matches(@" \[…cut: 5,00\d,\d{3} more characters\]$", cell);
        Assert.DoesNotContain('\uFFFD', cell);
    }

    [Fact]
    public void The_cut_never_splits_a_surrogate_pair()
    {
        foreach (var pad in new[] { 32_700, 32_701, 32_702, 32_703, 32_704, 32_705 })
        {
            var cell = SpreadsheetCells.Prepare(new string('a', pad - 40) + string.Concat(Enumerable.Repeat("😀", 20_000)));
            Assert.True(cell.Length < SpreadsheetCells.MaxLength);
            var keptEnd = cell.IndexOf(" […cut", StringComparison.Ordinal);
            Assert.False(char.IsHighSurrogate(cell[keptEnd - 1]));
        }
    }

    [Fact]
    public void Raw_cells_keep_long_text_whole()
    {
        var text = new string('x', 100_000);
        Assert.Equal([text], ReadTexts(Write(new CsvOutputOptions { NeutraliseFormulas = false }, new ProvenanceRow { Text = text })));
    }

    [Fact]
    public void No_bom_writes_plain_utf8()
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(stream, [new ProvenanceRow { Text = "é" }], new CsvOutputOptions { ByteOrderMark = false });
        Assert.Equal((byte)'a', stream.ToArray()[0]);
    }

    private static readonly Gen<string> Cells = Gen.OneOf(
        Gen.String,
        Gen.Char["=+-@\t\r\n \",;'é“”😀aZ0"].Array[0, 30].Select(chars => new string(chars)));

    private static readonly Gen<ProvenanceRow> Rows = Gen.Select(Cells, Cells, Cells, Gen.Int[0, 1000], Cells, (id, outlet, text, paragraph, source) =>
        new ProvenanceRow { ArticleId = id, Outlet = outlet, Text = text, Paragraph = paragraph, SourceArticleId = source, Status = "copied" });

    [Fact]
    public void Raw_csv_reads_back_every_field_exactly()
    {
        Rows.Array[1, 5].Sample(rows =>
        {
            using var stream = new MemoryStream();
            CsvTableWriter.Write(stream, rows, new CsvOutputOptions { NeutraliseFormulas = false });
            using var reader = CsvReader.Create(stream.ToArray());
            foreach (var row in rows)
            {
                Assert.True(reader.Read());
                Assert.Equal(Clean(row.ArticleId), reader.GetString("article_id"));
                Assert.Equal(Clean(row.Outlet), reader.GetString("outlet"));
                Assert.Equal(row.Paragraph, reader.Parse<int>("paragraph"));
                Assert.Equal(Clean(row.SourceArticleId), reader.GetString("source_article_id"));
                Assert.Equal(Clean(row.Text), reader.GetString("text"));
            }
            Assert.False(reader.Read());
        }, iter: 300);
    }

    [Fact]
    public void Spreadsheet_csv_reads_back_every_field_exactly_or_with_only_the_documented_apostrophe()
    {
        Rows.Sample(row =>
        {
            using var stream = new MemoryStream();
            CsvTableWriter.Write(stream, [row], new CsvOutputOptions());
            using var reader = CsvReader.Create(stream.ToArray());
            Assert.True(reader.Read());
            var read = reader.GetString("text");
            var expected = Clean(row.Text);
            Assert.True(read == expected || read == "'" + expected, $"{expected} came back as {read}");
            Assert.Equal(read != expected, NeedsApostrophe(expected));
        }, iter: 500);
    }

    /// <summary>A formula character first, or first after white space other than the tab and CR that are formula characters themselves.</summary>
    private static bool NeedsApostrophe(string text)
    {
        var first = text.SkipWhile(c => char.IsWhiteSpace(c) && c is not ('\t' or '\r')).FirstOrDefault();
        return first is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    /// <summary>UTF-8 cannot carry an unpaired surrogate: the writer encodes it as U+FFFD, as any UTF-8 file would.</summary>
    private static string Clean(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
}
