using System.Text;
using CsCheck;
using Provenance.Corpus;
using Provenance.Diagnostics;

namespace Provenance.Tests.Corpus;

/// <summary>Random and mutated files fed to every reader: no reader throws, and every record comes out analysed or rejected.</summary>
public class ReaderFuzzTests
{
    private static readonly byte[] ValidJsonl = Encoding.UTF8.GetBytes(
        "{\"id\":\"a\",\"outlet\":\"AP\",\"published\":\"2023-09-14\",\"title\":\"T\",\"text\":\"One “quoted”.\\n\\nTwo.\"}\n" +
        "{\"id\":\"b\",\"source\":\"BBC\",\"date\":\"2023-09-14T08:00:00+09:00\",\"body\":\"Body é\"}\r\n" +
        "{\"id\":\"c\",\"content\":\"Three\",\"published_at\":null}\n");

    private static readonly byte[] ValidCsv = Encoding.UTF8.GetBytes(
        "id,outlet,published,text\r\na,AP,2023-09-14,\"One, \"\"quoted\"\".\n\nTwo.\"\r\nb,BBC,,Body é\r\nc,,,Three\r\n");

    private static readonly byte[] ValidTxt = Encoding.UTF8.GetBytes("date 2023-09-14 Title\nFirst paragraph.\n\nSecond “one”.\n");

    private static readonly byte[] Specials = [.. "{}[]\",:\\\n\r\t 0nu"u8, 0x00, 0x80, 0x93, 0xC3, 0xE2, 0xEF, 0xBB, 0xBF, 0xFF];

    /// <summary>A valid file with a few bytes flipped, inserted, deleted or cut off; or random bytes.</summary>
    private static Gen<byte[]> Mutated(byte[] valid) => Gen.OneOf(
        Gen.Byte.Array[0, 400],
        Gen.Select(Gen.Int[0, valid.Length - 1].Array[1, 6], Gen.Int[0, Specials.Length - 1].Array[6], Gen.Int[0, 3], (positions, specials, kind) =>
        {
            var bytes = valid.ToList();
            for (var i = 0; i < positions.Length; i++)
            {
                var at = Math.Min(positions[i], bytes.Count - 1);
                if (at < 0) break;
                switch (kind)
                {
                    case 0: bytes[at] = Specials[specials[i]]; break;
                    case 1: bytes.Insert(at, Specials[specials[i]]); break;
                    case 2: bytes.RemoveAt(at); break;
                    default: bytes.RemoveRange(at, bytes.Count - at); break;
                }
            }
            return bytes.ToArray();
        }));

    private static List<CorpusItem> ReadAll(string path, DiagnosticBag diagnostics) => CorpusReader.Read([path], diagnostics).ToList();

    [Fact]
    public void The_jsonl_reader_accounts_for_every_non_blank_line()
    {
        var folder = TestData.TempFolder();
        Mutated(ValidJsonl).Sample(bytes =>
        {
            var path = Path.Combine(folder, $"{Guid.NewGuid():N}.jsonl");
            File.WriteAllBytes(path, bytes);
            var diagnostics = new DiagnosticBag();
            var items = ReadAll(path, diagnostics);
            Assert.All(items, i => Assert.True(i.Article is null != i.Rejected is null));
            if (!diagnostics.ToImmutableSorted().Any(d => d.Id == "PRV2008"))
                Assert.Equal(NonBlankLines(bytes), items.Count);
        }, iter: 300);
    }

    [Fact]
    public void The_gzip_reader_never_throws_on_a_damaged_archive()
    {
        var folder = TestData.TempFolder();
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal)) gzip.Write(ValidJsonl);
        Mutated(compressed.ToArray()).Sample(bytes =>
        {
            var path = Path.Combine(folder, $"{Guid.NewGuid():N}.jsonl.gz");
            File.WriteAllBytes(path, bytes);
            var items = ReadAll(path, new DiagnosticBag());
            Assert.All(items, i => Assert.True(i.Article is null != i.Rejected is null));
        }, iter: 300);
    }

    [Fact]
    public void The_csv_reader_never_throws()
    {
        var folder = TestData.TempFolder();
        Mutated(ValidCsv).Sample(bytes =>
        {
            var path = Path.Combine(folder, $"{Guid.NewGuid():N}.csv");
            File.WriteAllBytes(path, bytes);
            var items = ReadAll(path, new DiagnosticBag());
            Assert.All(items, i => Assert.True(i.Article is null != i.Rejected is null));
        }, iter: 300);
    }

    [Fact]
    public void The_text_folder_reader_makes_one_record_of_each_file()
    {
        Mutated(ValidTxt).Array[1, 4].Sample(files =>
        {
            var folder = TestData.TempFolder();
            for (var i = 0; i < files.Length; i++) File.WriteAllBytes(Path.Combine(folder, $"f{i}.txt"), files[i]);
            var items = ReadAll(folder, new DiagnosticBag());
            Assert.Equal(files.Length, items.Count);
            Assert.All(items, i => Assert.True(i.Article is null != i.Rejected is null));
        }, iter: 100);
    }

    /// <summary>The lines a JSONL reader must account for: split at LF, CR LF or CR, after any BOM, not blank.</summary>
    private static int NonBlankLines(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        return text.Replace("\r\n", "\n").Split('\n', '\r').Count(line => line.Trim(' ', '\t').Length > 0);
    }
}
