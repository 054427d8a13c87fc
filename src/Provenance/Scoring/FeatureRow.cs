using Microsoft.ML;
using Microsoft.ML.Data;

namespace Provenance.Scoring;

/// <summary>
/// A model's input: a feature vector and, for training, its label (copied or not). The vector's size
/// is the model's: <see cref="PairFeatures"/> for paragraphs, sentence-pair features for MSRP.
/// </summary>
public sealed class FeatureRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    public static SchemaDefinition Schema(int size)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        return schema;
    }
}
