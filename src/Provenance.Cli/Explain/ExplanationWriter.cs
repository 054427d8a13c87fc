using System.Globalization;
using Provenance.Evidence;
using Provenance.Output;
using Provenance.Scoring;

namespace Provenance.Cli.Explain;

/// <summary>Writes an explanation for a person at a terminal: the row, the two texts side by side, the edits, the features.</summary>
public sealed class ExplanationWriter(TextWriter output, int width, bool color)
{
    public void Header(ProvenanceRow row)
    {
        output.WriteLine($"{row.ArticleId} ¶ {row.Paragraph} ({Describe(row.Outlet, row.Published)}): {row.Status}");
        if (row.SourceArticleId.Length > 0)
            output.WriteLine($"source: {row.SourceArticleId} ¶ {row.SourceParagraph} ({Describe(row.SourceOutlet, row.SourcePublished)})");
        output.WriteLine($"similarity {row.Similarity}, wire_probability {row.WireProbability}");
        output.WriteLine();
    }

    public void Original(ProvenanceRow row, string text)
    {
        output.WriteLine(text);
        output.WriteLine();
        output.WriteLine($"No source in the corpus: the paragraph is original (the closest candidate scored {row.WireProbability}).");
    }

    public void Evidence(ParagraphEvidence evidence)
    {
        var comparison = evidence.Comparison;
        var sourceBlocks = evidence.SourceParagraphs
            .Select(p => (IReadOnlyList<MarkedRun>)MarkedRun.Split(comparison.SourceBody, evidence.Source.Paragraphs[p].Paragraph.Span, comparison.Removed, Mark.SourceOnly))
            .ToList();
        var copyBlock = MarkedRun.Split(comparison.TargetBody, evidence.Target.Paragraphs[evidence.Paragraph].Paragraph.Span, comparison.Added, Mark.CopyOnly);
        var sourceTitle = "SOURCE ¶ " + string.Join(", ", evidence.SourceParagraphs.Select(p => p + 1));
        foreach (var line in new SideBySide(width, color).Render(sourceTitle, sourceBlocks, $"THIS ARTICLE ¶ {evidence.Paragraph + 1}", [copyBlock]))
            output.WriteLine(line);
        output.WriteLine();
        output.WriteLine("[-…-] only in the source, {+…+} only in this article");
        output.WriteLine();
        output.WriteLine("Edits:");
        if (evidence.Edits.Count == 0) output.WriteLine("  none: the words are the source's, as written");
        foreach (var edit in evidence.Edits) output.WriteLine($"  {edit}");
        output.WriteLine();
    }

    public void Score(ProvenanceRow row, float probability, IReadOnlyList<FeatureContribution> features)
    {
        output.WriteLine("Features, by how much they moved the score (+ towards copied):");
        var nameWidth = features.Max(f => f.Name.Length);
        foreach (var feature in features)
            output.WriteLine($"  {feature.Name.PadRight(nameWidth)}  {Number(feature.Value),8}  {feature.Contribution.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture),7}");
        output.WriteLine();
        output.WriteLine($"Probability of this pair: {Number(probability)}" +
            (Number(probability) == row.WireProbability ? "" : $" (the CSV's {row.WireProbability} is of the article this one copied directly, which copied the source)"));
    }

    private static string Describe(string outlet, string published) =>
        $"{(outlet.Length == 0 ? "no outlet" : outlet)}, {(published.Length == 0 ? "undated" : published)}";

    private static string Number(float value) => Math.Round(value, 3).ToString("0.000", CultureInfo.InvariantCulture);
}
