using System.Globalization;
using Provenance.Corpus;
using Provenance.Pipeline;
using Provenance.Segmentation;
using Provenance.Tracing;

namespace Provenance.Output;

/// <summary>Builds the CSV row of a paragraph from its resolved link; 1-based numbers, original text.</summary>
public static class RowBuilder
{
    public static ProvenanceRow Build(ParagraphLink link, IReadOnlyList<AnalyzedArticle> articles) =>
        Build(link, articles[link.Target.Ordinal].Segmented, link.Source is { } source ? articles[source.Ordinal].Article : null,
            ordinal => Published(articles[ordinal].Article));

    /// <param name="published">The publication time, as written in the table, of the article of an ordinal.</param>
    public static ProvenanceRow Build(ParagraphLink link, IReadOnlyList<SegmentedArticle> articles, Func<int, string> published) =>
        Build(link, articles[link.Target.Ordinal], link.Source is { } source ? articles[source.Ordinal].Article : null, published);

    /// <summary>The publication time as the table writes it: ISO 8601, empty when undated.</summary>
    public static string Published(Article article) => article.Published?.ToString() ?? "";

    private static ProvenanceRow Build(ParagraphLink link, SegmentedArticle target, Article? sourceArticle, Func<int, string> published)
    {
        var paragraph = target.Paragraphs[link.Target.Paragraph];
        var row = new ProvenanceRow
        {
            ArticleId = target.Article.Id,
            Outlet = target.Article.Outlet,
            Published = published(link.Target.Ordinal),
            Paragraph = paragraph.Index + 1,
            Status = LowerCaseName<ParagraphStatus>.Of(link.Status),
            Similarity = Format(link.Similarity),
            WireProbability = Format(link.Probability),
            Text = target.Article.Body.ToString(paragraph.Span),
        };
        if (link.Source is { } source && sourceArticle is { } article)
        {
            row.SourceArticleId = article.Id;
            row.SourceParagraph = source.Paragraph + 1;
            row.SourcePublished = published(source.Ordinal);
            row.SourceOutlet = article.Outlet;
            row.DirectionBasis = LowerCaseName<DirectionBasis>.Of(link.Basis ?? DirectionBasis.Published);
        }
        return row;
    }

    /// <summary>The lower-case names of an enum's values, made once rather than twice for every row.</summary>
    private static class LowerCaseName<TEnum> where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToDictionary(v => v, v => v.ToString().ToLowerInvariant());

        public static string Of(TEnum value) => Names.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();
    }

    private static string Format(double value) => Math.Round(value, 3).ToString("0.000", CultureInfo.InvariantCulture);
}
