using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Provenance.Scoring;

/// <summary>
/// The trained wire-copy classifier (<c>data/models/wirecopy.zip</c>), the only contract between
/// training and prediction. Safe to use from several threads. A FastTree model is evaluated directly
/// (<see cref="BoostedTrees"/>, same probabilities); otherwise, or for a vector with a missing value,
/// each thread gets its own prediction engine.
/// </summary>
public sealed class WireCopyModel : IDisposable
{
    private readonly BoostedTrees? _trees;
    private readonly ThreadLocal<PredictionEngine<FeatureRow, WireCopyPrediction>> _engines;

    private WireCopyModel(MLContext context, ITransformer model, int featureCount)
    {
        _trees = BoostedTrees.TryCreate(model);
        var schema = FeatureRow.Schema(featureCount);
        _engines = new ThreadLocal<PredictionEngine<FeatureRow, WireCopyPrediction>>(
            () => context.Model.CreatePredictionEngine<FeatureRow, WireCopyPrediction>(model, inputSchemaDefinition: schema), trackAllValues: true);
    }

    public static WireCopyModel Load(string path) => Load(path, PairFeatures.Count);

    public static WireCopyModel Load(string path, int featureCount)
    {
        var context = new MLContext(seed: 1);
        context.ComponentCatalog.RegisterAssembly(typeof(FastTreeBinaryModelParameters).Assembly);
        var model = context.Model.Load(path, out _);
        return new WireCopyModel(context, model, featureCount);
    }

    public float Probability(float[] features)
    {
        var probability = _trees?.Probability(features) ?? EngineProbability(features);
        return float.IsNaN(probability) ? 0 : Math.Clamp(probability, 0, 1);
    }

    /// <summary>The prediction engine's probability, whatever the model (the reference <see cref="BoostedTrees"/> is tested against).</summary>
    internal float EngineProbability(float[] features)
    {
        var prediction = _engines.Value!.Predict(new FeatureRow { Features = features });
        return prediction.Probability;
    }

    internal bool IsEvaluatedDirectly => _trees is not null;

    public void Dispose()
    {
        foreach (var engine in _engines.Values) engine.Dispose();
        _engines.Dispose();
    }
}
