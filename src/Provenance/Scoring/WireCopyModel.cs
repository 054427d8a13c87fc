using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Provenance.Scoring;

/// <summary>
/// The trained wire-copy classifier (<c>data/models/wirecopy.zip</c>), the only contract between
/// training and prediction. Safe to use from several threads. A calibrated FastTree model, as training
/// writes, is read from its file and evaluated directly (<see cref="FastTreeModelFile"/>,
/// <see cref="BoostedTrees"/>: same probabilities, without loading ML.NET); any other model is loaded by
/// ML.NET and each thread gets its own prediction engine.
/// </summary>
public sealed class WireCopyModel : IDisposable
{
    private readonly BoostedTrees? _trees;
    private readonly ThreadLocal<PredictionEngine<FeatureRow, WireCopyPrediction>>? _engines;

    private WireCopyModel(BoostedTrees trees) => _trees = trees;

    private WireCopyModel(MLContext context, ITransformer model, int featureCount)
    {
        var schema = FeatureRow.Schema(featureCount);
        _engines = new ThreadLocal<PredictionEngine<FeatureRow, WireCopyPrediction>>(
            () => context.Model.CreatePredictionEngine<FeatureRow, WireCopyPrediction>(model, inputSchemaDefinition: schema), trackAllValues: true);
    }

    public static WireCopyModel Load(string path) => Load(path, PairFeatures.Count);

    public static WireCopyModel Load(string path, int featureCount) =>
        FastTreeModelFile.TryRead(path, featureCount) is { } trees ? new WireCopyModel(trees) : LoadWithEngine(path, featureCount);

    /// <summary>The model as ML.NET loads it, predicting with its engine whatever the model (the reference the direct evaluation is tested against).</summary>
    internal static WireCopyModel LoadWithEngine(string path, int featureCount)
    {
        var context = new MLContext(seed: 1);
        context.ComponentCatalog.RegisterAssembly(typeof(FastTreeBinaryModelParameters).Assembly);
        var model = context.Model.Load(path, out _);
        return new WireCopyModel(context, model, featureCount);
    }

    public float Probability(float[] features)
    {
        var probability = _trees?.Probability(features) ?? _engines!.Value!.Predict(new FeatureRow { Features = features }).Probability;
        return float.IsNaN(probability) ? 0 : Math.Clamp(probability, 0, 1);
    }

    internal bool IsEvaluatedDirectly => _trees is not null;

    public void Dispose()
    {
        if (_engines is null) return;
        foreach (var engine in _engines.Values) engine.Dispose();
        _engines.Dispose();
    }
}
