using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Provenance.Training.Synthesis;

/// <summary>
/// Writes a <see cref="SyntheticCorpus"/>: the articles as JSONL, the truth as CSV. Lines end with "\n";
/// give the writers <see cref="Encoding"/> for UTF-8 without a byte order mark.
/// </summary>
public static class SyntheticCorpusJsonl
{
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    private const string TruthHeader = "article_id,paragraph,label,source_article_id,source_paragraph,edits";

    // Relaxed escaping keeps curly quotes and other non-ASCII text readable instead of \uXXXX.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One object per line: id, outlet, published (ISO 8601 with offset, or null), title, text.</summary>
    public static void WriteArticles(IEnumerable<SyntheticArticle> articles, TextWriter writer)
    {
        var buffer = new MemoryStream();
        foreach (var article in articles)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
                WriteArticle(article, json);
            writer.Write(Encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            writer.Write('\n');
        }
    }

    /// <summary>CSV with header <c>article_id,paragraph,label,source_article_id,source_paragraph,edits</c>.</summary>
    public static void WriteTruth(IEnumerable<ParagraphTruth> truth, TextWriter writer)
    {
        writer.Write(TruthHeader);
        writer.Write('\n');
        foreach (var row in truth)
        {
            string?[] fields =
            [
                row.ArticleId,
                row.Paragraph.ToString(CultureInfo.InvariantCulture),
                row.Label,
                row.SourceArticleId,
                row.SourceParagraph?.ToString(CultureInfo.InvariantCulture),
                row.Edits,
            ];
            writer.Write(string.Join(',', fields.Select(QuoteCsvField)));
            writer.Write('\n');
        }
    }

    private static void WriteArticle(SyntheticArticle article, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("outlet", article.Outlet);
        if (article.Published is { } published)
            json.WriteString("published", published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        else
            json.WriteNull("published");
        json.WriteString("title", article.Title);
        json.WriteString("text", string.Join("\n\n", article.Paragraphs));
        json.WriteEndObject();
    }

    /// <summary>RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes.</summary>
    private static string QuoteCsvField(string? field) =>
        field is null ? ""
        : field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field
        : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
