using System.Globalization;
using Provenance.Pipeline;

namespace Provenance.Cli.Progress;

/// <summary>
/// Progress for logs (stderr redirected, as under cron): a plain line at most every
/// <c>interval</c>, so a short run prints none and a long one a few lines a minute.
/// </summary>
public sealed class PlainProgress(TextWriter writer, TimeProvider clock, TimeSpan interval) : IProgress<StageProgress>
{
    private readonly Lock _lock = new();
    private DateTimeOffset _lastLine = clock.GetUtcNow();

    public void Report(StageProgress value)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (now - _lastLine < interval) return;
            _lastLine = now;
            writer.WriteLine(Format(value));
        }
    }

    public static string Format(StageProgress value) => value.Total is { } total and > 0
        ? string.Create(CultureInfo.InvariantCulture, $"progress: {value.Stage} {value.Done:N0}/{total:N0} articles ({100.0 * value.Done / total:0}%)")
        : $"progress: {value.Stage}";
}
