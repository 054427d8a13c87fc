namespace Provenance.Pipeline;

/// <summary>Counts the articles a stage has finished, from any thread, and reports every hundredth of the way.</summary>
public sealed class ProgressCounter
{
    private readonly IProgress<StageProgress>? _progress;
    private readonly string _stage;
    private readonly int _total;
    private readonly int _step;
    private int _done;

    public ProgressCounter(IProgress<StageProgress>? progress, string stage, int total)
    {
        _progress = progress;
        _stage = stage;
        _total = total;
        _step = Math.Max(1, total / 100);
        progress?.Report(new StageProgress(stage, 0, total));
    }

    public void Advance()
    {
        if (_progress is null) return;
        var done = Interlocked.Increment(ref _done);
        if (done % _step == 0 || done == _total) _progress.Report(new StageProgress(_stage, done, _total));
    }
}
