namespace Provenance.Evaluation;

/// <summary>What the tool said of one paragraph (a row of its CSV output), as evaluation reads it back.</summary>
public sealed record PredictedRow(ParagraphKey Paragraph, string Published, string Status, ParagraphKey? Source)
{
    public bool IsCopy => Status is "copied" or "partial";
}
