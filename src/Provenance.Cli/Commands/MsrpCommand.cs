using System.CommandLine;
using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Training;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance msrp --train TRAIN.txt --test TEST.txt</c>: trains the sentence-level decision on the
/// MSRP training split (real rewording across outlets) and reports accuracy on its test split.
/// </summary>
public static class MsrpCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { HelpName = "TRAIN.txt", Description = "The MSRP training split (msr_paraphrase_train.txt).", Required = true };
        var test = new Option<string>("--test") { HelpName = "TEST.txt", Description = "The MSRP test split (msr_paraphrase_test.txt).", Required = true };
        var output = new Option<string?>("--out", "-o") { HelpName = "MODEL.zip", Description = "Where to write the sentence model (not written when absent)." };
        var seed = new Option<int>("--seed") { HelpName = "S", Description = "Seed of the trainer.", DefaultValueFactory = _ => 20260101 };
        var command = new Command("msrp", "Train and test the sentence-level decision on the Microsoft Research Paraphrase Corpus.") { train, test, output, seed };
        command.SetAction(parse =>
        {
            var normalizer = new Normalizer(WordLists.Load(DataDirectory.WordLists(DataDirectory.Find())));
            var rarity = MsrpCorpus.WordRarity(parse.GetValue(train)!, normalizer);
            var (model, schema, report) = WireCopyTrainer.Train(
                MsrpCorpus.Read(parse.GetValue(train)!, normalizer, rarity), MsrpCorpus.Read(parse.GetValue(test)!, normalizer, rarity),
                parse.GetValue(seed), SentencePairFeatures.Names);
            Console.WriteLine("MSRP test split:");
            Console.WriteLine(report);
            if (parse.GetValue(output) is { } path) WireCopyTrainer.Save(model, schema, path, parse.GetValue(seed));
            return ExitCodes.Success;
        });
        return command;
    }
}
