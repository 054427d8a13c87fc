using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Provenance.Scoring;

/// <summary>
/// Explains one score of the wire-copy classifier: ML.NET's feature contributions for the boosted
/// trees (how much each feature's value moved the raw score along the trees' paths), with the
/// calibrated probability. Loads its own copy of the model; for the command line, not the pipeline.
/// </summary>
public sealed class ScoreExplainer : IDisposable
{
    private readonly PredictionEngine<FeatureRow, ExplainedPrediction> _engine;

    private ScoreExplainer(PredictionEngine<FeatureRow, ExplainedPrediction> engine) => _engine = engine;

    public static ScoreExplainer Load(string path)
    {
        var context = new MLContext(seed: 1);
        context.ComponentCatalog.RegisterAssembly(typeof(FastTreeBinaryModelParameters).Assembly);
        var model = context.Model.Load(path, out _);
        var schema = FeatureRow.Schema(PairFeatures.Count);
        if (model is not BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> trees)
            throw new InvalidDataException($"{path} is not a calibrated FastTree binary classifier.");
        var contributions = context.Transforms
            .CalculateFeatureContribution(trees, numberOfPositiveContributions: PairFeatures.Count, numberOfNegativeContributions: PairFeatures.Count, normalize: false)
            .Fit(context.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), schema));
        return new ScoreExplainer(context.Model.CreatePredictionEngine<FeatureRow, ExplainedPrediction>(trees.Append(contributions), inputSchemaDefinition: schema));
    }

    /// <summary>The probability, and each feature (name, value, contribution) with the largest contributions first.</summary>
    public (float Probability, IReadOnlyList<FeatureContribution> Features) Explain(float[] features)
    {
        var prediction = _engine.Predict(new FeatureRow { Features = features });
        var contributions = PairFeatures.Names
            .Select((name, i) => new FeatureContribution(name, features[i], prediction.Contributions[i]))
            .OrderByDescending(c => Math.Abs(c.Contribution)).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return (float.IsNaN(prediction.Probability) ? 0 : Math.Clamp(prediction.Probability, 0, 1), contributions);
    }

    public void Dispose() => _engine.Dispose();

    private sealed class ExplainedPrediction
    {
        public float Probability { get; set; }

        [ColumnName("FeatureContributions")]
        public float[] Contributions { get; set; } = [];
    }
}

/// <summary>A feature's value for one pair and how much it moved the classifier's raw score (positive: towards "copied").</summary>
public sealed record FeatureContribution(string Name, float Value, float Contribution);
