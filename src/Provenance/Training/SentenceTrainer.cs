using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Provenance.Scoring;

namespace Provenance.Training;

/// <summary>
/// Trains and measures the sentence-level decision (MSRP): a choice of learner on sentence-pair
/// features, k-fold cross-validation on the training rows to choose it, and one report on a test split.
/// Seeded and single-threaded, so the same rows give the same figures.
/// </summary>
public static class SentenceTrainer
{
    public enum Learner { FastTree, Gam, Logistic }

    /// <summary>A learner and its settings (the trees' for FastTree; iterations and learning rate for GAM; L2 for logistic regression).</summary>
    public sealed record Options(Learner Learner, WireCopyTrainer.Settings Trees, double L2 = 1.0)
    {
        public static readonly Options Default = new(Learner.FastTree, WireCopyTrainer.Settings.Sentences);
    }

    /// <summary>Mean and standard deviation of the folds' accuracy, and the pooled out-of-fold AUC.</summary>
    public sealed record CrossValidation(int Folds, double MeanAccuracy, double AccuracyDeviation, double Auc);

    public static (ITransformer Model, DataViewSchema Schema, TrainingReport Report) Train(
        IReadOnlyList<FeatureRow> train, IReadOnlyList<FeatureRow> test, int seed, string[] featureNames, Options options)
    {
        var context = new MLContext(seed);
        var schema = FeatureRow.Schema(featureNames.Length);
        var trainSet = context.Data.LoadFromEnumerable(train, schema);
        var testSet = context.Data.LoadFromEnumerable(test, schema);
        var model = Estimator(context, options, seed).Fit(trainSet);
        var predictions = model.Transform(testSet);
        var metrics = context.BinaryClassification.Evaluate(predictions, nameof(FeatureRow.Label));
        var report = new TrainingReport(
            train.Count, test.Count, test.Count(r => r.Label),
            metrics.AreaUnderRocCurve, metrics.F1Score, metrics.PositivePrecision, metrics.PositiveRecall, metrics.Accuracy, metrics.LogLoss,
            WireCopyTrainer.Calibrate(predictions), Gains(model, featureNames));
        return (model, trainSet.Schema, report);
    }

    /// <summary>
    /// K-fold cross-validation over the rows (shuffled by the seed; rows sharing a <paramref name="groups"/>
    /// value, as a pair in both orders, stay in one fold): accuracy at probability 0.5 on each held-out fold.
    /// </summary>
    public static CrossValidation CrossValidate(IReadOnlyList<FeatureRow> rows, IReadOnlyList<int> groups, int folds, int seed, Options options)
    {
        var size = rows[0].Features.Length;
        var distinct = groups.Distinct().ToArray();
        new Random(seed).Shuffle(distinct);
        var foldOf = distinct.Select((g, i) => (g, i % folds)).ToDictionary(p => p.g, p => p.Item2);
        var accuracies = new List<double>();
        var scored = new List<(float Probability, bool Label)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var context = new MLContext(seed);
            var schema = FeatureRow.Schema(size);
            var train = rows.Where((_, i) => foldOf[groups[i]] != fold).ToList();
            // Held out: each group once (its first row), so a swapped copy is not scored twice.
            var heldOut = rows.Where((_, i) => foldOf[groups[i]] == fold && (i == 0 || groups[i - 1] != groups[i])).ToList();
            var model = Estimator(context, options, seed).Fit(context.Data.LoadFromEnumerable(train, schema));
            var probabilities = model.Transform(context.Data.LoadFromEnumerable(heldOut, schema)).GetColumn<float>("Probability").ToArray();
            accuracies.Add(heldOut.Where((r, i) => probabilities[i] >= 0.5f == r.Label).Count() / (double)heldOut.Count);
            scored.AddRange(heldOut.Select((r, i) => (probabilities[i], r.Label)));
        }
        var mean = accuracies.Average();
        var deviation = Math.Sqrt(accuracies.Sum(a => (a - mean) * (a - mean)) / Math.Max(1, folds - 1));
        return new CrossValidation(folds, mean, deviation, Auc(scored));
    }

    /// <summary>Area under the ROC curve: the chance a random positive outscores a random negative (ties count half).</summary>
    internal static double Auc(IReadOnlyList<(float Score, bool Label)> scored)
    {
        var ordered = scored.OrderBy(s => s.Score).ToArray();
        double rankSum = 0;
        for (var i = 0; i < ordered.Length;)
        {
            var j = i;
            while (j < ordered.Length && ordered[j].Score == ordered[i].Score) j++;
            var rank = (i + j + 1) / 2.0; // mean of ranks i+1..j
            rankSum += rank * ordered[i..j].Count(s => s.Label);
            i = j;
        }
        double positives = ordered.Count(s => s.Label), negatives = ordered.Length - positives;
        return positives == 0 || negatives == 0 ? 0.5 : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    private static IEstimator<ITransformer> Estimator(MLContext context, Options options, int seed)
    {
        const string label = nameof(FeatureRow.Label), features = nameof(FeatureRow.Features);
        return options.Learner switch
        {
            Learner.FastTree => context.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = features,
                NumberOfTrees = options.Trees.Trees,
                NumberOfLeaves = options.Trees.Leaves,
                MinimumExampleCountPerLeaf = options.Trees.MinExamplesPerLeaf,
                LearningRate = options.Trees.LearningRate,
                NumberOfThreads = 1,
                Seed = seed,
            }),
            Learner.Gam => context.BinaryClassification.Trainers.Gam(new GamBinaryTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = features,
                NumberOfIterations = options.Trees.Trees,
                LearningRate = options.Trees.LearningRate,
                MinimumExampleCountPerLeaf = options.Trees.MinExamplesPerLeaf,
                NumberOfThreads = 1,
                Seed = seed,
            }),
            Learner.Logistic => context.Transforms.NormalizeMeanVariance(features)
                .Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
                {
                    LabelColumnName = label,
                    FeatureColumnName = features,
                    L2Regularization = (float)options.L2,
                    NumberOfThreads = 1,
                })),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
    }

    private static ImmutableArray<(string, double)> Gains(ITransformer model, string[] featureNames)
    {
        if (model is not BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> trees) return [];
        var gains = new VBuffer<float>();
        trees.Model.SubModel.GetFeatureWeights(ref gains);
        return TrainingReport.NamedGains(featureNames, gains.DenseValues().ToArray());
    }
}
