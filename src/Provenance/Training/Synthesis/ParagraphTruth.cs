namespace Provenance.Training.Synthesis;

/// <summary>
/// Ground truth for one output paragraph. <see cref="SourceArticleId"/> and <see cref="SourceParagraph"/>
/// name the earliest source, even through copy chains; <see cref="Paragraph"/> and
/// <see cref="SourceParagraph"/> are 1-based.
/// </summary>
public sealed record ParagraphTruth(
    string ArticleId,
    int Paragraph,
    string Label,
    string? SourceArticleId,
    int? SourceParagraph,
    string Edits);
