namespace Provenance.Tracing;

/// <summary>
/// Resolves chains: when C copied a paragraph of B that B had itself copied from A, C's source is A.
/// Only a whole copy passes its source on: a paragraph B copied in part also holds text of B's own,
/// so B is the earliest article with all of it. Links are visited in publication order, so a
/// source's own source is always resolved first.
/// </summary>
public static class SourceTracer
{
    public static IReadOnlyList<ParagraphLink> Resolve(IReadOnlyList<ParagraphLink> directLinks)
    {
        var resolved = new Dictionary<ParagraphRef, ParagraphRef>();
        var result = new List<ParagraphLink>(directLinks.Count);
        foreach (var link in directLinks.OrderBy(l => l.Target.Ordinal).ThenBy(l => l.Target.Paragraph))
        {
            if (link.Source is not { } direct)
            {
                result.Add(link);
                continue;
            }
            var earliest = resolved.GetValueOrDefault(direct, direct);
            if (link.Status == ParagraphStatus.Copied) resolved[link.Target] = earliest;
            result.Add(link with { Source = earliest });
        }
        return result;
    }
}
