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

    /// <summary>
    /// How many articles' analyses (normal tokens, sentence profiles: some ten times the text's size) are
    /// held at once; a larger corpus keeps its text and segmentation and analyses an article again when it
    /// is needed again. Bounds the memory of a large run; never changes the output.
    /// </summary>
    public int KeptAnalyses { get; init; } = 25_000;
}
