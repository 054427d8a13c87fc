using System.Text.Json.Serialization;

namespace Provenance.Reporting;

// The data the report's script renders from, embedded in the page as JSON. Keys are short because
// a corpus of 10,000 articles repeats them hundreds of thousands of times.

/// <summary>An article: id, outlet, published (ISO 8601 or empty), title, body paragraphs.</summary>
public sealed record ReportArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("o")] string Outlet,
    [property: JsonPropertyName("d")] string Published,
    [property: JsonPropertyName("t")] string? Title,
    [property: JsonPropertyName("p")] IReadOnlyList<ReportParagraph> Paragraphs);

/// <summary>
/// A body paragraph: text, status ("original", "copied", "partial"), probability, similarity and,
/// when traced, the source article (index into the articles), its main paragraph (0-based), the
/// source paragraphs compared, the copy's added words as [start, length, ...] character ranges of
/// this paragraph, and the edits named as [kind, detail] pairs.
/// </summary>
public sealed record ReportParagraph(
    [property: JsonPropertyName("x")] string Text,
    [property: JsonPropertyName("s")] string Status,
    [property: JsonPropertyName("r")] double Probability,
    [property: JsonPropertyName("m")] double Similarity,
    [property: JsonPropertyName("src")] int? Source = null,
    [property: JsonPropertyName("sp")] int? SourceParagraph = null,
    [property: JsonPropertyName("from")] IReadOnlyList<ReportSourceParagraph>? From = null,
    [property: JsonPropertyName("add")] IReadOnlyList<int>? Added = null,
    [property: JsonPropertyName("e")] IReadOnlyList<string[]>? Edits = null);

/// <summary>A source paragraph (0-based) compared with a copy, and its words the copy lacks as [start, length, ...] ranges.</summary>
public sealed record ReportSourceParagraph(
    [property: JsonPropertyName("p")] int Paragraph,
    [property: JsonPropertyName("cut")] IReadOnlyList<int> Removed);
