using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;
using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Scoring;

namespace Provenance.Tests.Scoring;

/// <summary>
/// The direct tree walk against ML.NET's prediction engine, bit for bit, on both shipped models: on
/// vectors whose values sit exactly on the split thresholds and just either side of them (where a
/// wrong comparison or a float/double slip would show), and on random vectors.
/// </summary>
public class BoostedTreesTests
{
    public static TheoryData<string, int> Models => new()
    {
        { "wirecopy.zip", PairFeatures.Count },
        { "sentences.zip", SentencePairFeatures.Names.Length },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Probabilities_are_the_engines_to_the_bit(string file, int featureCount)
    {
        var path = Path.Combine(DataDirectory.Find(), "models", file);
        using var model = WireCopyModel.Load(path, featureCount);
        Assert.True(model.IsEvaluatedDirectly);

        var thresholds = ThresholdsByFeature(path, featureCount);
        var random = new Random(17);
        var checkedVectors = 0;
        for (var i = 0; i < 3000; i++)
        {
            var features = new float[featureCount];
            for (var f = 0; f < featureCount; f++)
                features[f] = (i % 3) switch
                {
                    0 when thresholds[f].Length > 0 => thresholds[f][random.Next(thresholds[f].Length)],
                    1 when thresholds[f].Length > 0 => Nudge(thresholds[f][random.Next(thresholds[f].Length)], random),
                    _ => (float)(random.NextDouble() * 4 - 1),
                };
            var direct = model.Probability(features);
            var engine = model.EngineProbability(features);
            Assert.Equal(BitConverter.SingleToInt32Bits(engine), BitConverter.SingleToInt32Bits(direct));
            checkedVectors++;
        }
        Assert.Equal(3000, checkedVectors);
    }

    [Fact]
    public void A_missing_value_is_left_to_the_engine()
    {
        using var model = WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find()));
        var features = new float[PairFeatures.Count];
        features[0] = float.NaN;
        Assert.Equal(Math.Clamp(model.EngineProbability(features), 0, 1), model.Probability(features));
    }

    private static float Nudge(float value, Random random) =>
        random.Next(2) == 0 ? MathF.BitDecrement(value) : MathF.BitIncrement(value);

    private static float[][] ThresholdsByFeature(string path, int featureCount)
    {
        var context = new MLContext(1);
        context.ComponentCatalog.RegisterAssembly(typeof(FastTreeBinaryModelParameters).Assembly);
        var loaded = (ISingleFeaturePredictionTransformer<object>)context.Model.Load(path, out _);
        var trees = ((CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>)loaded.Model).SubModel.TrainedTreeEnsemble.Trees;
        var byFeature = Enumerable.Range(0, featureCount).Select(_ => new HashSet<float>()).ToArray();
        foreach (var tree in trees)
            for (var n = 0; n < tree.NumberOfNodes; n++)
                byFeature[tree.NumericalSplitFeatureIndexes[n]].Add(tree.NumericalSplitThresholds[n]);
        return [.. byFeature.Select(set => set.Order().ToArray())];
    }
}
