using System.CommandLine;
using Provenance.Cli.Commands;

var root = new RootCommand("Provenance: traces each news paragraph to the earliest article in the corpus it was copied from.")
{
    AnalyzeCommand.Create(),
    ExplainCommand.Create(),
    TrainCommand.Create(),
    SynthCommand.Create(),
    EvaluateCommand.Create(),
    MsrpCommand.Create(),
    TrainSentencesCommand.Create(),
};
return root.Parse(args).Invoke();
