using Provenance.Corpus;

namespace Provenance.Tracing;

/// <summary>Whether publication times can order two articles: both dated and at least a minute apart.</summary>
public static class TimeRelation
{
    private static readonly long DecisiveTicks = TimeSpan.FromMinutes(1).Ticks;

    public static bool Decides(PublishedTime? a, PublishedTime? b) =>
        a is { } x && b is { } y && x.CompareTo(y) != 0 && Math.Abs(x.SortKey - y.SortKey) >= DecisiveTicks;

    /// <summary>Whether <paramref name="candidate"/> is known to be published after <paramref name="target"/>.</summary>
    public static bool IsDefinitelyLater(PublishedTime? candidate, PublishedTime? target) =>
        Decides(candidate, target) && candidate!.Value.CompareTo(target!.Value) > 0;
}
