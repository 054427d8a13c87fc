using System.CommandLine;
using Provenance.Evaluation;

namespace Provenance.Cli.Commands;

/// <summary><c>provenance evaluate --truth truth.csv OUT.csv</c>: precision, recall, F1 and source accuracy.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var truth = new Option<string>("--truth") { HelpName = "truth.csv", Description = "The truth.csv written by synth.", Required = true };
        var output = new Argument<string>("OUT.csv") { Description = "The CSV written by analyze over the same corpus." };
        var command = new Command("evaluate", "Score an analysis of a synthetic corpus against its truth.") { truth, output };
        command.SetAction(parse =>
        {
            var report = Evaluator.Evaluate(EvaluationFiles.ReadTruth(parse.GetValue(truth)!), EvaluationFiles.ReadOutput(parse.GetValue(output)!));
            Console.Write(report);
            return ExitCodes.Success;
        });
        return command;
    }
}
