using Microsoft.ML.Data;

namespace Provenance.Scoring;

/// <summary>The model's output for one pair: the calibrated probability that the paragraph was copied.</summary>
public sealed class WireCopyPrediction
{
    [ColumnName("PredictedLabel")]
    public bool IsCopied { get; set; }

    public float Probability { get; set; }

    public float Score { get; set; }
}
