using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Training;
using Provenance.Training.Synthesis;

namespace Provenance.Tests.Training;

/// <summary>Sentence pairs for the trained sentence decision, from a generated corpus, and the model trained on them.</summary>
public class SentencePairSetTests
{
    private static readonly Lazy<Lexicon> Lexicon = new(() =>
        Provenance.Alignment.Lexicon.Load(DataDirectory.WordLists(DataDirectory.Find()), new Normalizer(TestData.Words).NormalizeWord));

    private static List<SentencePairSet.Row> Pairs(int threads)
    {
        var inputs = SynthesisInputs.Load(new SynthesisSources(null, null, null), 60, 5);
        var corpus = CorpusSynthesizer.Synthesize(inputs.Bases, inputs.Originals, new SynthesisOptions { Seed = 5, ArticleCount = 400 });
        return SentencePairSet.FromSynthetic(corpus, TestData.Words, new PipelineOptions { Threads = threads }, Lexicon.Value);
    }

    [Fact]
    public void Pairs_lie_in_the_band_carry_both_labels_and_repeat_whatever_the_threads()
    {
        var pairs = Pairs(2);
        Assert.Contains(pairs, p => p.Features.Label);
        Assert.Contains(pairs, p => !p.Features.Label);
        Assert.All(pairs, p => Assert.InRange(p.Coverage, new AlignmentOptions().MinCoverage, SentencePairSet.BandTop - 1e-9));
        Assert.All(pairs, p => Assert.Equal(SentencePairFeatures.Names.Length, p.Features.Features.Length));

        var again = Pairs(1);
        Assert.Equal(pairs.Select(p => (p.TargetId, p.Coverage, p.Features.Label)), again.Select(p => (p.TargetId, p.Coverage, p.Features.Label)));
        Assert.Equal(pairs.SelectMany(p => p.Features.Features), again.SelectMany(p => p.Features.Features));
    }

    [Fact]
    public void The_trained_model_is_saved_loads_as_a_judge_and_reports_the_rule_beside_it()
    {
        var pairs = Pairs(2);
        var result = SentenceJudgeTrainer.Train(pairs, [], [], 7);
        Assert.Contains("accuracy: coverage rule", result.Report);

        var path = Path.Combine(TestData.TempFolder(), "sentences.zip");
        WireCopyTrainer.Save(result.Model, result.Schema, path, 7);
        using var judge = SentenceJudge.Load(path, Lexicon.Value);
        var source = TestData.Analyze(TestData.Article("s", "Oil prices rose sharply on Tuesday after producers agreed to cut output."), 1);
        var target = TestData.Analyze(TestData.Article("t", "Crude prices climbed sharply on Tuesday once producers agreed to reduce output."));
        var match = Assert.Single(Assert.Single(new ArticleAligner(new AlignmentOptions()).Align(target, source)).Matches);
        Assert.InRange(judge.Probability(match), 0f, 1f);
    }
}
