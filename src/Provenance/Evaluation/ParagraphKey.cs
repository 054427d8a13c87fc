namespace Provenance.Evaluation;

/// <summary>An article's paragraph by id and 1-based number, as the CSV files name it.</summary>
public readonly record struct ParagraphKey(string ArticleId, int Paragraph);
