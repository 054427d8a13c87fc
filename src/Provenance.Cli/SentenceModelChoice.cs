using System.CommandLine;
using System.Globalization;
using Provenance.Alignment;
using Provenance.Diagnostics;
using Provenance.Normalization;

namespace Provenance.Cli;

/// <summary>
/// The <c>--sentence-model</c> and <c>--sentence-gray-zone</c> options of <c>analyze</c> and <c>train</c>:
/// which trained sentence decision, if any, judges the aligned sentences in the coverage rule's gray zone.
/// By default none: the coverage rule decides every sentence (on the benchmark the trained decision
/// changed the accuracy by hundredths of a percent for a third more CPU time; bench/README.md).
/// <c>shipped</c> names the model that comes with the program, <c>data/models/sentences.zip</c>.
/// </summary>
public static class SentenceModelChoice
{
    public const string Shipped = "shipped";

    public static Option<string?> ModelOption() => new("--sentence-model")
    {
        HelpName = "MODEL.zip|shipped",
        Description = $"Let a trained sentence model decide the aligned sentences whose bigram coverage is in the gray zone: a model made by train-sentences, or 'shipped' for data/models/{SentenceJudge.DefaultFileName}. Without it the coverage rule (half the bigrams) decides every sentence.",
    };

    public static Option<double> GrayZoneOption() => new("--sentence-gray-zone")
    {
        HelpName = "COVERAGE",
        Description = string.Create(CultureInfo.InvariantCulture,
            $"Top of the gray zone: aligned sentences with less bigram coverage than this (and at least the 0.2 needed to align) are judged by the sentence model (default {SentenceJudge.DefaultGrayZoneTop})."),
        DefaultValueFactory = _ => SentenceJudge.DefaultGrayZoneTop,
    };

    public static string ShippedPath(string dataDirectory) => Path.Combine(dataDirectory, "models", SentenceJudge.DefaultFileName);

    /// <summary>Loads the chosen sentence model (null when none is chosen), reporting a diagnostic instead of throwing.</summary>
    public static bool TryLoad(string dataDirectory, string? choice, double grayZoneTop, WordLists words, DiagnosticBag diagnostics, out SentenceJudge? judge)
    {
        judge = null;
        if (choice is null) return true;
        var path = string.Equals(choice, Shipped, StringComparison.Ordinal) ? ShippedPath(dataDirectory) : choice;
        try
        {
            var lexicon = Lexicon.Load(DataDirectory.WordLists(dataDirectory), new Normalizer(words).NormalizeWord);
            judge = SentenceJudge.Load(path, lexicon, grayZoneTop);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticDescriptors.ModelUnreadable, Location.File(path), e.Message);
            return false;
        }
    }
}
