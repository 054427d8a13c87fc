using System.CommandLine;
using Provenance.Training;
using Provenance.Training.Synthesis;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance synth --articles N --seed S --out DIR</c>: writes a labelled corpus (<c>corpus.jsonl</c>)
/// and its truth (<c>truth.csv</c>) for benchmarks and the <c>evaluate</c> command.
/// </summary>
public static class SynthCommand
{
    // One base story in five; the rest are copies of them (up to four per story) and hard negatives.
    private const int ArticlesPerBase = 5;

    public static Command Create()
    {
        var articles = new Option<int>("--articles") { HelpName = "N", Description = "How many articles the corpus holds in all.", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { HelpName = "S", Description = "Seed of the synthesis (use one the model was not trained with).", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out", "-o") { HelpName = "DIR", Description = "The folder to write corpus.jsonl and truth.csv to.", Required = true };
        var sources = new SynthesisSourceOptions();
        var undated = new Option<double>("--undated") { HelpName = "SHARE", Description = "Share of generated articles without a date.", DefaultValueFactory = _ => 0.05 };

        var command = new Command("synth", "Write a synthetic corpus of newsroom copies with its truth, for benchmarks.")
        {
            articles, seed, output, sources.Base, sources.Datelines, sources.Originals, undated,
        };
        command.SetAction(parse => Run(parse.GetValue(articles), parse.GetValue(seed), parse.GetValue(output)!,
            sources.Read(parse), parse.GetValue(undated)));
        return command;
    }

    private static int Run(int articleCount, int seed, string output, SynthesisSources sources, double undated)
    {
        var baseCount = Math.Max(1, articleCount / ArticlesPerBase);
        var inputs = SynthesisInputs.Load(sources, baseCount, seed);
        Console.Error.WriteLine(inputs.Describe(sources));
        var corpus = CorpusSynthesizer.Synthesize(inputs.Bases, inputs.Originals, new SynthesisOptions
        {
            Seed = seed,
            ArticleCount = Math.Max(0, articleCount - inputs.Bases.Count),
            UndatedShare = undated,
        });

        Directory.CreateDirectory(output);
        using (var writer = new StreamWriter(Path.Combine(output, "corpus.jsonl"), false, SyntheticCorpusJsonl.Encoding))
            SyntheticCorpusJsonl.WriteArticles(corpus.Articles, writer);
        using (var writer = new StreamWriter(Path.Combine(output, "truth.csv"), false, SyntheticCorpusJsonl.Encoding))
            SyntheticCorpusJsonl.WriteTruth(corpus.Truth, writer);
        Console.Error.WriteLine($"wrote {corpus.Articles.Length} articles and {corpus.Truth.Length} truth rows to {output}");
        return ExitCodes.Success;
    }
}
