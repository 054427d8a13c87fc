using Provenance.Alignment;
using Provenance.Indexing;

namespace Provenance.Pipeline;

/// <summary>
/// Everything a run depends on besides its inputs. <see cref="CopyThreshold"/>: the probability at
/// or above which a paragraph counts as copied from a candidate.
/// </summary>
public sealed record PipelineOptions
{
    public IndexOptions Index { get; init; } = new();
    public AlignmentOptions Alignment { get; init; } = new();
    public double CopyThreshold { get; init; } = 0.5;
    public int Threads { get; init; } = Environment.ProcessorCount;
}
