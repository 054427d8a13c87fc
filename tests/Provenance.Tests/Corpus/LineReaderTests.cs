using System.Text;
using Provenance.Corpus;

namespace Provenance.Tests.Corpus;

public class LineReaderTests
{
    private static List<RawLine> Lines(string text, int maxLineBytes = 1000)
    {
        var reader = new LineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineBytes);
        var lines = new List<RawLine>();
        while (reader.TryRead(out var line)) lines.Add(line);
        return lines;
    }

    [Fact]
    public void Lf_crlf_and_lone_cr_each_end_one_line()
    {
        var lines = Lines("a\nb\r\nc\rd\r\re");
        Assert.Equal(["a", "b", "c", "d", "", "e"], lines.Select(l => Encoding.UTF8.GetString(l.Bytes)));
        Assert.Equal([1, 2, 3, 4, 5, 6], lines.Select(l => l.Number));
    }

    [Fact]
    public void A_crlf_split_across_blocks_is_one_line_end()
    {
        var text = new string('x', 64 * 1024 - 1) + "\r\nnext";
        Assert.Equal(2, Lines(text, 100_000).Count);
    }

    [Fact]
    public void A_line_over_the_limit_is_read_to_its_end_keeping_only_its_start()
    {
        var longLine = new string('y', 200_000);
        var lines = Lines($"short\n{longLine}\nafter\n", maxLineBytes: 10_000);
        Assert.Equal(3, lines.Count);
        Assert.True(lines[1].IsCut);
        Assert.Equal(200_000, lines[1].Length);
        Assert.Equal(RecordLimits.KeptBytesOfTooLongRecord, lines[1].Bytes.Length);
        Assert.Equal("after", Encoding.UTF8.GetString(lines[2].Bytes));
        Assert.False(lines[2].IsCut);
    }

    [Fact]
    public void Sniffing_for_binary_reads_nothing_away()
    {
        var reader = new LineReader(new MemoryStream([0xEF, 0xBB, 0xBF, .. "one\ntwo"u8]), 100);
        Assert.False(reader.StartsWithBinary());
        Assert.True(reader.TryRead(out var first));
        Assert.Equal("one", Encoding.UTF8.GetString(first.Bytes));
        Assert.True(new LineReader(new MemoryStream([.. "{\"id\":1}"u8, 0, 1]), 100).StartsWithBinary());
    }
}
