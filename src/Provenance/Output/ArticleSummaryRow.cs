using CsvHelper;

namespace Provenance.Output;

/// <summary>One row of the article summary: how much of an article is copied, and from where.</summary>
[CsvRecord]
public sealed partial class ArticleSummaryRow
{
    [CsvColumn("article_id")] public string ArticleId { get; set; } = "";
    [CsvColumn("outlet")] public string Outlet { get; set; } = "";
    [CsvColumn("published")] public string Published { get; set; } = "";
    [CsvColumn("paragraphs")] public int Paragraphs { get; set; }
    [CsvColumn("words")] public int Words { get; set; }
    [CsvColumn("copied_share")] public string CopiedShare { get; set; } = "";
    [CsvColumn("primary_source_article_id")] public string PrimarySourceArticleId { get; set; } = "";
    [CsvColumn("primary_source_outlet")] public string PrimarySourceOutlet { get; set; } = "";
    [CsvColumn("primary_source_is_wire")] public string PrimarySourceIsWire { get; set; } = "";
    [CsvColumn("distinct_sources")] public int DistinctSources { get; set; }
    [CsvColumn("earliest_related")] public string EarliestRelated { get; set; } = "";
    [CsvColumn("latest_related")] public string LatestRelated { get; set; } = "";
}
