using CsvHelper;
using Provenance.Output;

namespace Provenance.Evaluation;

/// <summary>Reads <c>truth.csv</c> (from <c>synth</c>) with CsvHelper, and the tool's output CSV through <see cref="ProvenanceCsvReader"/>.</summary>
public static class EvaluationFiles
{
    public static List<TruthRow> ReadTruth(string path)
    {
        var rows = new List<TruthRow>();
        using var reader = CsvReader.FromFile(path);
        while (reader.Read())
        {
            var edits = reader.GetString("edits") ?? "";
            rows.Add(new TruthRow(
                new ParagraphKey(reader.GetString("article_id")!, int.Parse(reader.GetString("paragraph")!)),
                reader.GetString("label")!,
                Key(reader.GetString("source_article_id"), reader.GetString("source_paragraph")),
                edits.Split(';', StringSplitOptions.RemoveEmptyEntries)));
        }
        return rows;
    }

    public static List<PredictedRow> ReadOutput(string path) =>
        [.. ProvenanceCsvReader.Read(path).Select(row => new PredictedRow(
            new ParagraphKey(row.ArticleId, row.Paragraph),
            row.Published,
            row.Status,
            row.SourceParagraph is { } paragraph && row.SourceArticleId.Length > 0 ? new ParagraphKey(row.SourceArticleId, paragraph) : null))];

    private static ParagraphKey? Key(string? article, string? paragraph) =>
        string.IsNullOrEmpty(article) || string.IsNullOrEmpty(paragraph) ? null : new ParagraphKey(article, int.Parse(paragraph));
}
