using CsvHelper;

namespace Provenance.Output;

/// <summary>One row of the provenance CSV: a body paragraph and where its text comes from.</summary>
[CsvRecord]
public sealed partial class ProvenanceRow
{
    [CsvColumn("article_id")] public string ArticleId { get; set; } = "";
    [CsvColumn("outlet")] public string Outlet { get; set; } = "";
    [CsvColumn("published")] public string Published { get; set; } = "";
    [CsvColumn("paragraph")] public int Paragraph { get; set; }
    [CsvColumn("status")] public string Status { get; set; } = "";
    [CsvColumn("source_article_id")] public string SourceArticleId { get; set; } = "";
    [CsvColumn("source_paragraph")] public int? SourceParagraph { get; set; }
    [CsvColumn("source_published")] public string SourcePublished { get; set; } = "";
    [CsvColumn("source_outlet")] public string SourceOutlet { get; set; } = "";
    [CsvColumn("direction_basis")] public string DirectionBasis { get; set; } = "";
    [CsvColumn("similarity")] public string Similarity { get; set; } = "";
    [CsvColumn("wire_probability")] public string WireProbability { get; set; } = "";
    [CsvColumn("text")] public string Text { get; set; } = "";
}
