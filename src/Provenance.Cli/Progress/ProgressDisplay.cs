using Provenance.Pipeline;
using Spectre.Console;

namespace Provenance.Cli.Progress;

/// <summary>Runs work with progress on stderr: a live bar in a terminal, plain periodic lines when redirected, none when quiet.</summary>
public static class ProgressDisplay
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);

    public static T Run<T>(bool quiet, Func<IProgress<StageProgress>?, T> work)
    {
        if (quiet) return work(null);
        if (Console.IsErrorRedirected) return work(new PlainProgress(Console.Error, TimeProvider.System, LineInterval));

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => result = work(new BarProgress(context)));
        return result;
    }
}
