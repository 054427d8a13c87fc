using System.Collections.Immutable;
using System.Diagnostics;

namespace Provenance.Pipeline;

/// <summary>How long each stage of a run took, in the order they ran.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Ends the current stage under <paramref name="stage"/> and starts the next.</summary>
    public void Mark(string stage) => Add(stage, _clock.Elapsed);

    /// <summary>Records a stage timed by the caller (one that ran before this run began) and starts the next.</summary>
    public void Add(string stage, TimeSpan elapsed)
    {
        _stages.Add((stage, elapsed));
        _clock.Restart();
    }

    public ImmutableArray<(string Stage, TimeSpan Elapsed)> ToImmutable() => [.. _stages];

    public override string ToString() =>
        string.Join(", ", _stages.Select(s => $"{s.Stage} {s.Elapsed.TotalSeconds:0.00} s"));
}
