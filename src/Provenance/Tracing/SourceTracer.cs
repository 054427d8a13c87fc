namespace Provenance.Tracing;

/// <summary>
/// Resolves chains: when C copied a paragraph of B that B had itself copied from A, C's source is A.
/// Only a whole copy passes its source on: a paragraph B copied in part also holds text of B's own,
/// so B is the earliest article with all of it. Directions inferred from the edits need not follow
/// publication order, so chains are followed by lookup; a cycle (possible only between inferred
/// directions) stops where it would repeat, and so does a step to an article published after the
/// paragraph being traced (possible when an inferred link meets a dated one).
/// </summary>
public static class SourceTracer
{
    /// <param name="isLater">Whether the article of the first ordinal is known to be published after that of the second.</param>
    public static IReadOnlyList<ParagraphLink> Resolve(IReadOnlyList<ParagraphLink> directLinks, Func<int, int, bool>? isLater = null)
    {
        var byTarget = directLinks.ToDictionary(l => l.Target);
        var result = new List<ParagraphLink>(directLinks.Count);
        foreach (var link in directLinks.OrderBy(l => l.Target.Ordinal).ThenBy(l => l.Target.Paragraph))
            result.Add(link.Source is { } direct ? link with { Source = Earliest(direct, link.Target, byTarget, isLater) } : link);
        return result;
    }

    private static ParagraphRef Earliest(ParagraphRef source, ParagraphRef start, Dictionary<ParagraphRef, ParagraphLink> byTarget,
        Func<int, int, bool>? isLater)
    {
        var visited = new HashSet<ParagraphRef> { start };
        while (byTarget.TryGetValue(source, out var next)
               && next.Status == ParagraphStatus.Copied
               && next.Source is { } further
               && visited.Add(source)
               && !visited.Contains(further)
               && !(isLater?.Invoke(further.Ordinal, start.Ordinal) ?? false))
            source = further;
        return source;
    }
}
