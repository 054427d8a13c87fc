using Microsoft.ML;
using Microsoft.ML.Data;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Training;
using Provenance.Training.Synthesis;

namespace Provenance.Tests.Training;

/// <summary>Training from generated copies: labelled through the analysis stages, seeded, reproducible.</summary>
public class WireCopyTrainerTests
{
    private static List<LabelledPair> Pairs(int seed)
    {
        var inputs = SynthesisInputs.Load(new SynthesisSources(null, null, null), 40, seed);
        var corpus = CorpusSynthesizer.Synthesize(inputs.Bases, inputs.Originals, new SynthesisOptions { Seed = seed, ArticleCount = 160 });
        return TrainingSetBuilder.Build(corpus, TestData.Words, new PipelineOptions { Threads = 2 });
    }

    [Fact]
    public void Copies_are_labelled_and_the_same_seed_trains_the_same_model()
    {
        var pairs = Pairs(3);
        Assert.Contains(pairs, p => p.Row.Label);
        Assert.Contains(pairs, p => !p.Row.Label);

        var rows = pairs.Select(p => p.Row).ToList();
        var (first, schema, report) = WireCopyTrainer.Train(rows, 11);
        var (second, _, again) = WireCopyTrainer.Train(rows, 11);
        Assert.Equal(report.ToString(), again.ToString());
        Assert.True(report.Auc > 0.9, report.ToString());

        var context = new MLContext(1);
        var data = context.Data.LoadFromEnumerable(rows, FeatureRow.Schema(PairFeatures.Count));
        Assert.Equal(
            first.Transform(data).GetColumn<float>("Probability").ToArray(),
            second.Transform(data).GetColumn<float>("Probability").ToArray());

        var path = Path.Combine(TestData.TempFolder(), "model.zip");
        WireCopyTrainer.Save(first, schema, path, 11);
        using var loaded = WireCopyModel.Load(path);
        Assert.Equal(first.Transform(data).GetColumn<float>("Probability").First(), loaded.Probability(rows[0].Features), 5);
    }
}
