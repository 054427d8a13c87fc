using System.Collections.Immutable;
using System.Diagnostics;
using Provenance.Corpus;
using Provenance.Diagnostics;

namespace Provenance.Pipeline;

/// <summary>
/// What the read stage gives the rest of the run: the articles read, the records rejected, what was
/// said about the input, and how long reading took. Made on its own so that a caller can read the
/// corpus while it loads the word lists and the model, which reading does not need.
/// </summary>
public sealed record CorpusRead(IReadOnlyList<Article> Articles, IReadOnlyList<RejectedRecord> Rejected, ImmutableArray<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    public static CorpusRead From(IReadOnlyList<string> inputs, int threads)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var (articles, rejected) = ProvenancePipeline.Read(inputs, diagnostics, threads);
        return new CorpusRead(articles, rejected, diagnostics.ToImmutableSorted(), clock.Elapsed);
    }
}
