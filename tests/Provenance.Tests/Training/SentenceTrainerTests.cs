using Provenance.Scoring;
using Provenance.Training;

namespace Provenance.Tests.Training;

/// <summary>The sentence-level trainer: its cross-validation and AUC, on rows whose answer is known.</summary>
public class SentenceTrainerTests
{
    private static List<FeatureRow> Rows(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var label = i % 2 == 0;
            var signal = (float)(label ? 0.7 + 0.3 * random.NextDouble() : 0.3 * random.NextDouble());
            return new FeatureRow { Features = [signal, (float)random.NextDouble()], Label = label };
        })];
    }

    [Fact]
    public void Auc_ranks_positives_over_negatives_and_counts_ties_half()
    {
        Assert.Equal(1, SentenceTrainer.Auc([(0.9f, true), (0.8f, true), (0.2f, false)]));
        Assert.Equal(0, SentenceTrainer.Auc([(0.1f, true), (0.8f, false)]));
        Assert.Equal(0.5, SentenceTrainer.Auc([(0.5f, true), (0.5f, false)]));
        Assert.Equal(0.75, SentenceTrainer.Auc([(0.9f, true), (0.4f, true), (0.5f, false), (0.1f, false)]));
    }

    [Theory]
    [InlineData(SentenceTrainer.Learner.FastTree)]
    [InlineData(SentenceTrainer.Learner.Logistic)]
    [InlineData(SentenceTrainer.Learner.Gam)]
    public void Cross_validation_learns_a_separable_signal_and_repeats_itself(SentenceTrainer.Learner learner)
    {
        var rows = Rows(300, 5);
        var options = new SentenceTrainer.Options(learner, new WireCopyTrainer.Settings(Trees: 30, Leaves: 4, MinExamplesPerLeaf: 5, LearningRate: 0.2));
        var groups = Enumerable.Range(0, rows.Count).ToArray();
        var first = SentenceTrainer.CrossValidate(rows, groups, 3, 9, options);
        Assert.True(first.MeanAccuracy > 0.95, $"accuracy {first.MeanAccuracy}");
        Assert.True(first.Auc > 0.95, $"AUC {first.Auc}");
        Assert.Equal(first, SentenceTrainer.CrossValidate(rows, groups, 3, 9, options));

        var (_, _, report) = SentenceTrainer.Train(rows, Rows(100, 6), 9, ["signal", "noise"], options);
        Assert.True(report.Accuracy > 0.95);
        if (learner == SentenceTrainer.Learner.FastTree) Assert.Equal("signal", report.FeatureImportance[0].Feature);
    }

    [Fact]
    public void Cross_validation_scores_each_group_once()
    {
        // Each pair twice (as in both sentence orders): a group is held out whole and scored once.
        var rows = Rows(200, 7).SelectMany(r => new[] { r, r }).ToList();
        var groups = Enumerable.Range(0, rows.Count).Select(i => i / 2).ToArray();
        var options = new SentenceTrainer.Options(SentenceTrainer.Learner.Logistic, WireCopyTrainer.Settings.Sentences);
        var result = SentenceTrainer.CrossValidate(rows, groups, 4, 3, options);
        Assert.Equal(4, result.Folds);
        Assert.True(result.MeanAccuracy > 0.95);
    }
}
