using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Provenance.Tests.Cli;

/// <summary>A nightly run over a messy dump: nothing crashes, nothing is lost, yesterday's output survives a kill.</summary>
public class BadInputRunTests
{
    private static (int ExitCode, string[] StdErr) Run(params string[] args)
    {
        var run = CliProcess.Run(args);
        return (run.ExitCode, run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_messy_dump_is_analysed_and_every_record_is_either_read_or_in_the_rejects_file()
    {
        var folder = TestData.TempFolder();
        var jsonl = Path.Combine(folder, "dump.jsonl");
        File.WriteAllBytes(jsonl, [
            .. Encoding.UTF8.Preamble,
            .. "{\"id\":\"a\",\"outlet\":\"AP\",\"text\":\"The minister said talks would go on.\\n\\nOfficials agreed.\"}\r\n"u8,
            .. "{\"id\":\"b\",\"text\":\"unterminated\r"u8,
            .. "{\"id\":\"a\",\"text\":\"A different story.\"}\n"u8,
            .. "{\"text\":\"no id\"}\n"u8,
            .. Encoding.Latin1.GetBytes("{\"id\":\"c\",\"text\":\"Caf\u00e9 \u0093quoted\u0094.\",\"published\":\"2999-12-31\"}\n"),
            .. "{\"id\":\"d\",\"text\":\"=HYPERLINK(\\\"http://evil\\\")\"}\n"u8,
        ]);
        var gz = Path.Combine(folder, "more.jsonl.gz");
        File.WriteAllBytes(gz, TruncatedGzip("{\"id\":\"g1\",\"text\":\"From the archive.\"}\n", 400));
        var empty = Path.Combine(folder, "empty.jsonl");
        File.WriteAllText(empty, "");
        var output = Path.Combine(folder, "out.csv");
        var rejects = Path.Combine(folder, "rejects.jsonl");

        var (code, stderr) = Run("analyze", jsonl, gz, empty, "--out", output, "--rejects", rejects);

        Assert.Equal(2, code);
        Assert.Contains(stderr, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"dump\.jsonl\(2,\d+\): error PRV1001: the line is not valid JSON"));
        Assert.Contains(stderr, l => l.Contains("dump.jsonl(3): error PRV1006:") && l.EndsWith("[id a]"));
        Assert.Contains(stderr, l => l.Contains("dump.jsonl(4): error PRV1003:"));
        Assert.Contains(stderr, l => l.Contains("dump.jsonl(5,22): warning PRV1012:") && l.EndsWith("[id c]"));
        Assert.Contains(stderr, l => l.Contains("dump.jsonl(5): warning PRV1013:"));
        Assert.Contains(stderr, l => l.Contains("more.jsonl.gz(") && l.Contains("error PRV2003:"));
        Assert.Contains(stderr, l => l.Contains("empty.jsonl: warning PRV2007:"));

        var rejected = File.ReadAllLines(rejects).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["PRV1001", "PRV1006", "PRV1003"], rejected.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal("{\"id\":\"a\",\"text\":\"A different story.\"}", rejected[1].GetProperty("record").GetString());

        var rows = File.ReadAllLines(output, Encoding.UTF8);
        var analysed = rows.Skip(1).Select(r => r.Split(',')[0]).Distinct().ToList();
        Assert.Equal(["a", "c", "d"], analysed.Where(id => !id.StartsWith('g')).Order());
        Assert.InRange(analysed.Count(id => id.StartsWith('g')), 100, 399);
        Assert.Contains(rows, r => r.Contains("Café “quoted”."));
        Assert.Contains(rows, r => r.Contains("\"'=HYPERLINK("));

        var summary = stderr[^1];
        Assert.StartsWith($"{analysed.Count + 3} records in the input: {analysed.Count} analysed + 3 rejected (written to {rejects}); 1 input(s) could not be read to the end", summary);
    }

    [Fact]
    public void A_clean_run_writes_an_empty_rejects_file_and_exits_0()
    {
        var folder = TestData.TempFolder();
        var rejects = Path.Combine(folder, "rejects.jsonl");
        var (code, stderr) = Run("analyze", TestData.SeedsFolder, "--out", Path.Combine(folder, "out.csv"), "--rejects", rejects);
        Assert.Equal(0, code);
        Assert.StartsWith("2 records in the input: 2 analysed + 0 rejected;", stderr[^1]);
        Assert.Equal(0, new FileInfo(rejects).Length);
    }

    [Fact]
    public void A_killed_run_never_leaves_a_half_written_csv_where_yesterdays_was()
    {
        var folder = TestData.TempFolder();
        var input = Path.Combine(folder, "big.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, 200).Select(i =>
            JsonSerializer.Serialize(new { id = $"a{i}", text = string.Join("\n\n", Enumerable.Range(0, 150).Select(p => $"Paragraph {p} of article {i} says something {i * p} times.")) })));
        var output = Path.Combine(folder, "out.csv");
        var yesterday = "article_id,text\r\nyesterday,the last good run\r\n";
        File.WriteAllText(output, yesterday);

        using var process = Process.Start(CliProcess.StartInfo("analyze", input, "--out", output, "--raw-cells", "--threads", "1"))!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var partial = "";
        while (!process.HasExited)
        {
            var temporary = Directory.GetFiles(folder, ".out.csv.*.tmp").FirstOrDefault();
            if (temporary is not null && new FileInfo(temporary).Length > 0)
            {
                process.Kill();
                partial = temporary;
                break;
            }
        }
        process.WaitForExit();

        var now = File.ReadAllText(output);
        if (partial.Length > 0 && File.Exists(partial))
            Assert.Equal(yesterday, now); // killed mid-write: the half-written file is the temporary one
        else
            Assert.EndsWith("\r\n", now); // the run won the race: the file is complete
        Assert.True(now == yesterday || now.Split("\r\n").Length == 200 * 150 + 2);
    }

    private static byte[] TruncatedGzip(string line, int copies)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.NoCompression))
            for (var i = 0; i < copies; i++) gzip.Write(Encoding.UTF8.GetBytes(line.Replace("g1", $"g{i}")));
        var whole = output.ToArray();
        return whole[..(whole.Length / 2)];
    }
}
