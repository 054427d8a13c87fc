using Microsoft.ML.Data;

namespace Provenance.Scoring;

/// <summary>The model's input: the features of one pair, and for training its label (copied or not).</summary>
public sealed class FeatureRow
{
    public const int Size = 15;

    [VectorType(Size)]
    public float[] Features { get; set; } = new float[Size];

    public bool Label { get; set; }
}
