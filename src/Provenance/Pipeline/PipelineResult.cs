using System.Collections.Immutable;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Output;

namespace Provenance.Pipeline;

/// <summary>What a run produced: the rows, the rejected records and every diagnostic.</summary>
public sealed record PipelineResult(
    ImmutableArray<ProvenanceRow> Rows,
    ImmutableArray<RejectedRecord> Rejected,
    ImmutableArray<Diagnostic> Diagnostics,
    int ArticlesAnalysed)
{
    public int RecordsRead => ArticlesAnalysed + Rejected.Length;
}
