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

    /// <summary>The boosted-trees settings; the sentence model (MSRP, <see cref="SentenceTrainer"/>) has its own, chosen by cross-validation.</summary>
    public sealed record Settings(int Trees = 200, int Leaves = 16, int MinExamplesPerLeaf = 20, double LearningRate = 0.1)
    {
        public static readonly Settings Paragraphs = new();
        public static readonly Settings Sentences = new(Trees: 300, Leaves: 16, MinExamplesPerLeaf: 80, LearningRate: 0.02);
    }
    private const int CalibrationBins = 10;

    public static (ITransformer Model, DataViewSchema Schema, TrainingReport Report) Train(IReadOnlyList<FeatureRow> rows, int seed) =>
        Train(rows, seed, PairFeatures.Names);

    /// <summary>Trains on a random 80% of the rows and reports on the other 20%.</summary>
    public static (ITransformer Model, DataViewSchema Schema, TrainingReport Report) Train(IReadOnlyList<FeatureRow> rows, int seed, string[] featureNames)
    {
        var context = new MLContext(seed);
        var data = context.Data.LoadFromEnumerable(rows, FeatureRow.Schema(featureNames.Length));
        var split = context.Data.TrainTestSplit(data, HeldOutFraction, seed: seed);
        return Fit(context, split.TrainSet, split.TestSet, seed, featureNames, Settings.Paragraphs);
    }

    private static (ITransformer Model, DataViewSchema Schema, TrainingReport Report) Fit(
        MLContext context, IDataView trainSet, IDataView testSet, int seed, string[] featureNames, Settings settings)
    {
        var trainer = context.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinExamplesPerLeaf,
            LearningRate = settings.LearningRate,
            NumberOfThreads = 1,
            Seed = seed,
        });
        var model = trainer.Fit(trainSet);
        var predictions = model.Transform(testSet);
        var metrics = context.BinaryClassification.Evaluate(predictions, nameof(FeatureRow.Label));

        var gains = new VBuffer<float>();
        model.Model.SubModel.GetFeatureWeights(ref gains);
        var report = new TrainingReport(
            Count(trainSet), Count(testSet), testSet.GetColumn<bool>(nameof(FeatureRow.Label)).Count(l => l),
            metrics.AreaUnderRocCurve, metrics.F1Score, metrics.PositivePrecision, metrics.PositiveRecall, metrics.Accuracy, metrics.LogLoss,
            Calibrate(predictions), TrainingReport.NamedGains(featureNames, gains.DenseValues().ToArray()));
        return (model, trainSet.Schema, report);
    }

    public static void Save(ITransformer model, DataViewSchema schema, string path, int seed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        new MLContext(seed).Model.Save(model, schema, path);
    }

    private static int Count(IDataView view) => (int)(view.GetRowCount() ?? view.GetColumn<bool>(nameof(FeatureRow.Label)).Count());

    internal static ImmutableArray<CalibrationBin> Calibrate(IDataView predictions)
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
