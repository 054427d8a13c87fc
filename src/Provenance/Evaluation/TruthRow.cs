namespace Provenance.Evaluation;

/// <summary>One row of <c>truth.csv</c>: the true label of a paragraph, its true earliest source and the edits applied.</summary>
public sealed record TruthRow(ParagraphKey Paragraph, string Label, ParagraphKey? Source, IReadOnlyList<string> Edits)
{
    public bool IsCopy => Label is "copied" or "partial";
}
