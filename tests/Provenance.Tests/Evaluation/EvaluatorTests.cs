using Provenance.Evaluation;

namespace Provenance.Tests.Evaluation;

public class EvaluatorTests
{
    private static TruthRow Truth(string id, int p, string label, string? source = null, int sp = 0, string edits = "") =>
        new(new ParagraphKey(id, p), label, source is null ? null : new ParagraphKey(source, sp), edits.Split(';', StringSplitOptions.RemoveEmptyEntries));

    private static PredictedRow Out(string id, int p, string status, string published, string? source = null, int sp = 0) =>
        new(new ParagraphKey(id, p), published, status, source is null ? null : new ParagraphKey(source, sp));

    [Fact]
    public void Counts_precision_recall_source_accuracy_and_recall_per_edit()
    {
        TruthRow[] truth =
        [
            Truth("wire", 1, "original"),
            Truth("wire", 2, "original"),
            Truth("copy", 1, "copied", "wire", 1, "verbatim"),
            Truth("copy", 2, "copied", "wire", 2, "reword"),
            Truth("copy2", 1, "copied", "wire", 1, "chain;honorifics"),
            Truth("other", 1, "original", edits: "shared_quote"),
        ];
        PredictedRow[] output =
        [
            Out("wire", 1, "original", "2023-01-01"),
            Out("wire", 2, "original", "2023-01-01"),
            Out("copy", 1, "copied", "2023-01-02", "wire", 1),
            Out("copy", 2, "original", "2023-01-02"),
            Out("copy2", 1, "copied", "2023-01-03", "copy", 1), // a copy of the same story, but later than the true source
            Out("other", 1, "copied", "2023-01-04", "wire", 1),
        ];

        var report = Evaluator.Evaluate(truth, output);

        Assert.Equal(new Confusion(2, 1, 1, 2), report.Overall);
        Assert.Equal(2.0 / 3, report.Overall.Precision, 6);
        Assert.Equal(2.0 / 3, report.Overall.Recall, 6);
        Assert.Equal(0, report.Reworded.Found);
        Assert.Equal(1, report.Reworded.Copies);
        Assert.Equal(1, report.SourcesCorrect);
        Assert.Equal(2, report.SourcesNamed);
        Assert.Equal(2, report.StatusAgreed);
        Assert.Contains(report.PerEdit, e => e is { Edit: "honorifics", Copies: 1, Found: 1 });
        Assert.Contains("source accuracy      0.5000", report.ToString());
    }

    [Fact]
    public void A_paragraph_missing_from_the_output_is_counted_not_scored()
    {
        var report = Evaluator.Evaluate([Truth("a", 1, "original"), Truth("a", 2, "original")], [Out("a", 1, "original", "")]);
        Assert.Equal(1, report.Missing);
        Assert.Equal(1, report.Overall.TrueNegatives);
    }
}
