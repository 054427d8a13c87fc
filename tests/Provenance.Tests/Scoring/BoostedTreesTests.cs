using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;
using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Scoring;

namespace Provenance.Tests.Scoring;

/// <summary>
/// The direct tree walk, on the trees read from the model file without ML.NET, against ML.NET's
/// prediction engine on the same file, bit for bit, on both shipped models: on vectors whose values sit
/// exactly on the split thresholds and just either side of them (where a wrong comparison, a float/double
/// slip or a misread threshold would show), on random vectors and on vectors with missing values.
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
        using var engine = WireCopyModel.LoadWithEngine(path, featureCount);
        Assert.True(model.IsEvaluatedDirectly);
        Assert.False(engine.IsEvaluatedDirectly);

        var thresholds = ThresholdsByFeature(path, featureCount);
        var random = new Random(17);
        var checkedVectors = 0;
        for (var i = 0; i < 3000; i++)
        {
            var features = new float[featureCount];
            for (var f = 0; f < featureCount; f++)
                features[f] = (i % 4) switch
                {
                    0 when thresholds[f].Length > 0 => thresholds[f][random.Next(thresholds[f].Length)],
                    1 when thresholds[f].Length > 0 => Nudge(thresholds[f][random.Next(thresholds[f].Length)], random),
                    3 when random.Next(3) == 0 => float.NaN,
                    _ => (float)(random.NextDouble() * 4 - 1),
                };
            var direct = model.Probability(features);
            var expected = engine.Probability(features);
            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(direct));
            checkedVectors++;
        }
        Assert.Equal(3000, checkedVectors);
    }

    [Fact]
    public void Missing_values_go_where_the_engine_sends_them()
    {
        var path = DataDirectory.Model(DataDirectory.Find());
        using var model = WireCopyModel.Load(path);
        using var engine = WireCopyModel.LoadWithEngine(path, PairFeatures.Count);
        for (var f = 0; f < PairFeatures.Count; f++)
        {
            var features = Enumerable.Repeat(0.5f, PairFeatures.Count).ToArray();
            features[f] = float.NaN;
            Assert.Equal(engine.Probability(features), model.Probability(features));
        }
        var allMissing = Enumerable.Repeat(float.NaN, PairFeatures.Count).ToArray();
        Assert.Equal(engine.Probability(allMissing), model.Probability(allMissing));
    }

    [Fact]
    public void A_missing_value_takes_its_nodes_default_when_the_tree_has_defaults()
    {
        // One split on feature 0 at 0.5: leaf 0 (value 1) at or below, leaf 1 (value -1) above.
        BoostedTrees Model(float[]? defaults) => new([new BoostedTrees.Tree([-1], [-2], [0], [0.5f], defaults, [1.0, -1.0])], slope: -1, offset: 0);
        var below = Model(null).Probability([0.2f]);
        var above = Model(null).Probability([0.9f]);
        Assert.NotEqual(below, above);
        Assert.Equal(above, Model(null).Probability([float.NaN]));
        Assert.Equal(below, Model([0.3f]).Probability([float.NaN]));
        Assert.Equal(above, Model([0.7f]).Probability([float.NaN]));
        Assert.Equal(below, Model([0.7f]).Probability([0.2f]));
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
