using System.Text;

namespace Provenance.Tests.Cli;

/// <summary>The command line as a user runs it: a real process, its exit code, stderr and output file.</summary>
public class AnalyzeCommandTests
{
    private static (int ExitCode, string StdErr) Run(params string[] args)
    {
        var run = CliProcess.Run(args);
        return (run.ExitCode, run.StdErr);
    }

    [Fact]
    public void Analysing_the_seeds_exits_0_and_writes_the_csv()
    {
        var output = Path.Combine(TestData.TempFolder(), "out.csv");
        var (code, stderr) = Run("analyze", TestData.SeedsFolder, "--out", output);
        Assert.Equal(0, code);
        Assert.Contains("2 records in the input: 2 analysed + 0 rejected;", stderr);
        Assert.Equal(26, File.ReadAllLines(output, Encoding.UTF8).Length);
    }

    [Fact]
    public void Rejected_records_are_reported_and_exit_2()
    {
        var folder = TestData.TempFolder();
        var input = Path.Combine(folder, "corpus.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"Fine text here.\"}\n{broken\n{\"id\":\"c\",\"text\":\"More text.\"}\n");
        var output = Path.Combine(folder, "out.csv");
        var (code, stderr) = Run("analyze", input, "--out", output);
        Assert.Equal(2, code);
        Assert.Matches(@"corpus\.jsonl\(2,\d+\): error PRV1001: ", stderr);
        Assert.Contains("3 records in the input: 2 analysed + 1 rejected;", stderr);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void The_shipped_sentence_model_can_be_chosen_and_a_missing_one_exits_1()
    {
        var folder = TestData.TempFolder();
        var output = Path.Combine(folder, "out.csv");
        Assert.Equal(0, Run("analyze", TestData.SeedsFolder, "--out", output, "--sentence-model", "shipped").ExitCode);
        Assert.Equal(26, File.ReadAllLines(output, Encoding.UTF8).Length);

        var missing = Path.Combine(folder, "missing.csv");
        var (code, stderr) = Run("analyze", TestData.SeedsFolder, "--out", missing, "--sentence-model", Path.Combine(folder, "no-such.zip"));
        Assert.Equal(1, code);
        Assert.Contains("error PRV2004", stderr);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_missing_input_exits_1_and_leaves_no_output()
    {
        var output = Path.Combine(TestData.TempFolder(), "out.csv");
        var (code, stderr) = Run("analyze", "/no/such/corpus.jsonl", "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("error PRV2001", stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void The_summary_has_a_row_per_article_and_timings_go_to_stderr()
    {
        var folder = TestData.TempFolder();
        var summary = Path.Combine(folder, "summary.csv");
        var (code, stderr) = Run("analyze", TestData.SeedsFolder, "--out", Path.Combine(folder, "out.csv"), "--summary", summary, "--timings");
        Assert.Equal(0, code);
        Assert.Matches(@"timings: read [0-9.]+ s, segment [0-9.]+ s, index", stderr);
        Assert.Matches(@"peak memory [1-9][0-9]* MB", stderr);
        var lines = File.ReadAllLines(summary, Encoding.UTF8);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("article_id,outlet,published,paragraphs,words,copied_share,primary_source_article_id", lines[0]);
        Assert.StartsWith("000_3cc5272284a1228b,,2023-09-14,19,", lines[1]);
        Assert.Contains(",001_bb021152318748f4,,false,1,", lines[1]);
    }

    [Fact]
    public void A_usage_error_exits_1()
    {
        Assert.Equal(1, Run("analyze", TestData.SeedsFolder).ExitCode);
    }
}
