using System.CommandLine;
using System.Globalization;
using Provenance.Indexing;
using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.Training;
using Provenance.Training.Synthesis;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance train-sentences --out MODEL.zip</c>: trains the sentence decision that analysis uses for
/// aligned sentences in the coverage rule's gray zone, on sentence pairs of a generated corpus (the
/// same synthesis as <c>train</c>), optionally the base corpus's re-sends and, for local non-commercial
/// use only, MSRP's training split.
/// </summary>
public static class TrainSentencesCommand
{
    private const string MsrpTrainFile = "msr_paraphrase_train.txt";
    private const string MsrpTestFile = "msr_paraphrase_test.txt";

    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { HelpName = "MODEL.zip", Description = "Where to write the sentence model.", DefaultValueFactory = _ => "data/models/sentences.zip" };
        var seed = new Option<int>("--seed") { HelpName = "S", Description = "Seed of the synthesis and the trainer.", DefaultValueFactory = _ => 20260101 };
        var baseCount = new Option<int>("--base-articles") { HelpName = "N", Description = "How many base (wire) stories to copy.", DefaultValueFactory = _ => 800 };
        var articles = new Option<int>("--articles") { HelpName = "N", Description = "How many copies and hard negatives to generate.", DefaultValueFactory = _ => 3000 };
        var sources = new SynthesisSourceOptions();
        var resends = new Option<bool>("--resends") { Description = "Also train on the sentence pairs of the base corpus's updated re-sends, all positives. Needs --base." };
        var msrp = new Option<string?>("--msrp")
        {
            HelpName = "DIR",
            Description = "Also train on MSRP's training split in this folder (e.g. ../shared/corpora/msrp) and score its test split. MSRP's licence is non-commercial: a model trained so is for local, non-commercial use only.",
        };
        var scoreMsrp = new Option<string?>("--score-msrp") { HelpName = "DIR", Description = "Score MSRP's test split in this folder, without training on MSRP." };
        var featuresOut = new Option<string?>("--features-out") { HelpName = "PAIRS.csv", Description = "Also write the project's sentence pairs (article, coverage, label, features) to this CSV." };
        var threads = new Option<int?>("--threads") { HelpName = "N", Description = "Worker threads for alignment (default: all cores; training itself is single-threaded)." };

        var command = new Command("train-sentences", "Train the sentence decision used for aligned sentences in the coverage rule's gray zone, and write the model.")
        {
            output, seed, baseCount, articles, sources.Base, sources.Datelines, sources.Originals, resends, msrp, scoreMsrp, featuresOut, threads,
        };
        command.SetAction(parse => Run(
            parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(baseCount), parse.GetValue(articles),
            sources.Read(parse),
            parse.GetValue(resends), parse.GetValue(msrp), parse.GetValue(scoreMsrp), parse.GetValue(featuresOut),
            parse.GetValue(threads) ?? Environment.ProcessorCount));
        return command;
    }

    private static int Run(string output, int seed, int baseCount, int articleCount, SynthesisSources sources, bool withResends,
        string? msrpTrainFolder, string? msrpTestFolder, string? featuresOut, int threads)
    {
        var words = WordLists.Load(DataDirectory.WordLists(DataDirectory.Find()));
        var normalizer = new Normalizer(words);
        var lexicon = Lexicon.Load(DataDirectory.WordLists(DataDirectory.Find()), normalizer.NormalizeWord);
        var inputs = SynthesisInputs.Load(sources, baseCount, seed);
        Console.Error.WriteLine(inputs.Describe(sources));

        var corpus = CorpusSynthesizer.Synthesize(inputs.Bases, inputs.Originals,
            new SynthesisOptions { Seed = seed, ArticleCount = articleCount, UndatedShare = TrainCommand.UndatedShare });
        var options = new PipelineOptions { Threads = threads, Index = IndexOptions.Training };
        var pairs = SentencePairSet.FromSynthetic(corpus, words, options, lexicon);
        Console.Error.WriteLine($"corpus: {corpus.Articles.Length} articles; {pairs.Count} aligned sentence pairs in the band, {pairs.Count(p => p.Features.Label)} taken");
        if (withResends && sources.BasePath is { } basePath)
        {
            var resent = SentencePairSet.FromResends(basePath, words, options, lexicon);
            Console.Error.WriteLine($"re-sends in {basePath}: {resent.Count} sentence pairs in the band");
            pairs.AddRange(resent);
        }

        if (featuresOut is not null) WriteFeatures(featuresOut, pairs);

        var context = new SentencePairFeatures.Context(Lexicon: lexicon);
        List<FeatureRow> Msrp(string? folder, string file, bool bothOrders) => folder is null
            ? []
            : MsrpCorpus.Read(Path.Combine(folder, file), normalizer, context, bothOrders, capitals: false);
        var msrpTrain = Msrp(msrpTrainFolder, MsrpTrainFile, bothOrders: true);
        var msrpTest = Msrp(msrpTrainFolder ?? msrpTestFolder, MsrpTestFile, bothOrders: false);

        var result = SentenceJudgeTrainer.Train(pairs, msrpTrain, msrpTest, seed);
        WireCopyTrainer.Save(result.Model, result.Schema, output, seed);
        Console.WriteLine(result.Report);
        Console.WriteLine($"model written to {output}");
        return ExitCodes.Success;
    }

    private static void WriteFeatures(string path, IReadOnlyList<SentencePairSet.Row> pairs)
    {
        var inv = CultureInfo.InvariantCulture;
        using var writer = new StreamWriter(path);
        writer.WriteLine(string.Join(',', ["target_id", "coverage", "label", .. SentencePairFeatures.Names]));
        foreach (var pair in pairs)
            writer.WriteLine(string.Join(',', [pair.TargetId, pair.Coverage.ToString("R", inv), pair.Features.Label ? "1" : "0",
                .. pair.Features.Features.Select(f => f.ToString("R", inv))]));
    }
}
