using System.IO.Compression;
using System.Text;
using Provenance.Corpus;
using Provenance.Diagnostics;

namespace Provenance.Tests.Corpus;

/// <summary>The bad inputs of a scraped dump, one each: every record is analysed or rejected with file, line and id.</summary>
public class BadInputTests
{
    private static readonly byte[] Good = "{\"id\":\"ok\",\"text\":\"A good record.\"}\n"u8.ToArray();

    private static string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(TestData.TempFolder(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (List<CorpusItem> Items, List<Diagnostic> Diagnostics) Read(string path, TimeProvider? clock = null)
    {
        var diagnostics = new DiagnosticBag();
        var items = CorpusReader.Read([path], diagnostics, clock).ToList();
        return (items, [.. diagnostics.ToImmutableSorted()]);
    }

    private static (List<CorpusItem> Items, List<Diagnostic> Diagnostics) ReadJsonl(string content) =>
        Read(WriteFile("corpus.jsonl", Encoding.UTF8.GetBytes(content)));

    private static List<string> Accepted(List<CorpusItem> items) => [.. items.Where(i => i.Article is not null).Select(i => i.Article!.Id)];
    private static List<RejectedRecord> Rejected(List<CorpusItem> items) => [.. items.Where(i => i.Rejected is not null).Select(i => i.Rejected!)];

    [Fact]
    public void Malformed_json_lines_are_rejected_verbatim_and_the_rest_is_read()
    {
        var (items, _) = ReadJsonl("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"unterminated}\n\"just a string\"\n{\"id\":\"c\",\"text\":\"Three.\"}\n");
        Assert.Equal(["a", "c"], Accepted(items));
        var rejected = Rejected(items);
        Assert.Equal(["PRV1001", "PRV1002"], rejected.Select(r => r.Diagnostic.Id));
        Assert.Equal("{\"id\":\"b\",\"text\":\"unterminated}", rejected[0].Raw);
        Assert.Matches(@"corpus\.jsonl\(2,\d+\): error PRV1001: the line is not valid JSON", rejected[0].Diagnostic.ToString());
    }

    [Fact]
    public void A_line_that_is_not_utf8_is_read_as_windows_1252_with_a_warning()
    {
        var line = Encoding.Latin1.GetBytes("{\"id\":\"w\",\"text\":\"caf\u00e9 \u0093quoted\u0094\"}\n");
        var (items, diagnostics) = Read(WriteFile("corpus.jsonl", [.. Good, .. line]));
        Assert.Equal("café “quoted”", items[1].Article!.Body.ToString());
        var warning = Assert.Single(diagnostics);
        Assert.Equal("PRV1012", warning.Id);
        Assert.Equal("w", warning.RecordId);
        Assert.Matches(@"corpus\.jsonl\(2,22\): warning PRV1012: .* \[id w\]", warning.ToString());
    }

    [Fact]
    public void Windows_1252_decoding_maps_every_byte_to_one_character_so_the_bytes_can_be_recovered()
    {
        var every = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        var text = Windows1252.Decode(every);
        Assert.Equal(256, text.Length);
        Assert.Equal(256, text.Distinct().Count());
        Assert.Equal('€', text[0x80]);
        Assert.Equal('\u0081', text[0x81]);
    }

    [Fact]
    public void Byte_order_marks_are_skipped_in_every_format()
    {
        var bom = Encoding.UTF8.Preamble.ToArray();
        var jsonl = Read(WriteFile("corpus.jsonl", [.. bom, .. Good]));
        var csv = Read(WriteFile("corpus.csv", [.. bom, .. "id,text\nok,A good record.\n"u8]));
        var folder = TestData.TempFolder();
        File.WriteAllBytes(Path.Combine(folder, "ok.txt"), [.. bom, .. "A good record."u8]);
        var txt = Read(folder);
        foreach (var (items, diagnostics) in new[] { jsonl, csv, txt })
        {
            Assert.Empty(diagnostics);
            Assert.Equal("ok", Assert.Single(items).Article!.Id);
            Assert.Equal("A good record.", items[0].Article!.Body.ToString());
        }
    }

    [Fact]
    public void Crlf_and_lone_cr_end_lines_and_the_line_numbers_count_them()
    {
        var (items, _) = ReadJsonl("{\"id\":\"a\",\"text\":\"One.\"}\r\n{bad\r{\"id\":\"c\",\"text\":\"Three.\"}\r\r\n{bad again\n");
        Assert.Equal(["a", "c"], Accepted(items));
        Assert.Equal([2, 5], Rejected(items).Select(r => r.Diagnostic.Location.Line));
        Assert.Equal(["{bad", "{bad again"], Rejected(items).Select(r => r.Raw));
    }

    [Theory]
    [InlineData("{\"text\":\"no id\"}", "PRV1003")]
    [InlineData("{\"id\":\"\",\"text\":\"empty id\"}", "PRV1003")]
    [InlineData("{\"id\":\"   \",\"text\":\"blank id\"}", "PRV1003")]
    [InlineData("{\"id\":null,\"text\":\"null id\"}", "PRV1003")]
    [InlineData("{\"id\":42,\"text\":\"number id\"}", "PRV1005")]
    [InlineData("{\"id\":{\"nested\":1},\"text\":\"object id\"}", "PRV1005")]
    [InlineData("{\"id\":\"t1\"}", "PRV1004")]
    [InlineData("{\"id\":\"t2\",\"text\":\"\"}", "PRV1004")]
    [InlineData("{\"id\":\"t3\",\"text\":\" \\n\\n \"}", "PRV1004")]
    [InlineData("{\"id\":\"t4\",\"text\":[\"a\"]}", "PRV1005")]
    public void Missing_empty_or_mistyped_ids_and_texts_are_rejected(string line, string expected)
    {
        var (items, _) = ReadJsonl("{\"id\":\"ok\",\"text\":\"Fine.\"}\n" + line + "\n");
        var rejected = Assert.Single(Rejected(items));
        Assert.Equal(expected, rejected.Diagnostic.Id);
        Assert.Equal(2, rejected.Diagnostic.Location.Line);
        Assert.Equal(line, rejected.Raw);
    }

    [Fact]
    public void The_same_id_twice_keeps_the_first_and_rejects_the_later_verbatim_saying_whether_its_text_differs()
    {
        var first = "{\"id\":\"a\",\"text\":\"The text.\"}";
        var copy = "{\"id\":\"a\",\"outlet\":\"Mirror\",\"text\":\"The text.\"}";
        var other = "{\"id\":\"a\",\"text\":\"Another text.\"}";
        var (items, _) = ReadJsonl($"{first}\n{copy}\n{other}\n");
        Assert.Equal(["a"], Accepted(items));
        Assert.Equal("The text.", items[0].Article!.Body.ToString());
        var rejected = Rejected(items);
        Assert.Equal(["PRV1011", "PRV1006"], rejected.Select(r => r.Diagnostic.Id));
        Assert.Equal([copy, other], rejected.Select(r => r.Raw));
        Assert.All(rejected, r => Assert.Equal("a", r.Diagnostic.RecordId));
        Assert.Contains("already read at", rejected[1].Diagnostic.Message);
    }

    [Fact]
    public void A_duplicate_read_from_its_bytes_is_quoted_verbatim_accents_and_curly_quotes_included()
    {
        var first = "{\"id\":\"é\",\"text\":\"“Café” — naïve.\"}";
        var copy = "{\"id\":\"é\",\"text\":\"“Café” — naïve!\"}";
        var (items, _) = ReadJsonl($"{first}\n{copy}\n");
        Assert.Equal("“Café” — naïve.", items[0].Article!.Body.ToString());
        Assert.Equal(copy, Assert.Single(Rejected(items)).Raw);
    }

    [Fact]
    public void Unparseable_dates_and_dates_far_in_the_future_leave_the_article_undated_with_a_warning()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 1, 10, 12, 0, 0, TimeSpan.Zero));
        var path = WriteFile("corpus.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\":\"bad\",\"text\":\"x\",\"published\":\"31/02/2024\"}\n" +
            "{\"id\":\"future\",\"text\":\"x\",\"published\":\"2999-01-01\"}\n" +
            "{\"id\":\"tomorrow\",\"text\":\"x\",\"published\":\"2024-01-11T09:00:00+09:00\"}\n" +
            "{\"id\":\"number\",\"text\":\"x\",\"published\":1700000000}\n"));
        var (items, diagnostics) = Read(path, clock);
        Assert.Equal(["bad", "future", "tomorrow", "number"], Accepted(items));
        Assert.Equal([null, null, "2024-01-11T09:00:00+09:00", null], items.Select(i => i.Article!.Published?.ToString()));
        Assert.Equal([("PRV1007", "bad"), ("PRV1013", "future"), ("PRV1007", "number")], diagnostics.Select(d => (d.Id, d.RecordId)));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Theory]
    [InlineData("corpus.jsonl", "")]
    [InlineData("corpus.jsonl", "\n  \r\n\n")]
    [InlineData("corpus.csv", "")]
    public void An_empty_file_holds_no_records_and_says_so(string name, string content)
    {
        var (items, diagnostics) = Read(WriteFile(name, Encoding.UTF8.GetBytes(content)));
        Assert.Empty(items);
        Assert.Equal("PRV2007", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void An_empty_folder_holds_no_records_and_says_so()
    {
        var (items, diagnostics) = Read(TestData.TempFolder());
        Assert.Empty(items);
        Assert.Equal("PRV2007", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("corpus.jsonl")]
    [InlineData("corpus.csv")]
    public void A_binary_file_is_reported_as_one_error_not_as_thousands_of_bad_lines(string name)
    {
        var bytes = new byte[100_000];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var (items, diagnostics) = Read(WriteFile(name, bytes));
        Assert.Empty(items);
        Assert.Equal("PRV2008", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_truncated_gz_keeps_the_records_before_the_break_and_reports_it()
    {
        var lines = string.Concat(Enumerable.Range(0, 5000).Select(i => $"{{\"id\":\"{i}\",\"text\":\"Record number {i} of the dump.\"}}\n"));
        var compressed = Gzip(Encoding.UTF8.GetBytes(lines));
        var complete = Read(WriteFile("whole.jsonl.gz", compressed));
        Assert.Equal(5000, complete.Items.Count);
        Assert.Empty(complete.Diagnostics);

        var (items, diagnostics) = Read(WriteFile("cut.jsonl.gz", compressed[..(compressed.Length / 2)]));
        Assert.InRange(Accepted(items).Count, 100, 4999);
        Assert.Empty(Rejected(items));
        var error = Assert.Single(diagnostics);
        Assert.Equal("PRV2003", error.Id);
        Assert.Equal(items.Count + 1, error.Location.Line);
    }

    [Fact]
    public void A_record_over_the_size_limit_is_rejected_with_its_start_and_the_next_record_is_read()
    {
        var huge = new byte[RecordLimits.MaxRecordBytes + 100];
        Array.Fill(huge, (byte)'x');
        "{\"id\":\"big\",\"text\":\""u8.CopyTo(huge);
        var (items, _) = Read(WriteFile("corpus.jsonl", [.. huge, (byte)'\n', .. Good]));
        Assert.Equal(["ok"], Accepted(items));
        var rejected = Assert.Single(Rejected(items));
        Assert.Equal("PRV1014", rejected.Diagnostic.Id);
        Assert.Equal(1, rejected.Diagnostic.Location.Line);
        Assert.StartsWith("{\"id\":\"big\",\"text\":\"xxx", rejected.Raw);
        Assert.Equal(RecordLimits.KeptBytesOfTooLongRecord, rejected.Raw.Length);
    }

    [Fact]
    public void Deeply_nested_json_is_rejected_without_exhausting_the_stack()
    {
        var deep = new string('[', 200_000) + new string(']', 200_000);
        var nestedObject = string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000);
        var (items, _) = ReadJsonl($"{deep}\n{nestedObject}\n{{\"id\":\"ok\",\"text\":\"Fine.\",\"extra\":{{\"x\":[1,2,{{}}]}}}}\n");
        Assert.Equal(["ok"], Accepted(items));
        Assert.All(Rejected(items), r => Assert.Contains("maximum configured depth of 64", r.Diagnostic.Message));
        Assert.Equal(2, Rejected(items).Count);
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_rejected_as_invalid_json()
    {
        var (items, _) = ReadJsonl("{\"id\":\"s\",\"text\":\"half \\ud800 a pair\"}\n{\"\\udfff\":1}\n");
        Assert.Equal(["PRV1001", "PRV1001"], Rejected(items).Select(r => r.Diagnostic.Id));
    }

    [Fact]
    public void A_folder_with_unreadable_binary_and_broken_files_rejects_each_and_reads_the_rest()
    {
        var folder = TestData.TempFolder();
        File.WriteAllText(Path.Combine(folder, "good.txt"), "A good article.\n\nWith two paragraphs.");
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        File.CreateSymbolicLink(Path.Combine(folder, "dangling.txt"), Path.Combine(folder, "no-such-target.txt"));
        var locked = Path.Combine(folder, "locked.txt");
        File.WriteAllText(locked, "Nobody may read this.");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(locked, UnixFileMode.None);

        var (items, _) = Read(folder);

        Assert.Equal(["good"], Accepted(items).Where(id => id != "locked"));
        var rejected = Rejected(items).ToDictionary(r => r.Diagnostic.RecordId!);
        Assert.Equal("PRV2008", rejected["binary"].Diagnostic.Id);
        Assert.Equal("PRV2003", rejected["dangling"].Diagnostic.Id);
        Assert.EndsWith("dangling.txt", rejected["dangling"].Diagnostic.Location.Path);
        // root reads any file whatever its mode; everyone else gets the rejection.
        if (!IsRoot() && !OperatingSystem.IsWindows()) Assert.Equal("PRV2003", rejected["locked"].Diagnostic.Id);
        Assert.Equal(4, items.Count);
    }

    private static bool IsRoot() => Environment.UserName == "root";

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(bytes);
        return output.ToArray();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
