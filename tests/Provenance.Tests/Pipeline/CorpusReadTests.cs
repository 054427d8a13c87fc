using Provenance.Diagnostics;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Tests.State;

namespace Provenance.Tests.Pipeline;

/// <summary>
/// The command line reads the corpus while the word lists and the model load, then runs the rest:
/// that must give what one run from the input paths gives, rejects and diagnostics included.
/// </summary>
public class CorpusReadTests
{
    [Fact]
    public void A_corpus_read_beforehand_gives_the_same_run_as_reading_in_the_run()
    {
        var corpus = NightlyCorpus.Write(TestData.TempFolder(), 40, 7);
        var withBadLines = Path.Combine(Path.GetDirectoryName(corpus.Both)!, "with-bad-lines.jsonl");
        File.WriteAllLines(withBadLines, [.. File.ReadLines(corpus.Both), "{not json", """{"id":"","text":"no id"}""",
            """{"id":"bad-date","published":"the day after","text":"A story whose date cannot be read."}"""]);
        using var model = WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find()));
        var pipeline = new ProvenancePipeline(new PipelineOptions(), TestData.Words, model);

        var read = CorpusRead.From([withBadLines], threads: 2);
        var inOne = pipeline.Run([withBadLines]);
        var afterReading = pipeline.Run(read);

        Assert.Equal(2, read.Rejected.Count);
        Assert.Equal(TestData.Csv(inOne), TestData.Csv(afterReading));
        Assert.Equal(inOne.Rejected.Select(r => r.Diagnostic.ToString()), afterReading.Rejected.Select(r => r.Diagnostic.ToString()));
        Assert.Equal(inOne.Diagnostics.Select(d => d.ToString()), afterReading.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(read.Diagnostics, d => d.Descriptor == DiagnosticDescriptors.InvalidDate);
        Assert.Contains(afterReading.Diagnostics, d => d.Descriptor == DiagnosticDescriptors.InvalidDate);
        Assert.Equal("read", afterReading.Timings.ToImmutable()[0].Stage);
    }
}
