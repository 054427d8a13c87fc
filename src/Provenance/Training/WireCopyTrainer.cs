using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Provenance.Scoring;

namespace Provenance.Training;

/// <summary>
/// Trains the wire-copy classifier: FastTree boosted trees on <see cref="PairFeatures"/>, with a Platt
/// calibrator so its output is a probability. Seeded and single-threaded, so the same rows give the
/// same model.
/// </summary>
public static class WireCopyTrainer
{
    private const double HeldOutFraction = 0.2;
    private const int CalibrationBins = 10;

    public static (ITransformer Model, DataViewSchema Schema, TrainingReport Report) Train(IReadOnlyList<FeatureRow> rows, int seed)
    {
        var context = new MLContext(seed);
        var data = context.Data.LoadFromEnumerable(rows);
        var split = context.Data.TrainTestSplit(data, HeldOutFraction, seed: seed);
        var trainer = context.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            NumberOfTrees = 200,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = seed,
        });
        var model = trainer.Fit(split.TrainSet);
        var predictions = model.Transform(split.TestSet);
        var metrics = context.BinaryClassification.Evaluate(predictions, nameof(FeatureRow.Label));

        var gains = new VBuffer<float>();
        model.Model.SubModel.GetFeatureWeights(ref gains);
        var report = new TrainingReport(
            Count(split.TrainSet), Count(split.TestSet), split.TestSet.GetColumn<bool>(nameof(FeatureRow.Label)).Count(l => l),
            metrics.AreaUnderRocCurve, metrics.F1Score, metrics.PositivePrecision, metrics.PositiveRecall, metrics.Accuracy, metrics.LogLoss,
            Calibrate(context, predictions), TrainingReport.NamedGains(gains.DenseValues().ToArray()));
        return (model, data.Schema, report);
    }

    public static void Save(ITransformer model, DataViewSchema schema, string path, int seed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        new MLContext(seed).Model.Save(model, schema, path);
    }

    private static int Count(IDataView view) => (int)(view.GetRowCount() ?? view.GetColumn<bool>(nameof(FeatureRow.Label)).Count());

    private static ImmutableArray<CalibrationBin> Calibrate(MLContext context, IDataView predictions)
    {
        var labels = predictions.GetColumn<bool>(nameof(FeatureRow.Label)).ToArray();
        var probabilities = predictions.GetColumn<float>("Probability").ToArray();
        return [.. Enumerable.Range(0, CalibrationBins).Select(b =>
        {
            double low = (double)b / CalibrationBins, high = (double)(b + 1) / CalibrationBins;
            var inBin = Enumerable.Range(0, labels.Length)
                .Where(i => probabilities[i] >= low && (probabilities[i] < high || (b == CalibrationBins - 1 && probabilities[i] <= high)))
                .ToArray();
            return new CalibrationBin(low, high, inBin.Length, inBin.Count(i => labels[i]),
                inBin.Length == 0 ? 0 : inBin.Average(i => probabilities[i]));
        })];
    }
}
