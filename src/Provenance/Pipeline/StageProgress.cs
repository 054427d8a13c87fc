namespace Provenance.Pipeline;

/// <summary>How far a stage has come: <see cref="Done"/> of <see cref="Total"/> articles (no total while reading).</summary>
public readonly record struct StageProgress(string Stage, int Done, int? Total);
