using System.CommandLine;
using System.Globalization;
using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Scoring;
using Provenance.Training;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance msrp --train TRAIN.txt --test TEST.txt</c>: trains the sentence-level decision on the
/// MSRP training split (real rewording across outlets), reports k-fold cross-validation on the training
/// split (what settings are chosen by) and then accuracy on its test split.
/// </summary>
public static class MsrpCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { HelpName = "TRAIN.txt", Description = "The MSRP training split (msr_paraphrase_train.txt).", Required = true };
        var test = new Option<string?>("--test") { HelpName = "TEST.txt", Description = "The MSRP test split (msr_paraphrase_test.txt); without it only the cross-validation on the training split runs." };
        var output = new Option<string?>("--out", "-o") { HelpName = "MODEL.zip", Description = "Where to write the sentence model (not written when absent)." };
        var seed = new Option<int>("--seed") { HelpName = "S", Description = "Seed of the trainer and of the folds.", DefaultValueFactory = _ => 20260101 };
        var folds = new Option<int>("--folds") { HelpName = "K", Description = "Folds of the cross-validation on the training split (0: none).", DefaultValueFactory = _ => 5 };
        var learner = new Option<SentenceTrainer.Learner>("--learner") { Description = "FastTree, Gam or Logistic.", DefaultValueFactory = _ => SentenceTrainer.Options.Default.Learner };
        var defaults = SentenceTrainer.Options.Default.Trees;
        var trees = new Option<int>("--trees") { HelpName = "N", Description = "Trees (FastTree) or iterations (GAM).", DefaultValueFactory = _ => defaults.Trees };
        var leaves = new Option<int>("--leaves") { HelpName = "N", Description = "Leaves of a tree (FastTree).", DefaultValueFactory = _ => defaults.Leaves };
        var minLeaf = new Option<int>("--min-leaf") { HelpName = "N", Description = "Fewest examples in a leaf.", DefaultValueFactory = _ => defaults.MinExamplesPerLeaf };
        var rate = new Option<double>("--learning-rate") { HelpName = "R", Description = "Learning rate (FastTree, GAM).", DefaultValueFactory = _ => defaults.LearningRate };
        var l2 = new Option<double>("--l2") { HelpName = "W", Description = "L2 weight (logistic regression).", DefaultValueFactory = _ => SentenceTrainer.Options.Default.L2 };
        var exclude = new Option<string[]>("--exclude") { HelpName = "PREFIX", Description = "Leave out the features whose names start so (ablation).", AllowMultipleArgumentsPerToken = true };
        var noLexicon = new Option<bool>("--no-lexicon") { Description = "Match words only as written (no WordNet lemmas or synonyms)." };
        var oneOrder = new Option<bool>("--one-order") { Description = "Train on each pair in the corpus's sentence order only (by default also swapped, as the order means nothing)." };
        var command = new Command("msrp", "Train and test the sentence-level decision on the Microsoft Research Paraphrase Corpus.")
        {
            train, test, output, seed, folds, learner, trees, leaves, minLeaf, rate, l2, exclude, noLexicon, oneOrder,
        };
        command.SetAction(parse =>
        {
            var data = DataDirectory.Find();
            var normalizer = new Normalizer(WordLists.Load(DataDirectory.WordLists(data)));
            var lexicon = parse.GetValue(noLexicon) ? null : Lexicon.Load(DataDirectory.WordLists(data), normalizer.NormalizeWord);
            var context = MsrpCorpus.Context(parse.GetValue(train)!, normalizer, lexicon);
            var excluded = parse.GetValue(exclude) ?? [];
            var kept = Enumerable.Range(0, SentencePairFeatures.Names.Length)
                .Where(i => !excluded.Any(p => SentencePairFeatures.Names[i].StartsWith(p, StringComparison.Ordinal)))
                .ToArray();
            var names = kept.Select(i => SentencePairFeatures.Names[i]).ToArray();
            List<FeatureRow> Rows(string path, bool swapped) =>
                [.. MsrpCorpus.Read(path, normalizer, context, swapped).Select(r => new FeatureRow { Features = [.. kept.Select(i => r.Features[i])], Label = r.Label })];
            var options = new SentenceTrainer.Options(parse.GetValue(learner),
                new WireCopyTrainer.Settings(parse.GetValue(trees), parse.GetValue(leaves), parse.GetValue(minLeaf), parse.GetValue(rate)), parse.GetValue(l2));
            var swap = !parse.GetValue(oneOrder);
            var trainRows = Rows(parse.GetValue(train)!, swap);
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"{options.Learner} on {names.Length} features{(swap ? ", pairs in both orders" : "")}{(lexicon is null ? ", no lexicon" : "")}"));
            if (parse.GetValue(folds) is > 1 and var k)
            {
                var groups = Enumerable.Range(0, trainRows.Count).Select(i => swap ? i / 2 : i).ToArray();
                var cv = SentenceTrainer.CrossValidate(trainRows, groups, k, parse.GetValue(seed), options);
                Console.WriteLine(string.Create(inv, $"MSRP training split, {cv.Folds}-fold cross-validation: accuracy {cv.MeanAccuracy:0.0000} ± {cv.AccuracyDeviation:0.0000}  AUC {cv.Auc:0.0000}"));
            }
            if (parse.GetValue(test) is not { } testPath) return ExitCodes.Success;
            var (model, schema, report) = SentenceTrainer.Train(trainRows, Rows(testPath, false), parse.GetValue(seed), names, options);
            Console.WriteLine("MSRP test split:");
            Console.WriteLine(report);
            if (parse.GetValue(output) is { } path) WireCopyTrainer.Save(model, schema, path, parse.GetValue(seed));
            return ExitCodes.Success;
        });
        return command;
    }
}
