using System.Diagnostics;
using Provenance.Tests.Cli;

namespace Provenance.Tests.State;

/// <summary>A nightly run killed while it writes the state leaves the state as it was, and the next run works.</summary>
public class KilledRunTests
{
    private static Process Start(params string[] args) => CliProcess.Start(args);

    private static int Run(params string[] args) => CliProcess.Run(args).ExitCode;

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    [Fact]
    public void A_run_killed_while_writing_the_state_leaves_it_as_before_and_the_next_run_works()
    {
        var folder = TestData.TempFolder();
        var corpus = NightlyCorpus.Write(folder, articles: 600, seed: 8);
        var state = Path.Combine(folder, "state");
        Assert.Equal(0, Run("analyze", corpus.Night1, "--out", Path.Combine(folder, "n1.csv"), "--state", state, "--window", "1000d"));
        var before = StateDump.Of(state);
        var untouched = Path.Combine(folder, "untouched");
        CopyFolder(state, untouched);

        // The run writes its uncommitted pages to the write-ahead log as it stores tonight's articles: kill it then.
        var wal = Path.Combine(state, "state.db-wal");
        using (var killed = Start("analyze", corpus.Night2, "--out", Path.Combine(folder, "killed.csv"), "--state", state, "--window", "1000d"))
        {
            var clock = Stopwatch.StartNew();
            while (!killed.HasExited && !(File.Exists(wal) && new FileInfo(wal).Length > 256 * 1024) && clock.Elapsed < TimeSpan.FromMinutes(1))
                Thread.Sleep(5);
            Assert.False(killed.HasExited, "the run ended before it could be killed");
            killed.Kill(entireProcessTree: true);
            killed.WaitForExit();
        }

        Assert.Equal(before, StateDump.Of(state));
        Assert.False(File.Exists(Path.Combine(folder, "killed.csv")));
        Assert.Equal(0, Run("analyze", corpus.Night2, "--out", Path.Combine(folder, "after-kill.csv"), "--state", state, "--window", "1000d"));
        Assert.Equal(0, Run("analyze", corpus.Night2, "--out", Path.Combine(folder, "never-killed.csv"), "--state", untouched, "--window", "1000d"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "never-killed.csv")), File.ReadAllBytes(Path.Combine(folder, "after-kill.csv")));
        Assert.Equal(StateDump.Of(untouched), StateDump.Of(state));
    }
}
