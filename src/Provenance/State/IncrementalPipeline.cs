using System.Collections.Immutable;
using Provenance.Diagnostics;
using Provenance.Indexing;
using Provenance.Normalization;
using Provenance.Output;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Tracing;

namespace Provenance.State;

/// <summary>
/// One night against the state: tonight's articles are traced to sources from any night still in the
/// window, with the same stages as <see cref="ProvenancePipeline"/>, and stored for the nights after.
/// A stored article that one of tonight's could precede (undated, or dated before it) is decided
/// again as a run over every night would decide it when its candidates change, and its stored links
/// replaced, so the chains through it change for tonight and the nights after. Only the stored
/// articles sharing shingles with tonight's, those reopened and their candidates, and those on the
/// chains from them are read; rows are for tonight's articles only. Everything the run changes in the
/// state is in <paramref name="night"/>'s transaction, committed by the caller once the outputs are written.
/// </summary>
public sealed class IncrementalPipeline(PipelineOptions options, WordLists words, WireCopyModel model)
{
    public PipelineResult Run(IReadOnlyList<string> inputs, StateNight night, RetentionWindow window, DateTimeOffset now)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        var (read, rejected) = ProvenancePipeline.Read(inputs, diagnostics, options.Threads);
        timings.Mark("read");

        var reference = RetentionWindow.ReferenceTicks(read, now);
        var cutoff = window.CutoffTicks(reference);
        night.Evict(cutoff);
        var admitted = night.Admit(read);
        var analyzer = new ArticleAnalyzer(words);
        var tonight = new AnalyzedArticle[admitted.Count];
        Parallel.For(0, admitted.Count, Parallelism(), i => tonight[i] = analyzer.Analyze(admitted[i].Article, i));
        var shingles = tonight.Select(ArticleShingles).ToArray();
        timings.Mark("segment");

        var corpus = NightCorpus.Gather(night, admitted, tonight, shingles, options.Index);
        corpus.LoadText(night, corpus.Reopened, analyzer);
        var selector = new CandidateSelector(corpus.Articles, corpus.Index, options.Index);
        var redecided = Redecided(corpus, selector);
        int[] targets = [.. corpus.Tonight, .. redecided];
        var candidates = targets.SelectMany(t => selector.Select(corpus.Articles[t])).Where(corpus.IsStored).ToHashSet();
        corpus.LoadText(night, candidates, analyzer);
        timings.Mark("index");

        var direct = new ArticleLinker(options, model).Link(corpus.Articles, corpus.Index, targets);
        timings.Mark("align+score");

        var links = SourceTracer.Resolve([.. direct, .. StoredLinks(corpus, redecided)],
            (a, b) => TimeRelation.IsDefinitelyLater(corpus.Articles[a].Article.Published, corpus.Articles[b].Article.Published));
        var tonightOrdinals = corpus.Tonight.ToHashSet();
        var tonightLinks = links.Where(l => tonightOrdinals.Contains(l.Target.Ordinal)).ToList();
        timings.Mark("trace");

        var sources = tonightLinks.Where(l => l.Source is not null).Select(l => l.Source!.Value.Ordinal).Where(corpus.IsStored).ToHashSet();
        corpus.LoadText(night, sources, analyzer);
        var (articles, remapped, stateSources) = Compact(corpus, tonightOrdinals, sources, tonightLinks);
        var rows = remapped.Select(link => RowBuilder.Build(link, articles)).ToImmutableArray();
        timings.Mark("rows");

        Store(night, corpus, admitted, shingles, direct, redecided, reference, cutoff);
        timings.Mark("store");

        foreach (var reject in rejected) diagnostics.Add(reject.Diagnostic);
        foreach (var article in tonight.Where(a => a.Paragraphs.IsEmpty))
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NoBodyText, article.Article.Location).WithRecordId(article.Id));
        return new PipelineResult(rows, [.. rejected], diagnostics.ToImmutableSorted(), tonight.Length)
        {
            Articles = [.. articles], Links = [.. remapped], Timings = timings, StateSources = stateSources,
        };
    }

    private HashSet<ulong> ArticleShingles(AnalyzedArticle article)
    {
        var shingles = new HashSet<ulong>();
        foreach (var paragraph in article.Paragraphs) shingles.UnionWith(paragraph.Shingles(options.Index.ShingleSize));
        return shingles;
    }

    /// <summary>
    /// The reopened stored articles that a run over every night may decide differently: those whose
    /// candidates are not the same with tonight's articles as before them (one of tonight's may be
    /// among them, or, taking a place, let in another; a shingle that crossed the frequency cap counts
    /// no more). The others keep their candidates, so their alignments and decisions too.
    /// </summary>
    private List<int> Redecided(NightCorpus corpus, CandidateSelector selector)
    {
        var before = new CandidateSelector(corpus.Articles, corpus.IndexBeforeTonight, options.Index);
        return [.. corpus.Reopened.Where(s => !selector.Select(corpus.Articles[s]).SequenceEqual(before.Select(corpus.Articles[s])))];
    }

    /// <summary>
    /// The stored whole copies with their direct sources, as a run over every night decided them (but
    /// for the articles decided again tonight), so a chain from tonight through them goes where that
    /// run's chain would go.
    /// </summary>
    private static IEnumerable<ParagraphLink> StoredLinks(NightCorpus corpus, List<int> redecided)
    {
        var replaced = redecided.ToHashSet();
        foreach (var link in corpus.Links)
        {
            if (corpus.OrdinalOf(link.Row) is not { } target || replaced.Contains(target) || !corpus.IsStored(target)) continue;
            if (corpus.OrdinalOf(link.SourceRow) is not { } source) continue;
            yield return new ParagraphLink(new ParagraphRef(target, link.Paragraph), ParagraphStatus.Copied, new ParagraphRef(source, link.SourceParagraph), 1, 1);
        }
    }

    /// <summary>Keeps tonight's articles and the sources their rows name, renumbered in the same order, for the rows, summary and report.</summary>
    private static (AnalyzedArticle[] Articles, List<ParagraphLink> Links, IReadOnlySet<int> StateSources) Compact(
        NightCorpus corpus, HashSet<int> tonight, HashSet<int> sources, List<ParagraphLink> links)
    {
        var kept = tonight.Concat(sources).Distinct().Order().ToArray();
        var renumbered = kept.Select((ordinal, index) => (ordinal, index)).ToDictionary(p => p.ordinal, p => p.index);
        var articles = kept.Select(o => corpus.Articles[o] with { Ordinal = renumbered[o] }).ToArray();
        ParagraphRef Renumber(ParagraphRef p) => p with { Ordinal = renumbered[p.Ordinal] };
        var remapped = links.Select(l => l with { Target = Renumber(l.Target), Source = l.Source is { } s ? Renumber(s) : null }).ToList();
        return (articles, remapped, sources.Where(s => !tonight.Contains(s)).Select(s => renumbered[s]).ToHashSet());
    }

    /// <summary>
    /// Stores tonight's articles still inside the window, then the whole copies of those and of the stored
    /// articles decided again, with their direct sources (a link to an article not stored is not kept).
    /// </summary>
    private static void Store(StateNight night, NightCorpus corpus, List<TonightArticle> admitted, HashSet<ulong>[] shingles,
        List<ParagraphLink> direct, List<int> redecided, long reference, long cutoff)
    {
        for (var i = 0; i < admitted.Count; i++)
        {
            var age = RetentionWindow.Age(admitted[i].Article, reference);
            if (age >= cutoff) corpus.Map(corpus.Tonight[i], night.Store(admitted[i], age, shingles[i]));
        }
        night.ForgetLinks(redecided.Select(s => corpus.RowOf(s)!.Value));
        night.StoreLinks(direct
            .Where(l => l.Status == ParagraphStatus.Copied && l.Source is not null)
            .Select(l => (Link: l, Row: corpus.RowOf(l.Target.Ordinal), SourceRow: corpus.RowOf(l.Source!.Value.Ordinal)))
            .Where(l => l.Row is not null && l.SourceRow is not null)
            .Select(l => new StoredLink(l.Row!.Value, l.Link.Target.Paragraph, l.SourceRow!.Value, l.Link.Source!.Value.Paragraph)));
    }

    private ParallelOptions Parallelism() => new() { MaxDegreeOfParallelism = Math.Max(1, options.Threads) };
}
