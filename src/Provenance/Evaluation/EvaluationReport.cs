using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Provenance.Evaluation;

/// <summary>Counts of a binary decision, with precision, recall and F1.</summary>
public sealed record Confusion(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    internal static double Ratio(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;
}

/// <summary>Recall of the copies that had one kind of edit.</summary>
public sealed record EditRecall(string Edit, int Copies, int Found)
{
    public double Recall => Confusion.Ratio(Found, Copies);
}

/// <summary>
/// Paragraph-level figures for copied-or-partial against original: overall, for copies with only light
/// edits (precision counts the originals too), for copies with a reworded sentence; source accuracy; and
/// recall per edit kind.
/// </summary>
public sealed record EvaluationReport(
    int Paragraphs,
    int Missing,
    Confusion Overall,
    Confusion LightEdits,
    EditRecall Reworded,
    int SourcesNamed,
    int SourcesCorrect,
    int StatusAgreed,
    ImmutableArray<EditRecall> PerEdit)
{
    public double SourceAccuracy => Confusion.Ratio(SourcesCorrect, SourcesNamed);

    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"paragraphs: {Paragraphs} in truth, {Missing} missing from the output");
        Line(text, "copied or partial", Overall);
        Line(text, "light edits only", LightEdits);
        text.AppendLine(inv, $"{"reworded sentence",-20} recall {Reworded.Recall:0.0000} ({Reworded.Found}/{Reworded.Copies})");
        text.AppendLine(inv, $"{"source accuracy",-20} {SourceAccuracy:0.0000} ({SourcesCorrect}/{SourcesNamed} true copies found with a source)");
        text.AppendLine(inv, $"{"status agreement",-20} {Confusion.Ratio(StatusAgreed, Overall.TruePositives):0.0000} (copied or partial as in the truth, of {Overall.TruePositives} copies found)");
        text.AppendLine("recall per edit kind:");
        foreach (var edit in PerEdit)
            text.AppendLine(inv, $"  {edit.Edit,-20} {edit.Recall:0.0000} ({edit.Found}/{edit.Copies})");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string name, Confusion c) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{name,-20} precision {c.Precision:0.0000}  recall {c.Recall:0.0000}  F1 {c.F1:0.0000}  (tp {c.TruePositives}, fp {c.FalsePositives}, fn {c.FalseNegatives}, tn {c.TrueNegatives})");
}
