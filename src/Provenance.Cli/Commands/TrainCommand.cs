using System.CommandLine;
using Provenance.Indexing;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Training;
using Provenance.Training.Synthesis;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance train --out MODEL.zip</c>: generates labelled pairs by applying newsroom edits to real
/// (or, without <c>--base</c>, generated) news text, trains the classifier and prints held-out metrics.
/// </summary>
public static class TrainCommand
{
    // Dumps often lack dates; enough undated copies teach the model that a missing date says nothing.
    internal const double UndatedShare = 0.2;

    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { HelpName = "MODEL.zip", Description = "Where to write the model.", DefaultValueFactory = _ => "data/models/wirecopy.zip" };
        var seed = new Option<int>("--seed") { HelpName = "S", Description = "Seed of the synthesis, the split and the trainer.", DefaultValueFactory = _ => 20260101 };
        var baseCount = new Option<int>("--base-articles") { HelpName = "N", Description = "How many base (wire) stories to copy.", DefaultValueFactory = _ => 800 };
        var articles = new Option<int>("--articles") { HelpName = "N", Description = "How many copies and hard negatives to generate.", DefaultValueFactory = _ => 3000 };
        var sources = new SynthesisSourceOptions();
        var featuresOut = new Option<string?>("--features-out") { HelpName = "PAIRS.csv", Description = "Also write every labelled training pair with its features to this CSV." };
        var threads = new Option<int?>("--threads") { HelpName = "N", Description = "Worker threads for alignment (default: all cores; training itself is single-threaded)." };
        var resends = new Option<bool>("--resends")
        {
            Description = "Also train on the base corpus's own updated re-sends (real reuse: stories re-sent within 24 hours holding half of each other's text), every aligned paragraph pair a copy. Needs --base.",
        };

        var sentenceModel = SentenceModelChoice.ModelOption();
        var grayZone = SentenceModelChoice.GrayZoneOption();
        var minWords = SentenceModelChoice.MinWordsOption();
        var command = new Command("train", "Train the wire-copy classifier from generated newsroom copies and write the model.")
        {
            output, seed, baseCount, articles, sources.Base, sources.Datelines, sources.Originals, featuresOut, threads, resends, sentenceModel, grayZone, minWords,
        };
        command.SetAction(parse => Run(
            parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(baseCount), parse.GetValue(articles),
            sources.Read(parse), parse.GetValue(featuresOut), parse.GetValue(threads) ?? Environment.ProcessorCount,
            parse.GetValue(resends), new SentenceModelChoice.Choice(parse.GetValue(sentenceModel), parse.GetValue(grayZone), parse.GetValue(minWords))));
        return command;
    }

    private static int Run(string output, int seed, int baseCount, int articleCount, SynthesisSources sources, string? featuresOut, int threads, bool withResends,
        SentenceModelChoice.Choice sentences)
    {
        var data = DataDirectory.Find();
        var words = WordLists.Load(DataDirectory.WordLists(data));
        var diagnostics = new Diagnostics.DiagnosticBag();
        if (!SentenceModelChoice.TryLoad(data, sentences, words, diagnostics, out var judge))
        {
            foreach (var diagnostic in diagnostics.ToImmutableSorted()) Console.Error.WriteLine(diagnostic);
            return ExitCodes.Failure;
        }
        using var disposeJudge = judge;
        var inputs = SynthesisInputs.Load(sources, baseCount, seed);
        Console.Error.WriteLine(inputs.Describe(sources));

        var corpus = CorpusSynthesizer.Synthesize(inputs.Bases, inputs.Originals, new SynthesisOptions { Seed = seed, ArticleCount = articleCount, UndatedShare = UndatedShare });
        var options = new PipelineOptions { Threads = threads, Index = IndexOptions.Training, Alignment = new() { Judge = judge } };
        var pairs = TrainingSetBuilder.Build(corpus, words, options);
        Console.Error.WriteLine($"corpus: {corpus.Articles.Length} articles; {pairs.Count} candidate pairs, {pairs.Count(p => p.Row.Label)} copies");
        if (withResends && sources.BasePath is { } basePath)
        {
            var resends = ResendPairs.Build(basePath, words, options);
            Console.Error.WriteLine($"re-sends in {basePath}: {resends.Count} copied paragraph pairs from {resends.Select(p => p.TargetId).Distinct().Count()} updated stories");
            pairs.AddRange(resends);
        }
        if (featuresOut is not null)
        {
            using var writer = new StreamWriter(featuresOut);
            LabelledPairCsv.Write(writer, pairs);
        }

        var (model, schema, report) = WireCopyTrainer.Train([.. pairs.Select(p => p.Row)], seed);
        WireCopyTrainer.Save(model, schema, output, seed);
        Console.WriteLine(report);
        Console.WriteLine($"model written to {output}");
        return ExitCodes.Success;
    }
}
