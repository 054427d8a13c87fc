using System.Diagnostics.CodeAnalysis;
using Provenance.Diagnostics;
using Provenance.Normalization;
using Provenance.Scoring;

namespace Provenance.Cli;

/// <summary>Loads the shipped word lists and model, reporting a diagnostic instead of throwing.</summary>
public static class RuntimeData
{
    public static bool TryLoad(string dataDirectory, string? modelPath, DiagnosticBag diagnostics,
        [NotNullWhen(true)] out WordLists? words, [NotNullWhen(true)] out WireCopyModel? model)
    {
        words = null;
        model = null;
        var path = modelPath ?? DataDirectory.Model(dataDirectory);
        // The two take about as long as each other (most of a small run's start-up): one is loaded beside the other.
        var loadingModel = Task.Run(() => WireCopyModel.Load(path));
        var wordLists = DataDirectory.WordLists(dataDirectory);
        try
        {
            words = WordLists.Load(wordLists);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticDescriptors.WordListUnreadable, Location.File(wordLists), e.Message);
            _ = loadingModel.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
            return false;
        }

        try
        {
            model = loadingModel.GetAwaiter().GetResult();
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticDescriptors.ModelUnreadable, Location.File(path), e.Message);
            return false;
        }
    }
}
