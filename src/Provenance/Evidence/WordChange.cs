namespace Provenance.Evidence;

/// <summary>
/// One edit between a source text and its copy, in word indices: source words removed
/// (<see cref="SourceStart"/>, <see cref="SourceCount"/>) where target words were put
/// (<see cref="TargetStart"/>, <see cref="TargetCount"/>). Either count may be 0.
/// </summary>
public readonly record struct WordChange(int SourceStart, int SourceCount, int TargetStart, int TargetCount);
