using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Tests.State;

namespace Provenance.Tests.Pipeline;

/// <summary>A run with the trained sentence decision writes the same bytes whatever the thread count.</summary>
public class SentenceJudgeRunTests
{
    [Fact]
    public void One_and_two_threads_give_the_same_csv_with_the_sentence_model()
    {
        var corpus = NightlyCorpus.Write(TestData.TempFolder(), 120, 17);
        var data = DataDirectory.Find();
        using var model = WireCopyModel.Load(DataDirectory.Model(data));
        using var judge = SentenceJudge.Load(Path.Combine(TestData.RepositoryRoot, "data", "models", SentenceJudge.DefaultFileName),
            Lexicon.Load(DataDirectory.WordLists(data), new Normalizer(TestData.Words).NormalizeWord));
        string Csv(int threads)
        {
            var options = new PipelineOptions { Threads = threads, Alignment = new AlignmentOptions { Judge = judge } };
            return TestData.Csv(new ProvenancePipeline(options, TestData.Words, model).Run([corpus.Both]));
        }

        var single = Csv(1);
        Assert.Contains(",copied,", single);
        Assert.Equal(single, Csv(2));
    }
}
