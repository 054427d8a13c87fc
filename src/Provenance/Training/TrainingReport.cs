using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Provenance.Training;

/// <summary>What training measured on the held-out split.</summary>
public sealed record TrainingReport(
    int TrainRows,
    int TestRows,
    int TestPositives,
    double Auc,
    double F1,
    double Precision,
    double Recall,
    double Accuracy,
    double LogLoss,
    ImmutableArray<CalibrationBin> Calibration,
    ImmutableArray<(string Feature, double Gain)> FeatureImportance)
{
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"rows: {TrainRows} train, {TestRows} held out ({TestPositives} copies)");
        text.AppendLine(inv, $"AUC {Auc:0.0000}  F1 {F1:0.0000}  precision {Precision:0.0000}  recall {Recall:0.0000}  accuracy {Accuracy:0.0000}  log-loss {LogLoss:0.0000}");
        text.AppendLine("calibration (held out):");
        text.AppendLine("  predicted      n  mean p  observed");
        foreach (var bin in Calibration)
            text.AppendLine(inv, $"  {bin.Low:0.0}-{bin.High:0.0}  {bin.Count,6}  {bin.MeanProbability,6:0.000}  {bin.ObservedRate,8:0.000}");
        if (!FeatureImportance.IsEmpty)
        {
            text.AppendLine("feature gain:");
            foreach (var (feature, gain) in FeatureImportance) text.AppendLine(inv, $"  {feature,-20} {gain:0.000}");
        }
        return text.ToString();
    }

    internal static ImmutableArray<(string, double)> NamedGains(string[] names, IReadOnlyList<float> gains) =>
        [.. gains.Select((g, i) => (names[i], (double)g)).OrderByDescending(p => p.Item2)];
}
