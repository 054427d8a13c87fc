namespace Provenance.Reporting;

/// <summary>The report's first screen: totals, who is copied most, how much of each outlet is copied, the largest reuse clusters.</summary>
public sealed record ReportOverview(
    int Articles,
    int Paragraphs,
    int Copied,
    int Partial,
    IReadOnlyList<SourceArticleUse> TopSources,
    IReadOnlyList<SourceOutletUse> TopSourceOutlets,
    IReadOnlyList<OutletShare> Outlets,
    IReadOnlyList<ReuseCluster> Clusters)
{
    public int Original => Paragraphs - Copied - Partial;
}

/// <summary>A source article (ordinal): how many paragraphs were traced to it, in how many articles.</summary>
public sealed record SourceArticleUse(int Article, int Paragraphs, int Articles);

/// <summary>An outlet whose articles are sources: paragraphs traced to them from other articles, and how many outlets took them.</summary>
public sealed record SourceOutletUse(string Outlet, int Paragraphs, int Outlets);

/// <summary>An outlet's body paragraphs by status.</summary>
public sealed record OutletShare(string Outlet, int Copied, int Partial, int Original)
{
    public int Total => Copied + Partial + Original;
}

/// <summary>Articles joined by copied paragraphs (the same story as carried by several outlets), in publication order.</summary>
public sealed record ReuseCluster(IReadOnlyList<ClusterMember> Members);

/// <summary>A cluster's article (ordinal) and how many of its paragraphs were traced to another article of the cluster.</summary>
public sealed record ClusterMember(int Article, int TracedParagraphs);
