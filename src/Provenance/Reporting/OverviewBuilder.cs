using Provenance.Pipeline;
using Provenance.Tracing;

namespace Provenance.Reporting;

/// <summary>Computes the <see cref="ReportOverview"/> of a pipeline result.</summary>
public static class OverviewBuilder
{
    public const int TopCount = 10;
    public const int ChartOutlets = 25;

    public static ReportOverview Build(PipelineResult result)
    {
        var articles = result.Articles;
        var links = result.Links;
        var traced = links.Where(l => l.Source is not null).ToList();
        var fields = ArticleAnalyses.ArticlesOf(articles);
        string OutletOf(int ordinal) => fields[ordinal].Outlet;

        var topSources = traced.GroupBy(l => l.Source!.Value.Ordinal)
            .Select(g => new SourceArticleUse(g.Key, g.Count(), g.Select(l => l.Target.Ordinal).Distinct().Count()))
            .OrderByDescending(s => s.Paragraphs).ThenBy(s => s.Article)
            .Take(TopCount).ToList();
        var topOutlets = traced.Where(l => OutletOf(l.Source!.Value.Ordinal) != OutletOf(l.Target.Ordinal))
            .GroupBy(l => OutletOf(l.Source!.Value.Ordinal), StringComparer.Ordinal)
            .Select(g => new SourceOutletUse(g.Key, g.Count(), g.Select(l => OutletOf(l.Target.Ordinal)).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(s => s.Paragraphs).ThenBy(s => s.Outlet, StringComparer.Ordinal)
            .Take(TopCount).ToList();
        var outlets = links.GroupBy(l => OutletOf(l.Target.Ordinal), StringComparer.Ordinal)
            .Select(g => new OutletShare(g.Key,
                g.Count(l => l.Status == ParagraphStatus.Copied),
                g.Count(l => l.Status == ParagraphStatus.Partial),
                g.Count(l => l.Status == ParagraphStatus.Original)))
            .OrderByDescending(o => o.Total).ThenBy(o => o.Outlet, StringComparer.Ordinal)
            .Take(ChartOutlets).ToList();

        return new ReportOverview(
            articles.Count,
            links.Length,
            links.Count(l => l.Status == ParagraphStatus.Copied),
            links.Count(l => l.Status == ParagraphStatus.Partial),
            topSources, topOutlets, outlets,
            ReuseClusters.Largest(articles.Count, traced, TopCount));
    }
}
