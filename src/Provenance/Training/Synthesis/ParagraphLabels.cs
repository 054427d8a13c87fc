namespace Provenance.Training.Synthesis;

public static class ParagraphLabels
{
    public const string Copied = "copied";
    public const string Partial = "partial";
    public const string Original = "original";
}
