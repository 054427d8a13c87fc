using System.Collections.Immutable;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Output;
using Provenance.Tracing;

namespace Provenance.Pipeline;

/// <summary>What a run produced: the rows (built as they are read), the rejected records and every diagnostic.</summary>
public sealed record PipelineResult(
    IReadOnlyList<ProvenanceRow> Rows,
    ImmutableArray<RejectedRecord> Rejected,
    ImmutableArray<Diagnostic> Diagnostics,
    int ArticlesAnalysed)
{
    public int RecordsRead => ArticlesAnalysed + Rejected.Length;

    /// <summary>The analysed articles in publication order (index = ordinal), for reports that show the text.</summary>
    public IReadOnlyList<AnalyzedArticle> Articles { get; init; } = [];

    /// <summary>How long each stage took.</summary>
    public StageTimings Timings { get; init; } = new();

    /// <summary>The resolved link of every row, in row order.</summary>
    public ImmutableArray<ParagraphLink> Links { get; init; } = [];

    /// <summary>The articles (by ordinal) read from the nightly state as sources: they have no rows of their own.</summary>
    public IReadOnlySet<int> StateSources { get; init; } = ImmutableHashSet<int>.Empty;
}
