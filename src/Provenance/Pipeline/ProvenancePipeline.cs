using System.Collections.Immutable;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Indexing;
using Provenance.Normalization;
using Provenance.Output;
using Provenance.Scoring;
using Provenance.Tracing;

namespace Provenance.Pipeline;

/// <summary>
/// The whole analysis, stage by stage: read → segment → index → align → score → trace → emit.
/// Each stage is pure given its inputs; the per-article stages run in parallel and their results
/// are gathered by ordinal, so the output is the same whatever the thread count.
/// </summary>
public sealed class ProvenancePipeline(PipelineOptions options, WordLists words, WireCopyModel model)
{
    /// <param name="progress">Told how far each stage has come (articles done of the total).</param>
    public PipelineResult Run(IReadOnlyList<string> inputs, IProgress<StageProgress>? progress = null)
    {
        progress?.Report(new StageProgress("read", 0, null));
        return Run(CorpusRead.From(inputs, options.Threads), progress);
    }

    /// <summary>The stages after reading, for a corpus read beforehand.</summary>
    public PipelineResult Run(CorpusRead corpus, IProgress<StageProgress>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var diagnostic in corpus.Diagnostics) diagnostics.Add(diagnostic);
        var timings = new StageTimings();
        timings.Add("read", corpus.Elapsed);
        var (analysed, shingles) = AnalyzedCorpus.Prepare(corpus.Articles, new ArticleAnalyzer(words), options.Threads, options.KeptAnalyses,
            options.Index.ShingleSize, progress);
        timings.Mark("segment");
        progress?.Report(new StageProgress("index", 0, null));
        var index = ShingleIndex.Build(shingles, [.. Enumerable.Range(0, shingles.Length)], options.Index, options.Threads, release: true);
        shingles = null;
        timings.Mark("index");
        var direct = new ArticleLinker(options, model)
            .Link(analysed, index, [.. Enumerable.Range(0, analysed.Count)], new ProgressCounter(progress, "align+score", analysed.Count));
        analysed.ReleaseIfBounded();
        timings.Mark("align+score");
        var published = analysed.Articles;
        var links = SourceTracer.Resolve(direct, (a, b) => TimeRelation.IsDefinitelyLater(published[a].Published, published[b].Published));
        timings.Mark("trace");

        foreach (var reject in corpus.Rejected) diagnostics.Add(reject.Diagnostic);
        foreach (var article in analysed.Segmented.Where(a => a.Paragraphs.IsEmpty))
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NoBodyText, article.Article.Location).WithRecordId(article.Article.Id));
        return new PipelineResult(new ProvenanceRows(links, analysed.Segmented), [.. corpus.Rejected], diagnostics.ToImmutableSorted(), analysed.Count)
        {
            Articles = analysed, Links = [.. links], Timings = timings,
        };
    }

    internal static (List<Article>, List<RejectedRecord>) Read(IReadOnlyList<string> inputs, DiagnosticBag diagnostics, int threads = 1)
    {
        var articles = new List<Article>();
        var rejected = new List<RejectedRecord>();
        foreach (var item in CorpusReader.Read(inputs, diagnostics, threads: threads))
        {
            if (item.Article is { } article) articles.Add(article);
            else if (item.Rejected is { } reject) rejected.Add(reject);
        }
        return (articles, rejected);
    }
}
