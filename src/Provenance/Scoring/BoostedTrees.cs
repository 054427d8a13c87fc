namespace Provenance.Scoring;

/// <summary>
/// A calibrated FastTree binary model evaluated directly: every tree walked on the feature vector, the
/// leaf values summed in tree order as doubles, the sum made a float and put through the Platt
/// calibrator, exactly as ML.NET's prediction engine computes it, so the probabilities are the same to
/// the bit (tested against the engine) at a fraction of the cost per call. A missing (NaN) value takes
/// its node's default when the tree has defaults and goes to the greater side when not, as in ML.NET.
/// </summary>
internal sealed class BoostedTrees
{
    // All trees' split nodes in one array, each tree's root at its offset; a child below zero is ~leaf.
    private readonly Node[] _nodes;
    private readonly int[] _roots;
    private readonly double[] _leaves;
    private readonly int[] _firstLeaf;
    private readonly float[]? _missing;
    private readonly double _slope;
    private readonly double _offset;

    private readonly record struct Node(int Feature, float Threshold, int LessOrEqual, int Greater);

    /// <summary>One tree as ML.NET keeps it: per split node its children, feature, threshold and (or not) default for a missing value; per leaf its value.</summary>
    public sealed record Tree(int[] LessOrEqual, int[] Greater, int[] Features, float[] Thresholds, float[]? MissingDefaults, double[] Leaves);

    public BoostedTrees(IReadOnlyList<Tree> trees, double slope, double offset)
    {
        var nodes = new List<Node>();
        var leaves = new List<double>();
        var missing = new List<float>();
        _roots = new int[trees.Count];
        _firstLeaf = new int[trees.Count];
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            _roots[t] = nodes.Count;
            _firstLeaf[t] = leaves.Count;
            for (var n = 0; n < tree.Features.Length; n++)
            {
                nodes.Add(new Node(tree.Features[n], tree.Thresholds[n], Child(tree.LessOrEqual[n], _roots[t]), Child(tree.Greater[n], _roots[t])));
                missing.Add(tree.MissingDefaults?[n] ?? float.NaN);
            }
            leaves.AddRange(tree.Leaves);
        }
        _nodes = [.. nodes];
        _leaves = [.. leaves];
        _missing = missing.Any(m => !float.IsNaN(m)) ? [.. missing] : null;
        _slope = slope;
        _offset = offset;

        static int Child(int child, int root) => child < 0 ? child : root + child;
    }

    /// <summary>The calibrated probability.</summary>
    public float Probability(ReadOnlySpan<float> features)
    {
        var sum = 0.0;
        for (var t = 0; t < _roots.Length; t++)
        {
            var node = _roots[t];
            while (node >= 0)
            {
                var split = _nodes[node];
                var value = features[split.Feature];
                if (_missing is not null && float.IsNaN(value)) value = _missing[node];
                node = value <= split.Threshold ? split.LessOrEqual : split.Greater;
            }
            sum += _leaves[_firstLeaf[t] + ~node];
        }
        var score = (float)sum;
        return (float)(1 / (1 + Math.Exp(_slope * score + _offset)));
    }
}
