using System.CommandLine;
using Provenance.State;

namespace Provenance.Cli.Commands;

/// <summary>The options of nightly runs: <c>--state DIR</c> and <c>--window 30d</c>.</summary>
internal static class StateOptions
{
    public static Option<string?> State() => new("--state")
    {
        HelpName = "DIR",
        Description = "Keep a persistent index of every run's articles in DIR: tonight's paragraphs are traced to sources from earlier runs too, and tonight's articles are added for the next.",
    };

    public static Option<RetentionWindow> Window() => new("--window")
    {
        HelpName = "30d",
        Description = "With --state: how long articles stay in the state, by publication (h, d or w; default 30d).",
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0) return RetentionWindow.Default;
            var text = result.Tokens[0].Value;
            if (RetentionWindow.TryParse(text, out var window)) return window;
            result.AddError($"--window '{text}' is not a length such as 30d, 12h or 2w.");
            return null;
        },
        DefaultValueFactory = _ => RetentionWindow.Default,
    };
}
