using Provenance.Cli.Progress;
using Provenance.Pipeline;

namespace Provenance.Tests.Cli;

public class PlainProgressTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Prints_a_line_at_most_every_interval_and_none_for_a_short_run()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var progress = new PlainProgress(output, clock, TimeSpan.FromSeconds(5));

        progress.Report(new StageProgress("read", 0, null));
        clock.Now += TimeSpan.FromSeconds(2);
        progress.Report(new StageProgress("segment", 100, 20000));
        Assert.Equal("", output.ToString());

        clock.Now += TimeSpan.FromSeconds(4);
        progress.Report(new StageProgress("segment", 12000, 20000));
        clock.Now += TimeSpan.FromSeconds(1);
        progress.Report(new StageProgress("segment", 14000, 20000));
        clock.Now += TimeSpan.FromSeconds(5);
        progress.Report(new StageProgress("index", 0, null));

        Assert.Equal(["progress: segment 12,000/20,000 articles (60%)", "progress: index"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_stage_counter_reports_its_start_every_hundredth_and_its_end()
    {
        var reports = new List<StageProgress>();
        var counter = new ProgressCounter(new SynchronousProgress(reports.Add), "align+score", 250);
        Parallel.For(0, 250, _ => counter.Advance());

        Assert.Equal(new StageProgress("align+score", 0, 250), reports[0]);
        Assert.Equal(126, reports.Count); // the start, then every 2 articles
        Assert.Contains(new StageProgress("align+score", 250, 250), reports);
    }

    private sealed class SynchronousProgress(Action<StageProgress> report) : IProgress<StageProgress>
    {
        private readonly Lock _lock = new();

        public void Report(StageProgress value)
        {
            lock (_lock) report(value);
        }
    }
}
