namespace Provenance.Training;

/// <summary>One row of a calibration table: predictions in [Low, High) and how many of them were copies.</summary>
public sealed record CalibrationBin(double Low, double High, int Count, int Positives, double MeanProbability)
{
    public double ObservedRate => Count == 0 ? 0 : (double)Positives / Count;
}
