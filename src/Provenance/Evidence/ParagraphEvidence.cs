using System.Collections.Immutable;
using Provenance.Alignment;
using Provenance.Pipeline;

namespace Provenance.Evidence;

/// <summary>
/// Why a paragraph is said to come from a source: the source paragraphs it draws on (0-based, in
/// order), the word comparison of their text with the paragraph's, the edits named, and the
/// alignment the classifier scored.
/// </summary>
public sealed record ParagraphEvidence(
    AnalyzedArticle Target,
    int Paragraph,
    AnalyzedArticle Source,
    ImmutableArray<int> SourceParagraphs,
    WordComparison Comparison,
    IReadOnlyList<NamedEdit> Edits,
    ParagraphAlignment Alignment)
{
    public string TargetText => Target.Article.Body.ToString(Target.Paragraphs[Paragraph].Paragraph.Span);

    public string SourceText(int sourceParagraph) => Source.Article.Body.ToString(Source.Paragraphs[sourceParagraph].Paragraph.Span);
}
