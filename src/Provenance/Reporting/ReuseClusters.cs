using Provenance.Tracing;

namespace Provenance.Reporting;

/// <summary>
/// Groups articles joined by traced paragraphs (union-find over the links), so a wire story and
/// every outlet that carried it form one cluster.
/// </summary>
public static class ReuseClusters
{
    public static IReadOnlyList<ReuseCluster> Largest(int articleCount, IReadOnlyList<ParagraphLink> traced, int count)
    {
        var parent = Enumerable.Range(0, articleCount).ToArray();
        int Root(int a)
        {
            while (parent[a] != a) a = parent[a] = parent[parent[a]];
            return a;
        }
        foreach (var link in traced)
        {
            int a = Root(link.Target.Ordinal), b = Root(link.Source!.Value.Ordinal);
            if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
        }

        var tracedPerArticle = traced.CountBy(l => l.Target.Ordinal).ToDictionary();
        return Enumerable.Range(0, articleCount)
            .GroupBy(Root)
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Take(count)
            .Select(g => new ReuseCluster([.. g.Order().Select(a => new ClusterMember(a, tracedPerArticle.GetValueOrDefault(a)))]))
            .ToList();
    }
}
