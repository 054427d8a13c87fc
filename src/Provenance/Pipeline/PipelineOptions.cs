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
    /// held at once; a larger corpus keeps its text, segmentation and tokens packed (about two thirds of the text's
    /// size) and unpacks an article's analysis when it is needed again. Bounds the memory of a large run;
    /// never changes the output. Unpacking is cheap, so few are kept: at 80,000 articles (the rest packed) 5,000 kept took
    /// 1.19-1.33 GB, 10,000 1.35-1.48 GB and 25,000 1.54-1.68 GB, in about the same time (bench/README.md).
    /// </summary>
    public int KeptAnalyses { get; init; } = 5_000;
}
