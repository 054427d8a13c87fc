using System.CommandLine;
using Provenance.Training;

namespace Provenance.Cli;

/// <summary>
/// The <c>--base</c>, <c>--base-datelines</c> and <c>--originals</c> options of <c>synth</c>, <c>train</c> and
/// <c>train-sentences</c>: where synthesis takes its text (generated text for what is not given).
/// </summary>
public sealed class SynthesisSourceOptions
{
    public Option<string?> Base { get; } = new("--base")
    {
        HelpName = "CORPUS",
        Description = "A corpus of real wire stories to copy (e.g. ../shared/corpora/reuters21578.jsonl); generated text when absent.",
    };

    public Option<string?> Datelines { get; } = new("--base-datelines")
    {
        HelpName = "TSV",
        Description = "Datelines kept apart from the base stories (id TAB dateline, e.g. ../shared/corpora/reuters21578-datelines.tsv), put back at their start.",
    };

    public Option<string?> Originals { get; } = new("--originals")
    {
        HelpName = "CORPUS",
        Description = "A corpus of unrelated articles for the outlets' own paragraphs (e.g. ../shared/corpora/bbc.jsonl).",
    };

    public SynthesisSources Read(ParseResult parse) => new(parse.GetValue(Base), parse.GetValue(Datelines), parse.GetValue(Originals));
}
