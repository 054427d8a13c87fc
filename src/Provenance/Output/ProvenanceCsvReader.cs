using CsvHelper;

namespace Provenance.Output;

/// <summary>Reads back a provenance CSV written by <see cref="CsvTableWriter"/> (by column name, BOM or not).</summary>
public static class ProvenanceCsvReader
{
    public static List<ProvenanceRow> Read(string path)
    {
        var rows = new List<ProvenanceRow>();
        using var reader = CsvReader.FromFile(path);
        while (reader.Read())
        {
            rows.Add(new ProvenanceRow
            {
                ArticleId = reader.GetString("article_id") ?? "",
                Outlet = reader.GetString("outlet") ?? "",
                Published = reader.GetString("published") ?? "",
                Paragraph = int.Parse(reader.GetString("paragraph") ?? "0"),
                Status = reader.GetString("status") ?? "",
                SourceArticleId = reader.GetString("source_article_id") ?? "",
                SourceParagraph = int.TryParse(reader.GetString("source_paragraph"), out var source) ? source : null,
                SourcePublished = reader.GetString("source_published") ?? "",
                SourceOutlet = reader.GetString("source_outlet") ?? "",
                Similarity = reader.GetString("similarity") ?? "",
                WireProbability = reader.GetString("wire_probability") ?? "",
                Text = reader.GetString("text") ?? "",
            });
        }
        return rows;
    }
}
