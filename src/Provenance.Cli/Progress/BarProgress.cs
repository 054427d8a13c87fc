using Provenance.Pipeline;
using Spectre.Console;

namespace Provenance.Cli.Progress;

/// <summary>Progress in a terminal: a Spectre.Console bar per stage, on stderr; a finished stage's bar is filled.</summary>
public sealed class BarProgress(ProgressContext context) : IProgress<StageProgress>
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ProgressTask> _tasks = [];

    public void Report(StageProgress value)
    {
        lock (_lock)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                foreach (var previous in _tasks.Values) previous.Value = previous.MaxValue;
                task = context.AddTask(value.Stage, maxValue: Math.Max(1, value.Total ?? 1));
                task.IsIndeterminate = value.Total is null;
                _tasks[value.Stage] = task;
            }
            if (value.Total is not null) task.Value = value.Done;
        }
    }
}
