using System.IO.Compression;
using System.Text;
using Provenance.Corpus;

namespace Provenance.Tests.Corpus;

public class CheckedGZipStreamTests
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => $"line {i}\n")));

    private static byte[] Compressed()
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(Content);
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] gz)
    {
        var path = Path.Combine(TestData.TempFolder(), "x.gz");
        File.WriteAllBytes(path, gz);
        using var stream = CorpusFile.OpenRead(path);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }

    [Fact]
    public void A_complete_file_decompresses()
    {
        Assert.Equal(Content, Decompress(Compressed()));
    }

    [Fact]
    public void A_file_cut_anywhere_throws_instead_of_ending_quietly()
    {
        var whole = Compressed();
        foreach (var length in new[] { 0, 5, 19, whole.Length / 3, whole.Length / 2, whole.Length - 8, whole.Length - 1 })
            Assert.Throws<InvalidDataException>(() => Decompress(whole[..length]));
    }

    [Fact]
    public void A_corrupted_byte_is_caught_by_the_crc()
    {
        var corrupt = Compressed();
        corrupt[^5] ^= 0x01; // inside the stored length: the data decompresses but does not check out
        Assert.Throws<InvalidDataException>(() => Decompress(corrupt));
    }
}
