using System.Diagnostics;
using System.Text;

namespace Provenance.Tests.Cli;

/// <summary>The command line as a user runs it: a real process, its exit code, stderr and output file.</summary>
public class AnalyzeCommandTests
{
    private static (int ExitCode, string StdErr) Run(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Provenance.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr.Result);
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
    public void A_missing_input_exits_1_and_leaves_no_output()
    {
        var output = Path.Combine(TestData.TempFolder(), "out.csv");
        var (code, stderr) = Run("analyze", "/no/such/corpus.jsonl", "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("error PRV2001", stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_usage_error_exits_1()
    {
        Assert.Equal(1, Run("analyze", TestData.SeedsFolder).ExitCode);
    }
}
