using CsvHelper;

namespace Provenance.Evaluation;

/// <summary>Reads <c>truth.csv</c> (from <c>synth</c>) and the tool's output CSV with CsvHelper.</summary>
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

    public static List<PredictedRow> ReadOutput(string path)
    {
        var rows = new List<PredictedRow>();
        using var reader = CsvReader.FromFile(path);
        while (reader.Read())
        {
            rows.Add(new PredictedRow(
                new ParagraphKey(reader.GetString("article_id")!, int.Parse(reader.GetString("paragraph")!)),
                reader.GetString("published") ?? "",
                reader.GetString("status")!,
                Key(reader.GetString("source_article_id"), reader.GetString("source_paragraph"))));
        }
        return rows;
    }

    private static ParagraphKey? Key(string? article, string? paragraph) =>
        string.IsNullOrEmpty(article) || string.IsNullOrEmpty(paragraph) ? null : new ParagraphKey(article, int.Parse(paragraph));
}
