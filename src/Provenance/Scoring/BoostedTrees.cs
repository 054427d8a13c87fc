using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;

namespace Provenance.Scoring;

/// <summary>
/// A FastTree binary model with a Platt calibrator, evaluated directly: every tree walked on the
/// feature vector, the leaf values summed in tree order as doubles, the sum made a float and
/// calibrated, exactly as ML.NET's prediction engine computes it, so the probabilities are the same
/// to the bit (tested against the engine) at a fraction of the cost per call. Numeric splits only;
/// a model with categorical splits, or a vector with a missing (NaN) value, is left to the engine.
/// </summary>
internal sealed class BoostedTrees
{
    // All trees' split nodes in one array, each tree's root at its offset; a child below zero is ~leaf.
    private readonly Node[] _nodes;
    private readonly int[] _roots;
    private readonly double[] _leaves;
    private readonly int[] _firstLeaf;
    private readonly double _slope;
    private readonly double _offset;

    private readonly record struct Node(int Feature, float Threshold, int LessOrEqual, int Greater);

    private BoostedTrees(IReadOnlyList<RegressionTree> trees, PlattCalibrator calibrator)
    {
        var nodes = new List<Node>();
        var leaves = new List<double>();
        _roots = new int[trees.Count];
        _firstLeaf = new int[trees.Count];
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            _roots[t] = tree.NumberOfNodes == 0 ? -1 : nodes.Count;
            _firstLeaf[t] = leaves.Count;
            for (var n = 0; n < tree.NumberOfNodes; n++)
                nodes.Add(new Node(tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n],
                    Child(tree.LeftChild[n], _roots[t]), Child(tree.RightChild[n], _roots[t])));
            leaves.AddRange(tree.LeafValues);
        }
        _nodes = [.. nodes];
        _leaves = [.. leaves];
        _slope = calibrator.Slope;
        _offset = calibrator.Offset;

        static int Child(int child, int root) => child < 0 ? child : root + child;
    }

    /// <summary>The direct evaluator of <paramref name="model"/>, or null when it is not a calibrated FastTree binary model with numeric splits only.</summary>
    public static BoostedTrees? TryCreate(ITransformer model)
    {
        if (model is not ISingleFeaturePredictionTransformer<object> { Model: CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> calibrated })
            return null;
        var ensemble = calibrated.SubModel.TrainedTreeEnsemble;
        if (ensemble.Bias != 0 || ensemble.TreeWeights.Any(w => w != 1) || ensemble.Trees.Any(t => t.CategoricalSplitFlags.Any(c => c)))
            return null;
        return new BoostedTrees(ensemble.Trees, calibrated.Calibrator);
    }

    /// <summary>The calibrated probability, or null when a feature is missing (NaN) and the engine's rule for it must decide.</summary>
    public float? Probability(ReadOnlySpan<float> features)
    {
        foreach (var value in features)
            if (float.IsNaN(value)) return null;
        var sum = 0.0;
        for (var t = 0; t < _roots.Length; t++)
        {
            var node = _roots[t];
            if (node < 0) continue; // a tree with no split adds nothing, as in the engine
            while (node >= 0)
            {
                var split = _nodes[node];
                node = features[split.Feature] <= split.Threshold ? split.LessOrEqual : split.Greater;
            }
            sum += _leaves[_firstLeaf[t] + ~node];
        }
        var score = (float)sum;
        return (float)(1 / (1 + Math.Exp(_slope * score + _offset)));
    }
}
