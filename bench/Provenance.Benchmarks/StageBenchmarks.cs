using BenchmarkDotNet.Attributes;
using Provenance.Alignment;
using Provenance.Corpus;
using Provenance.Indexing;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Training;
using Provenance.Training.Synthesis;
using Provenance.Tracing;

namespace Provenance.Benchmarks;

/// <summary>
/// The per-stage kernels on a generated corpus of copies (synth's own text, so no shared data is
/// needed): tokenise (segment + normalise), unpack (an analysis from packed tokens, as a large run
/// remakes one), shingle, index, align one article against its source, and score one pair.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private WordLists _words = null!;
    private ArticleAnalyzer _analyzer = null!;
    private List<Article> _articles = null!;
    private AnalyzedArticle[] _analysed = null!;
    private ArticleAligner _aligner = null!;
    private (AnalyzedArticle Target, AnalyzedArticle Source) _pair;
    private float[] _features = null!;
    private WireCopyModel _model = null!;
    private byte[][] _packed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = DataDirectory.Find();
        _words = WordLists.Load(DataDirectory.WordLists(data));
        _analyzer = new ArticleAnalyzer(_words);
        var inputs = SynthesisInputs.Load(new SynthesisSources(null, null, null), 100, 1);
        var corpus = CorpusSynthesizer.Synthesize(inputs.Bases, inputs.Originals, new SynthesisOptions { Seed = 1, ArticleCount = 400 });
        _articles = [.. corpus.Articles.Select(TrainingSetBuilder.ToArticle)];
        _analysed = AnalyzedCorpus.Analyze(_articles, _analyzer, 1);
        _aligner = new ArticleAligner(new AlignmentOptions());
        var index = ShingleIndex.Build(_analysed, new IndexOptions());
        var finder = new PairFinder(_analysed, index, new PipelineOptions { Threads = 1 }, new DirectionInference());
        var target = _analysed.First(a => finder.Find(a).Count > 0);
        var pair = finder.Find(target)[0];
        _pair = (target, _analysed[pair.SourceOrdinal]);
        _features = pair.Features;
        _model = WireCopyModel.Load(DataDirectory.Model(data));
        _packed = [.. _analysed.Select(a => PackedTokens.Pack(a.Paragraphs)!)];
    }

    [GlobalCleanup]
    public void Cleanup() => _model.Dispose();

    [Benchmark(Description = "tokenise: segment and normalise 500 articles")]
    public int Tokenise() => _articles.Sum(a => _analyzer.Analyze(a, 0).Paragraphs.Length);

    [Benchmark(Description = "unpack: the analyses of 500 articles from their packed tokens")]
    public int Unpack() => _analysed.Select((a, i) => ArticleAnalyzer.Unpack(a.Segmented, _packed[i], i).Sentences.Length).Sum();

    [Benchmark(Description = "shingle: 5-word shingles of 500 articles")]
    public int Shingle() => _analysed.Sum(a => a.Paragraphs.Sum(p => Shingler.Shingles(p.Tokens, 5).Length));

    [Benchmark(Description = "index: build the inverted index of 500 articles")]
    public int Index() => ShingleIndex.Build(_analysed, new IndexOptions()).ShingleCount;

    [Benchmark(Description = "align: one article against its source")]
    public int Align() => _aligner.Align(_pair.Target, _pair.Source).Sum(p => p.Matches.Length);

    [Benchmark(Description = "score: one pair through the model")]
    public float Score() => _model.Probability(_features);
}
