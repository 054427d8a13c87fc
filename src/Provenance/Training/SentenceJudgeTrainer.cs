using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Scoring;

namespace Provenance.Training;

/// <summary>
/// Trains the sentence decision of <see cref="SentenceJudge"/> on labelled sentence pairs
/// (<see cref="SentencePairSet"/>, and MSRP's training split when given), with the learner and settings
/// chosen on MSRP (<see cref="SentenceTrainer.Options.Default"/>). A fifth of the project's own pairs,
/// drawn by target article, is held out and reported on, beside the coverage rule's accuracy on the
/// same pairs; an MSRP test split, when given, is scored once.
/// </summary>
public static class SentenceJudgeTrainer
{
    private const int HeldOutOneIn = 5;

    public sealed record Result(ITransformer Model, DataViewSchema Schema, string Report);

    public static Result Train(IReadOnlyList<SentencePairSet.Row> pairs, IReadOnlyList<FeatureRow> msrpTrain, IReadOnlyList<FeatureRow> msrpTest, int seed)
    {
        var heldOut = pairs.Where(IsHeldOut).ToList();
        var train = pairs.Where(p => !IsHeldOut(p)).Select(p => p.Features).Concat(msrpTrain).ToList();
        var names = SentencePairFeatures.Names;
        var (model, schema, report) = SentenceTrainer.Train(train, [.. heldOut.Select(p => p.Features)], seed, names, SentenceTrainer.Options.Default);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"training rows: {train.Count} ({msrpTrain.Count} from MSRP); held out: {heldOut.Count} of the project's pairs");
        text.Append(report);
        var probabilities = Probabilities(model, [.. heldOut.Select(p => p.Features)], seed);
        var aligned = new AlignmentOptions().MinCoverage;
        foreach (var (low, high) in new[] { (aligned, SentencePairSet.BandTop), (aligned, SentenceJudge.DefaultGrayZoneTop), (SentenceJudge.DefaultGrayZoneTop, SentencePairSet.BandTop) })
        {
            var inZone = Enumerable.Range(0, heldOut.Count).Where(i => heldOut[i].Coverage >= low && heldOut[i].Coverage < high).ToArray();
            if (inZone.Length == 0) continue;
            var rule = inZone.Count(i => heldOut[i].Coverage >= SentenceJudge.DefaultGrayZoneTop == heldOut[i].Features.Label) / (double)inZone.Length;
            var trained = inZone.Count(i => probabilities[i] >= SentenceJudge.TakenProbability == heldOut[i].Features.Label) / (double)inZone.Length;
            text.AppendLine(inv, $"held out, coverage {low:0.00}-{high:0.00}: {inZone.Length} pairs ({inZone.Count(i => heldOut[i].Features.Label)} taken); accuracy: coverage rule {rule:0.0000}, model {trained:0.0000}");
        }
        if (msrpTest.Count > 0)
        {
            var msrp = Probabilities(model, msrpTest, seed);
            var accuracy = msrpTest.Where((r, i) => msrp[i] >= SentenceJudge.TakenProbability == r.Label).Count() / (double)msrpTest.Count;
            var auc = SentenceTrainer.Auc([.. msrpTest.Select((r, i) => (msrp[i], r.Label))]);
            text.AppendLine(inv, $"MSRP test split: {msrpTest.Count} pairs, accuracy {accuracy:0.0000}, AUC {auc:0.0000}");
        }
        return new Result(model, schema, text.ToString());
    }

    /// <summary>A fifth of the articles, by a stable hash of the id: the same split on every run.</summary>
    private static bool IsHeldOut(SentencePairSet.Row row) => StableHash.Of(row.TargetId) % HeldOutOneIn == 0;

    private static float[] Probabilities(ITransformer model, IReadOnlyList<FeatureRow> rows, int seed)
    {
        var context = new MLContext(seed);
        var data = context.Data.LoadFromEnumerable(rows, FeatureRow.Schema(SentencePairFeatures.Names.Length));
        return [.. model.Transform(data).GetColumn<float>("Probability")];
    }
}
