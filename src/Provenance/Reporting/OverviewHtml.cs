using System.Globalization;
using System.Net;
using System.Text;

namespace Provenance.Reporting;

/// <summary>Renders the overview as static HTML, so the first screen needs no script.</summary>
public static class OverviewHtml
{
    private const int MaxClusterMembers = 30;

    public static string Render(ReportOverview overview, IReadOnlyList<ReportArticle> articles)
    {
        var html = new StringBuilder();
        html.Append("<h2>Overview</h2><dl class=\"totals\">");
        Total(html, "articles", overview.Articles.ToString("N0", CultureInfo.InvariantCulture));
        Total(html, "paragraphs", overview.Paragraphs.ToString("N0", CultureInfo.InvariantCulture));
        Total(html, "copied", Percent(overview.Copied, overview.Paragraphs));
        Total(html, "partly copied", Percent(overview.Partial, overview.Paragraphs));
        Total(html, "original", Percent(overview.Original, overview.Paragraphs));
        html.Append("</dl>");

        html.Append("<div class=\"columns\"><div><h3>Top sources</h3>");
        if (overview.TopSources.Count == 0) html.Append("<p class=\"none\">No paragraph was traced to a source.</p>");
        else
        {
            html.Append("<table id=\"top-sources\"><thead><tr><th>article</th><th>outlet</th><th>published</th><th>paragraphs taken</th><th>by articles</th></tr></thead><tbody>");
            foreach (var source in overview.TopSources)
            {
                var article = articles[source.Article];
                html.Append("<tr><td>").Append(ArticleLink(source.Article, article)).Append("</td><td>").Append(Outlet(article.Outlet))
                    .Append("</td><td>").Append(Encode(article.Published)).Append("</td><td class=\"n\">").Append(source.Paragraphs)
                    .Append("</td><td class=\"n\">").Append(source.Articles).Append("</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append("</div><div><h3>Top source outlets</h3>");
        if (overview.TopSourceOutlets.Count == 0) html.Append("<p class=\"none\">No outlet's text was traced in another outlet.</p>");
        else
        {
            html.Append("<table id=\"top-outlets\"><thead><tr><th>outlet</th><th>paragraphs taken by other outlets</th><th>by outlets</th></tr></thead><tbody>");
            foreach (var outlet in overview.TopSourceOutlets)
                html.Append("<tr><td>").Append(Outlet(outlet.Outlet)).Append("</td><td class=\"n\">").Append(outlet.Paragraphs)
                    .Append("</td><td class=\"n\">").Append(outlet.Outlets).Append("</td></tr>");
            html.Append("</tbody></table>");
        }
        html.Append("</div></div>");

        html.Append("<h3>How much of each outlet's text is copied</h3><div id=\"outlet-chart\" class=\"chart\" role=\"img\" aria-label=\"share of each outlet's paragraphs copied, partly copied and original\">");
        foreach (var outlet in overview.Outlets)
        {
            html.Append("<div class=\"bar-row\"><span class=\"bar-label\">").Append(Outlet(outlet.Outlet)).Append("</span><span class=\"bar\">");
            Segment(html, "copied", outlet.Copied, outlet.Total);
            Segment(html, "partial", outlet.Partial, outlet.Total);
            Segment(html, "original", outlet.Original, outlet.Total);
            html.Append("</span><span class=\"bar-value\">").Append(Percent(outlet.Copied + outlet.Partial, outlet.Total))
                .Append(" of ").Append(outlet.Total).Append("</span></div>");
        }
        html.Append("<p class=\"legend\"><span class=\"copied\"></span>copied <span class=\"partial\"></span>partly copied <span class=\"original\"></span>original</p></div>");

        html.Append("<h3>Largest reuse clusters</h3>");
        if (overview.Clusters.Count == 0) html.Append("<p class=\"none\">No article shares text with another.</p>");
        html.Append("<ol id=\"clusters\">");
        foreach (var cluster in overview.Clusters)
        {
            var outlets = cluster.Members.Select(m => articles[m.Article].Outlet).Distinct(StringComparer.Ordinal).Count();
            html.Append("<li><p>").Append(cluster.Members.Count).Append(" articles, ").Append(outlets).Append(outlets == 1 ? " outlet" : " outlets")
                .Append("</p><table><thead><tr><th>published</th><th>outlet</th><th>article</th><th>traced paragraphs</th></tr></thead><tbody>");
            foreach (var member in cluster.Members.Take(MaxClusterMembers))
            {
                var article = articles[member.Article];
                html.Append("<tr><td>").Append(article.Published.Length == 0 ? "undated" : Encode(article.Published)).Append("</td><td>")
                    .Append(Outlet(article.Outlet)).Append("</td><td>").Append(ArticleLink(member.Article, article))
                    .Append("</td><td class=\"n\">").Append(member.TracedParagraphs).Append(" of ").Append(article.Paragraphs.Count).Append("</td></tr>");
            }
            if (cluster.Members.Count > MaxClusterMembers)
                html.Append("<tr><td colspan=\"4\">and ").Append(cluster.Members.Count - MaxClusterMembers).Append(" more</td></tr>");
            html.Append("</tbody></table></li>");
        }
        html.Append("</ol>");
        return html.ToString();
    }

    private static void Total(StringBuilder html, string name, string value) =>
        html.Append("<div><dt>").Append(name).Append("</dt><dd>").Append(value).Append("</dd></div>");

    private static void Segment(StringBuilder html, string status, int count, int total)
    {
        if (count == 0) return;
        var width = (100.0 * count / total).ToString("0.##", CultureInfo.InvariantCulture);
        html.Append("<span class=\"").Append(status).Append("\" style=\"width:").Append(width).Append("%\" title=\"")
            .Append(count).Append(' ').Append(status).Append("\"></span>");
    }

    private static string ArticleLink(int ordinal, ReportArticle article) =>
        $"<a href=\"#article={ordinal}\">{Encode(article.Id)}</a>";

    private static string Outlet(string outlet) => outlet.Length == 0 ? "<i>no outlet</i>" : Encode(outlet);

    private static string Percent(int part, int whole) =>
        whole == 0 ? "0%" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
