namespace Provenance.Tests.Cli;

/// <summary><c>provenance explain</c>, <c>analyze --report</c> and the help, run as a user runs them.</summary>
public class ExplainCommandTests
{
    private const string British = "000_3cc5272284a1228b";

    private static readonly Lazy<string> SeedsCsv = new(() =>
    {
        var output = Path.Combine(TestData.TempFolder(), "seeds.csv");
        Assert.Equal(0, Run("analyze", TestData.SeedsFolder, "--out", output).ExitCode);
        return output;
    });

    private static CliRun Run(params string[] args) => CliProcess.Run(args);

    [Fact]
    public void Explain_shows_the_paragraph_beside_its_source_with_the_edits_and_features()
    {
        var (code, stdout, _) = Run("explain", SeedsCsv.Value, "--article", British, "--paragraph", "4", "--corpus", TestData.SeedsFolder);

        Assert.Equal(0, code);
        Assert.Contains($"{British} ¶ 4 (no outlet, 2023-09-14): copied", stdout);
        Assert.Contains("source: 001_bb021152318748f4 ¶ 2 (no outlet, undated)", stdout);
        Assert.Matches(@"SOURCE ¶ 2 +│ THIS ARTICLE ¶ 4", stdout);
        Assert.Contains("{+There is+} widespread concern", stdout);
        Assert.Contains("{+Mr+} Kim’s military nuclear {+programme+}.", stdout);
        Assert.Contains("[-program-].", stdout);
        Assert.DoesNotContain("\u001b[", stdout);
        Assert.Contains("  honorifics added: Mr Kim’s", stdout);
        Assert.Contains("  house style: “There is” for “There’s”; “programme” for “program”", stdout);
        Assert.Matches(@"\n  matched_share +1\.000 +[+-]\d+\.\d{3}", stdout);
        Assert.Matches(@"Probability of this pair: (0\.9\d\d|1\.000)", stdout);
    }

    [Fact]
    public void Explaining_an_original_paragraph_says_it_has_no_source()
    {
        var (code, stdout, _) = Run("explain", SeedsCsv.Value, "--article", British, "--paragraph", "12", "--corpus", TestData.SeedsFolder);
        Assert.Equal(0, code);
        Assert.Contains(": original", stdout);
        Assert.Contains("No source in the corpus", stdout);
    }

    [Fact]
    public void Explaining_a_paragraph_the_csv_does_not_have_exits_1()
    {
        var (code, _, stderr) = Run("explain", SeedsCsv.Value, "--article", British, "--paragraph", "99", "--corpus", TestData.SeedsFolder);
        Assert.Equal(1, code);
        Assert.Contains($"no row for article '{British}' paragraph 99", stderr);
    }

    [Fact]
    public void Analyze_with_report_writes_the_html_beside_the_csv()
    {
        var folder = TestData.TempFolder();
        var report = Path.Combine(folder, "report.html");
        var (code, _, _) = Run("analyze", TestData.SeedsFolder, "--out", Path.Combine(folder, "out.csv"), "--report", report);
        Assert.Equal(0, code);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(report));
        Assert.Contains("001_bb021152318748f4", File.ReadAllText(report));
    }

    [Fact]
    public void Help_lists_every_command_and_each_command_documents_its_options()
    {
        var root = Run("--help").StdOut;
        foreach (var command in new[] { "analyze", "explain", "train", "train-sentences" }) Assert.Matches($@"\n  {command}\b.*\S", root);
        Assert.Matches(@"^\d+\.\d+\.\d+", Run("--version").StdOut);

        var analyze = Run("analyze", "--help").StdOut;
        foreach (var option in new[] { "--out <OUT.csv>", "--threads <N>", "--model <MODEL.zip>", "--sentence-model <MODEL.zip|shipped>", "--no-bom", "--raw-cells", "--report <REPORT.html>" })
            Assert.Contains(option, analyze);
        var explain = Run("explain", "--help").StdOut;
        foreach (var option in new[] { "<OUT.csv>", "--article <ID> (REQUIRED)", "--paragraph <N> (REQUIRED)", "--corpus <INPUT> (REQUIRED)", "--model <MODEL.zip>", "--sentence-model <MODEL.zip|shipped>", "--width <N>" })
            Assert.Contains(option, explain);
    }
}
